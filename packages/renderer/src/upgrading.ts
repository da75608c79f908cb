// What a user must do when upgrading across a release that breaks values: every breaking value path
// (as the compatibility checker names it) is in one note; a note may cover several paths with one action.
// The chart README's "Upgrading" section lists them by version, and the release gate refuses a breaking
// change without its note.
export interface UpgradeNote {
  /** The release that introduces the change. */
  version: string;
  /** Value paths, rules or exports, exactly as the compatibility checker reports them. */
  paths: string[];
  /** What to change in a values file, in one or two sentences. */
  action: string;
  /**
   * Values the previous release accepted and this one refuses, and the value path the refusal names:
   * the release test renders them with both archives, and the kind e2e shows a `helm upgrade` with them
   * refused and nothing applied.
   */
  refused?: { values: Record<string, unknown>; names: string };
}

const COMPONENTS = ['routerServer', 'routerController', 'app'];
const IMAGE_BLOCKS = [
  ...COMPONENTS.map((c) => `${c}.image`),
  'routerServer.modelRepository.loader.image',
  'volumeSnapshots.schedule.image',
  'tests.image',
];
const perComponent = (...suffixes: string[]) => COMPONENTS.flatMap((c) => suffixes.map((s) => `${c}.${s}`));
const rules = (...ids: string[]) => ids.map((id) => `(rule ${id})`);

