// Chart.yaml and .helmignore: fixed key order, no dates or tool versions, so output is byte-stable.
import { stringify } from 'yaml';
import { CHART_NAME } from '../helpers/names.js';

export const CHART_VERSION = '0.1.0';
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

export interface ImageRef {
  name: string;
  image: string;
}

export function chartYaml(images: ImageRef[]): string {
  const chart = {
    apiVersion: 'v2',
    name: CHART_NAME,
    description: "A hardened Helm chart for NVIDIA's LLM Router: Triton classifiers (router-server), the OpenAI-compatible routing proxy (router-controller) and an optional demo app.",
    type: 'application',
    version: CHART_VERSION,
    appVersion: APP_VERSION,
    kubeVersion: KUBE_VERSION,
    home: 'https://github.com/NVIDIA-AI-Blueprints/llm-router',
    icon: 'https://www.nvidia.com/favicon.ico',
    keywords: ['llm', 'router', 'nvidia', 'triton', 'inference', 'openai', 'gpu'],
    sources: ['https://github.com/NVIDIA-AI-Blueprints/llm-router'],
    maintainers: [{ name: 'llm-router-helm maintainers', url: 'https://github.com/NVIDIA-AI-Blueprints/llm-router' }],
    annotations: {
      'artifacthub.io/license': 'Apache-2.0',
      'artifacthub.io/links': stringify([
        { name: 'LLM Router blueprint', url: 'https://github.com/NVIDIA-AI-Blueprints/llm-router' },
        { name: 'Triton Inference Server', url: 'https://github.com/triton-inference-server/server' },
      ]),
      'artifacthub.io/images': stringify(images),
      'artifacthub.io/changes': stringify([
        { kind: 'added', description: 'Chart generated from a typed TypeScript toolkit with a values.schema.json' },
        { kind: 'security', description: 'Secrets by reference only, Pod Security Standards restricted, NetworkPolicies' },
        { kind: 'fixed', description: 'Selectors, anti-affinity, image references, --config-path, ingress ports and GCS credentials of the upstream chart' },
        { kind: 'changed', description: 'Router images are built and pushed by the user (NVIDIA publishes none): rendering fails until they name a registry' },
      ]),
      'artifacthub.io/containsSecurityUpdates': 'false',
      'artifacthub.io/prerelease': 'false',
    },
  };
  return stringify(chart, { lineWidth: 0 });
}

export const HELMIGNORE = [
  '# Files helm package leaves out of the chart archive.',
  '.DS_Store',
  '.git/',
  '.gitignore',
  '*.swp',
  '*.bak',
  '*.tmp',
  '*.orig',
  '*~',
  '.idea/',
  '.vscode/',
  '',
].join('\n');
