// Written by the release command (`npx nx run chart:release`, packages/chart/scripts/release.ts):
// the version the tree will be released as, and the changes of the latest release for Artifact Hub.
// Change it with that command, not by hand; the release test checks it against packages/chart/releases.
export const CHART_VERSION = '0.2.0';

export const RELEASE_CHANGES: readonly {
  kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
  description: string;
}[] = [
  {
    kind: 'added',
    description:
      'First recorded release: the values schema, validation rules and library API of this version are kept in packages/chart/releases/0.2.0 and every later version is checked against them (chart README, "Versions and compatibility").',
  },
  {
    kind: 'added',
    description:
      '`llm-router-values compat old.schema.json new.schema.json` classifies every difference between two versions of the values.',
  },
  { kind: 'added', description: "`llm-router-values migrate` converts a values file of NVIDIA's upstream chart, naming every key's fate." },
  { kind: 'added', description: 'Helm provenance: signed releases carry a .prov that `helm verify` and `helm install --verify` check.' },
  { kind: 'added', description: 'ServiceMonitor, PrometheusRule, Grafana dashboard, HorizontalPodAutoscalers and a KEDA ScaledObject.' },
  {
    kind: 'changed',
    description: 'Router images are built and pushed by the user (NVIDIA publishes none): rendering fails until they name a registry.',
  },
  {
    kind: 'changed',
    description: "Chart.yaml names this project as home and maintainer; NVIDIA's repository is listed as the upstream of the programs.",
  },
  {
    kind: 'changed',
    description:
      'Pod templates no longer carry the `helm.sh/chart` label (the objects still do): a chart upgrade that changes nothing a pod runs restarts no pod, where before every version bump rolled every Deployment, the GPU router-server (Recreate) included.',
  },
  {
    kind: 'fixed',
    description: 'Selectors, anti-affinity, image references, --config-path, ingress ports and GCS credentials of the upstream chart.',
  },
  {
    kind: 'security',
    description: 'Secrets by reference only (existing Secret, ExternalSecret, CSI), Pod Security Standards restricted, NetworkPolicies.',
  },
];