/** 0.3.0: validation catches the mistakes that used to render (issue 22). */
const V0_3_0: UpgradeNote[] = [
  {
    version: '0.3.0',
    paths: ['global.imageRegistry', ...IMAGE_BLOCKS.flatMap((b) => [`${b}.registry`, `${b}.repository`])],
    action:
      'A registry is `host[:port][/path]`, without `https://` and without a trailing or double `/`; a repository is lowercase path parts without a tag or digest. `https://registry.example.com/` becomes `registry.example.com`; `llm-router-values carry values.yaml` makes this change in your file.',
    refused: {
      values: { routerController: { image: { registry: 'https://registry.example.com/llm-router' } } },
      names: 'routerController.image.registry',
    },
  },
  {
    version: '0.3.0',
    paths: rules('image-tag-pinned'),
    action: 'Replace `tag: latest` (in any case) with a version tag, or set `digest`.',
    refused: { values: { routerController: { image: { tag: 'latest' } } }, names: 'routerController.image.tag' },
  },
  {
    version: '0.3.0',
    paths: [
      ...perComponent('extraVolumes[].name', 'extraVolumeMounts[].name'),
      'ingress.className',
      'ingress.tls[].secretName',
      'gatewayApi.httpRoute.parentRefs[].name',
      'gatewayApi.httpRoute.parentRefs[].namespace',
      'metrics.serviceMonitor.namespace',
      'metrics.grafanaDashboards.namespace',
    ],
    action:
      'Use names Kubernetes accepts: lowercase letters, digits and `-` (volume names and namespaces at most 63 characters; class, Secret and Gateway names may also contain `.`, at most 253). Such values never worked: the API server refused the object.',
  },
  {
    version: '0.3.0',
    paths: ['fullnameOverride'],
    action: 'Start it with a letter: it starts every Service name, which Kubernetes requires to be a DNS-1035 label.',
  },
  {
    version: '0.3.0',
    paths: [
      'routerServer.huggingFace.token.secretKey',
      ...['azure.accountKeyKey', 'azure.accountNameKey', 'gcs.key', 's3.accessKeyIdKey', 's3.secretAccessKeyKey', 's3.sessionTokenKey'].map(
        (k) => `routerServer.modelRepository.credentials.${k}`,
      ),
    ],
    action: 'A Secret data key is letters, digits, `-`, `_` and `.` (at most 253): use the key name as it appears in the Secret.',
  },
  {
    version: '0.3.0',
    paths: [
      ...perComponent('extraEnv[].name'),
      ...perComponent(
        ...['secretKeyRef', 'configMapKeyRef'].flatMap((r) => [
          `extraEnv[].valueFrom.${r}`,
          ...['name', 'key', 'optional'].map((f) => `extraEnv[].valueFrom.${r}.${f}`),
        ]),
      ),
      ...perComponent(
        ...['secretRef', 'configMapRef'].flatMap((r) => [
          `extraEnvFrom[].${r}`,
          `extraEnvFrom[].${r}.name`,
          `extraEnvFrom[].${r}.optional`,
        ]),
      ),
      ...rules('env-value-or-value-from'),
    ],
    action:
      'Environment variables: a name without spaces or `=`; `value` or `valueFrom`, not both; `secretKeyRef`/`configMapKeyRef` and `secretRef`/`configMapRef` take a valid object name, a valid key, and `optional` as a boolean (what the Kubernetes API accepts).',
  },
  {
    version: '0.3.0',
    paths: rules('secret-ref-not-credential', 'listed-secret-ref-not-credential', 'env-no-inline-credential'),
    action:
      'Where a Secret name or key belongs, a value that looks like a credential (`nvapi-...`, `sk-...`, `hf_...`, `ghp_...`, a long base64 or hex string) is refused, and so is an API key or token as a literal `extraEnv` value: put the credential into a Secret and give its name.',
  },
  {
    version: '0.3.0',
    paths: rules('replicas-within-autoscaling', 'pdb-max-unavailable-above-zero', 'pdb-min-available-below-pods'),
    action:
      'With autoscaling on, `replicas` may not exceed `autoscaling.maxReplicas`; a PodDisruptionBudget must allow one eviction (`maxUnavailable` above 0, `minAvailable` below the pod count), or `kubectl drain` blocks forever: remove the override or use `pdb.enabled: false`.',
    refused: { values: { routerController: { replicas: 2, pdb: { minAvailable: 2 } } }, names: 'routerController.pdb.minAvailable' },
  },
  {
    version: '0.3.0',
    paths: rules('liveness-covers-startup'),
    action:
      'With `startupProbe.enabled: false`, raise the liveness probe (`initialDelaySeconds + failureThreshold * periodSeconds`) to at least the startup probe budget, or keep the startup probe on.',
  },
  {
    version: '0.3.0',
    paths: rules('no-surge-on-single-node-volume', 'no-autoscaling-on-single-node-volume'),
    action:
      'On a ReadWriteOnce model PVC the chart creates, the router-server cannot surge or autoscale above one pod (the second pod cannot mount the volume on another node): use `strategy.type: Recreate` and one replica, or a ReadWriteMany volume.',
  },
  {
    version: '0.3.0',
    paths: rules('external-service-behind-network-policy', 'node-port-needs-node-port-service'),
    action:
      'A NodePort or LoadBalancer `service.type` needs `networkPolicy.enabled: false` (the policies drop traffic from outside the cluster), and `service.nodePort` needs one of those types.',
  },
  {
    version: '0.3.0',
    paths: rules('httproute-host-not-on-ingress', 'route-host-not-elsewhere'),
    action:
      'Expose each host once: remove it from the HTTPRoute or the OpenShift Route when the Ingress (or the HTTPRoute) already serves it.',
  },
  {
    version: '0.3.0',
    paths: ['app.routerControllerUrl'],
    action: 'Write the controller URL with its scheme and host, `http://...` or `https://...`.',
  },
  {
    version: '0.3.0',
    paths: rules('tls-hosts-on-ingress'),
    action: 'List in `ingress.tls[].hosts` only hosts that `ingress.hosts` serves (a certificate for another host is never used).',
  },
  {
    version: '0.3.0',
    paths: rules('toleration-exists-without-value', 'service-account-not-default'),
    action:
      'A toleration with `operator: Exists` takes no `value` (Kubernetes refuses it): drop the value or use `Equal`. A ServiceAccount the chart creates may not be named `default` (it exists in every namespace): name it, or set `serviceAccount.create: false` to use it.',
  },
];

export const UPGRADE_NOTES: readonly UpgradeNote[] = [...V0_3_0];
