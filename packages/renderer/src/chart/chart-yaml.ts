// Chart.yaml and .helmignore: fixed key order, no dates or tool versions, so output is byte-stable.
import { stringify } from 'yaml';
import { CHART_NAME } from '../helpers/names.js';
import { RELEASE_CHANGES } from '../release.js';
import { APP_VERSION, CHART_VERSION, KUBE_VERSION } from '../versions.js';
import { ICON_URL, PROJECT_NAME, PROJECT_REPO, UPSTREAM_REPO } from '../project-links.js';

export interface ImageRef {
  name: string;
  image: string;
}

export function chartYaml(images: ImageRef[]): string {
  const chart = {
    apiVersion: 'v2',
    name: CHART_NAME,
    description:
      "A hardened Helm chart for NVIDIA's LLM Router: Triton classifiers (router-server), the OpenAI-compatible routing proxy (router-controller) and an optional demo app.",
    type: 'application',
    version: CHART_VERSION,
    appVersion: APP_VERSION,
    kubeVersion: KUBE_VERSION,
    home: PROJECT_REPO,
    icon: ICON_URL,
    keywords: ['llm', 'router', 'nvidia', 'triton', 'inference', 'openai', 'gpu'],
    // Ours first; NVIDIA's repository only as the source of the programs the chart deploys.
    sources: [PROJECT_REPO, UPSTREAM_REPO],
    maintainers: [{ name: `${PROJECT_NAME} maintainers`, url: PROJECT_REPO }],
    annotations: {
      'artifacthub.io/license': 'Apache-2.0',
      'artifacthub.io/links': stringify([
        { name: 'upstream programs (NVIDIA)', url: UPSTREAM_REPO },
        { name: 'Triton Inference Server', url: 'https://github.com/triton-inference-server/server' },
      ]),
      'artifacthub.io/images': stringify(images),
      'artifacthub.io/changes': stringify(RELEASE_CHANGES),
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
