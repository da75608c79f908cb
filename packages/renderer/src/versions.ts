// The chart's own version numbers, read by Chart.yaml and the docs alike (so neither imports the other).
export const CHART_VERSION = '0.1.0';
/** Version 1 of NVIDIA's LLM Router blueprint (the one the upstream chart deployed). */
export const APP_VERSION = '1.0.0';
export const KUBE_VERSION = '>=1.29.0-0';
