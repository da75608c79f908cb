// Written by the release command (`npx nx run chart:release`, packages/chart/scripts/release.ts):
// the version the tree will be released as, and the changes of the latest release for Artifact Hub.
// Change it with that command, not by hand; the release test checks it against packages/chart/releases.
export const CHART_VERSION = '0.3.0';

export const RELEASE_CHANGES: readonly {
  kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
  description: string;
}[] = [
  {
    kind: 'added',
    description:
      'The chart\'s OCI artifact can be signed with cosign (key pair, by digest, no transparency log): `chart:publish --cosign-key`; the chart README\'s "Verifying a release" shows `cosign verify --key cosign.pub --insecure-ignore-tlog` and installing the verified digest.',
  },
  {
    kind: 'added',
    description:
      "The tests run chart-testing's `ct lint` (its own lintconf and chart schema) on the generated chart; values.yaml comments of list entries now sit above the `- `, as yamllint requires.",
  },
];
