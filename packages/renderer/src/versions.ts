// The chart's own version numbers, read by Chart.yaml and the docs alike (so neither imports the other).
export { CHART_VERSION } from './release.js';
/** Version 1 of NVIDIA's LLM Router blueprint (the one the upstream chart deployed). */
export const APP_VERSION = '1.0.0';
/**
 * Kubernetes minors the chart is tested on (packages/chart validates every example against each
 * minor's OpenAPI spec; the kind e2e runs on the oldest and the newest). Why these: chart README.
 */
export const KUBERNETES_SUPPORT = { oldest: '1.32', newest: '1.37' } as const;
/** Helm refuses older clusters; no upper bound, newer ones get a note (NOTES.txt). */
export const KUBE_VERSION = `>=${KUBERNETES_SUPPORT.oldest}.0-0`;
/** The first minor newer than the newest tested one, as a semver constraint. */
export const UNTESTED_KUBE_VERSION = `>=1.${Number(KUBERNETES_SUPPORT.newest.split('.')[1]) + 1}.0-0`;
