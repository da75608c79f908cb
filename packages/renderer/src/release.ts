// Written by the release command (`npx nx run chart:release`, packages/chart/scripts/release.ts):
// the version the tree will be released as, and the changes of the latest release for Artifact Hub.
// Change it with that command, not by hand; the release test checks it against packages/chart/releases.
export const CHART_VERSION = '0.1.0';

export const RELEASE_CHANGES: readonly {
  kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
  description: string;
}[] = [
  { kind: 'added', description: 'Chart generated from a typed TypeScript toolkit with a values.schema.json' },
  { kind: 'security', description: 'Secrets by reference only, Pod Security Standards restricted, NetworkPolicies' },
  {
    kind: 'fixed',
    description: 'Selectors, anti-affinity, image references, --config-path, ingress ports and GCS credentials of the upstream chart',
  },
  {
    kind: 'changed',
    description: 'Router images are built and pushed by the user (NVIDIA publishes none): rendering fails until they name a registry',
  },
];
