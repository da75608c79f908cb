// Written by the release command (`npx nx run chart:release`, packages/chart/scripts/release.ts):
// the version the tree will be released as, and the changes of the latest release for Artifact Hub.
// Change it with that command, not by hand; the release test checks it against packages/chart/releases.
export const CHART_VERSION = '0.3.1';

export const RELEASE_CHANGES: readonly {
  kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
  description: string;
}[] = [
  {
    kind: 'added',
    description:
      '`llm-router-values carry values.yaml` carries a values file of an earlier version of this chart across the "Upgrading" notes\' mechanical changes (for 0.3.0: registries without a scheme or trailing `/`), keeping comments, naming each edit and what needs a decision; `carryValues` in the library.',
  },
  {
    kind: 'added',
    description:
      'The chart README\'s "Upgrading" section lists, per version, every value path and rule a release narrows, with what to do.',
  },
  {
    kind: 'changed',
    description:
      "`helm template` and `helm install` spend about 10% less time in the chart's templates with default values: labels (when no `commonLabels`/`podLabels` are set), probe timings and the default preStop lifecycle are written directly instead of through a map, sort or `toYaml`, and the resource-name checks of the values no longer build a list per key. The rendered objects are byte for byte the same, and every validation rule and message is unchanged.",
  },
  {
    kind: 'changed',
    description:
      'Secret data keys (`huggingFace.token.secretKey`, the S3/GCS/Azure `*Key` fields of `modelRepository.credentials`) must be valid Secret keys (letters, digits, `-`, `_`, `.`); `ingress.tls[].secretName` must be a DNS-1123 name.',
  },
  {
    kind: 'changed',
    description:
      'A Secret name or key name that looks like a credential (`nvapi-...`, `sk-...`, `hf_...`, `ghp_...`, a long base64 or hex string) is refused, in `apiKeys`, `policies[].llms[].apiKey`, `huggingFace.token`, the storage credentials, `ingress.tls` and `global.imagePullSecrets`.',
  },
  {
    kind: 'changed',
    description:
      '`extraEnv` entries: a name Kubernetes accepts (no spaces), not both `value` and `valueFrom`, no API key or token as a literal `value`, and `valueFrom.secretKeyRef`/`configMapKeyRef` with a valid name and key; `extraEnvFrom` `secretRef`/`configMapRef` names are valid names.',
  },
  {
    kind: 'changed',
    description:
      '`image.registry` and `global.imageRegistry` are a host with an optional path (no `https://`, no trailing or double `/`); `image.repository` is lowercase path parts without a tag, digest or scheme.',
  },
  { kind: 'changed', description: 'Image tags are pinned: `tag: latest` (in any case) is refused in every image block.' },
  {
    kind: 'changed',
    description:
      '`fullnameOverride` starts with a letter (it starts every Service name, which Kubernetes requires to be a DNS-1035 label).',
  },
  {
    kind: 'changed',
    description:
      '`ingress.className`, `gatewayApi.httpRoute.parentRefs[].name` and `namespace`, `metrics.serviceMonitor.namespace`, `metrics.grafanaDashboards.namespace`, `extraVolumes[].name` and `extraVolumeMounts[].name` must be valid Kubernetes names.',
  },
  { kind: 'changed', description: '`<component>.replicas` may not be above `autoscaling.maxReplicas` while autoscaling is enabled.' },
  {
    kind: 'changed',
    description:
      'A rendered PodDisruptionBudget must allow an eviction: `maxUnavailable` not 0 or `0%`, `minAvailable` below the pod count (`replicas`, or `autoscaling.minReplicas` while autoscaling).',
  },
  {
    kind: 'changed',
    description:
      "With `startupProbe.enabled: false`, the liveness probe's budget (`initialDelaySeconds + failureThreshold * periodSeconds`) must cover the startup probe's.",
  },
  {
    kind: 'changed',
    description:
      'A NodePort or LoadBalancer `service.type` needs `networkPolicy.enabled: false` (the NetworkPolicies drop traffic from outside the cluster).',
  },
  {
    kind: 'changed',
    description:
      'On a created ReadWriteOnce model PVC the router-server may not surge (`strategy.rollingUpdate.maxSurge` above 0) or autoscale above one pod.',
  },
  {
    kind: 'changed',
    description:
      'A host is exposed once: an HTTPRoute hostname or the OpenShift Route host may not repeat a host of the enabled Ingress (or HTTPRoute).',
  },
  { kind: 'changed', description: '`<component>.service.nodePort` needs `service.type` NodePort or LoadBalancer.' },
  {
    kind: 'changed',
    description:
      'A toleration with `operator: Exists` has no `value`; `<component>.serviceAccount.create: true` does not use the name `default`.',
  },
  { kind: 'changed', description: 'Every non-wildcard host of `ingress.tls` is one of `ingress.hosts`.' },
  { kind: 'changed', description: '`app.routerControllerUrl` is an `http://` or `https://` URL.' },
  {
    kind: 'fixed',
    description:
      '`llm-router-values compat` no longer calls a union written as `anyOf` and the same union written as a type list (or a key pattern written as `propertyNames` and as `patternProperties`) a change; a key newly typed in an object that accepted any key is reported as the narrowing it is, not as an addition.',
  },
  {
    kind: 'fixed',
    description:
      '`llm-router-values validate` rejects a misspelt key left `null` (`image: {tagg: null}`) and a `null` label or resource entry the defaults do not have, as Helm 3 and Helm 4 do; before, it accepted them without a word.',
  },
  {
    kind: 'fixed',
    description:
      '`llm-router-values validate` accepts an empty trailing YAML document (`---` at the end), as both Helms do, and says why it refuses several documents: Helm 3 reads the first, Helm 4 the last.',
  },
  {
    kind: 'fixed',
    description:
      'An invalid key of `apiKeys.create.values` is reported at the map (`apiKeys.create.values: invalid key "..."`) by the CLI and by both Helms; Helm 4 used to report it at the document root.',
  },
  {
    kind: 'fixed',
    description:
      'values.schema.json: `global.imagePullSecrets` entries and `extraObjects` items are one schema with a list of types instead of an `anyOf`, so Helm 4 names the failing value (`global.imagePullSecrets[0].name`) instead of the list entry.',
  },
  {
    kind: 'fixed',
    description:
      "The chart README's values reference lists what Helm cannot report (keys given twice, several documents, a `null` for a defaulted key named at its parent, YAML 1.1 words, tabs).",
  },
];
