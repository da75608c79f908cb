// fast-check arbitraries for VALID values documents, built from small blocks. Every block only
// produces values the schema accepts, cross-field rules included (one storage backend, one key
// source, scrapeTimeout <= interval, ...). Keys are optional, so documents range from {} to large.
import fc from 'fast-check';
import { defaults } from '../src/index.js';

const opt = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] });

const dnsLabel = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const name = dnsLabel;
const nullableName = fc.option(name, { nil: null });
const text = fc.string({ minLength: 1, maxLength: 12 });
// Kubernetes label keys (optional DNS prefix) and label values (also used for annotations).
const labelKey = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_.-]{0,10}[a-z0-9]$/),
  fc.stringMatching(/^[a-z]{1,6}\.[a-z]{2,4}\/[a-z][a-z0-9-]{0,8}[a-z0-9]$/),
);
const labels = fc.dictionary(labelKey, fc.stringMatching(/^([a-z0-9]([a-z0-9_.-]{0,8}[a-z0-9])?)?$/), { maxKeys: 3 });
const quantity = fc.oneof(
  fc.integer({ min: 1, max: 64 }).map(String),
  fc.integer({ min: 1, max: 4000 }).map((n) => `${n}m`),
  fc.integer({ min: 1, max: 512 }).map((n) => `${n}Gi`),
  fc.integer({ min: 1, max: 16 }),
);
const intOrPercent = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
);
const portNumber = fc.integer({ min: 1, max: 65535 });
const duration = fc.tuple(fc.integer({ min: 1, max: 59 }), fc.constantFrom('s', 'm')).map(([n, u]) => `${n}${u}`);
const hex64 = fc.stringMatching(/^[a-f0-9]{64}$/);
const host = fc.tuple(dnsLabel, fc.constantFrom('example.com', 'example.org', 'local')).map(([a, b]) => `${a}.${b}`);
const envKey = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/);

const image = opt({
  registry: fc.option(fc.constantFrom('nvcr.io', 'registry.example.com/mirror', '127.0.0.1:5000'), { nil: null }),
  repository: fc.constantFrom('nvidia/tritonserver', 'example/router', 'busybox'),
  tag: fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,15}$/), { nil: null }),
  digest: fc.option(
    hex64.map((h) => `sha256:${h}`),
    { nil: null },
  ),
  pullPolicy: fc.constantFrom('Always', 'IfNotPresent', 'Never'),
});

const probe = opt({
  enabled: fc.boolean(),
  initialDelaySeconds: fc.integer({ min: 0, max: 30 }),
  periodSeconds: fc.integer({ min: 1, max: 60 }),
  timeoutSeconds: fc.integer({ min: 1, max: 30 }),
  failureThreshold: fc.integer({ min: 1, max: 100 }),
  override: fc.option(fc.constant({ httpGet: { path: '/health', port: 'http' } }), { nil: null }),
});

const strategy = fc.oneof(
  fc.constant({ type: 'Recreate', rollingUpdate: null }),
  fc.record({ type: fc.constant('RollingUpdate'), rollingUpdate: opt({ maxSurge: intOrPercent, maxUnavailable: intOrPercent }) }),
);

// A PodDisruptionBudget that still lets a drain evict a pod (a rule): minAvailable 0, maxUnavailable above 0.
const pdb = fc.oneof(
  opt({ enabled: fc.boolean(), minAvailable: fc.constantFrom(0, '0%'), maxUnavailable: fc.constant(null) }),
  opt({
    enabled: fc.boolean(),
    maxUnavailable: fc.option(
      fc.oneof(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
      ),
      { nil: null },
    ),
  }),
);

const minMax = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 }))
  .map(([min, extra]) => ({ minReplicas: min, maxReplicas: min + extra }));
const hpa = fc
  .tuple(opt({ enabled: fc.boolean(), targetCPUUtilizationPercentage: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }) }), minMax)
  .map(([a, b]) => ({ ...a, ...b }));
const keda = fc
  .tuple(opt({ pollingInterval: fc.integer({ min: 1, max: 60 }), cooldownPeriod: fc.integer({ min: 0, max: 600 }) }), minMax, fc.boolean())
  .map(([a, b, on]) => ({
    ...a,
    ...b,
    enabled: on,
    triggers: on ? [{ type: 'prometheus', metadata: { query: 'sum(x)', threshold: '5' } }] : [],
  }));

// NodePort and LoadBalancer need the NetworkPolicies off (a rule); valid documents keep ClusterIP.
const serviceFields = {
  type: fc.constant('ClusterIP'),
  port: portNumber,
  // A node port needs a NodePort or LoadBalancer Service (a rule).
  nodePort: fc.constant(null),
  annotations: labels,
  labels,
};

const graceAndSleep = fc
  .integer({ min: 2, max: 120 })
  .chain((grace) =>
    fc.record({ terminationGracePeriodSeconds: fc.constant(grace), preStopSleepSeconds: fc.integer({ min: 0, max: grace - 1 }) }),
  );

const commonFields = {
  image,
  strategy,
  // Requests within limits (a rule); Helm merges these maps onto the defaults, so both are set together.
  resources: fc
    .tuple(
      fc.integer({ min: 1, max: 4000 }),
      fc.integer({ min: 0, max: 4000 }),
      fc.integer({ min: 1, max: 8192 }),
      fc.integer({ min: 0, max: 8192 }),
      fc.boolean(),
    )
    .map(([cpu, cpuExtra, mem, memExtra, plain]) => ({
      requests: { cpu: plain ? cpu / 1000 : `${cpu}m`, memory: `${mem}Mi` },
      limits: { cpu: `${cpu + cpuExtra}m`, memory: plain ? `${mem + memExtra}Mi` : `${(mem + memExtra) * 1024}Ki` },
    })),
  podSecurityContext: opt({
    runAsUser: fc.option(fc.integer({ min: 1, max: 70000 }), { nil: null }),
    fsGroupChangePolicy: fc.constantFrom('OnRootMismatch', 'Always'),
  }),
  containerSecurityContext: opt({
    readOnlyRootFilesystem: fc.boolean(),
    capabilities: opt({ drop: fc.constant(['ALL']), add: fc.constant([]) }),
  }),
  // Without a startup probe the liveness probe must cover the start (a rule): keep it on.
  startupProbe: probe.map((p) => ({ ...p, enabled: true })),
  readinessProbe: probe,
  livenessProbe: probe,
  nodeSelector: labels,
  tolerations: fc.array(
    opt({
      key: fc.constantFrom('nvidia.com/gpu', 'dedicated'),
      operator: fc.constantFrom('Exists', 'Equal'),
      effect: fc.constantFrom('NoSchedule', 'NoExecute', ''),
    }),
    { maxLength: 2 },
  ),
  podAntiAffinityPreset: fc.constantFrom('soft', 'hard', 'none'),
  priorityClassName: fc.option(name, { nil: null }),
  runtimeClassName: fc.option(fc.constantFrom('nvidia', 'runc'), { nil: null }),
  pdb,
  serviceAccount: opt({ create: fc.boolean(), name: nullableName, automount: fc.boolean(), annotations: labels }),
  extraEnv: fc.array(fc.record({ name: envKey, value: text }), { maxLength: 2 }),
  podLabels: labels,
  podAnnotations: labels,
  logLevel: fc.constantFrom('error', 'warn', 'info', 'debug', 'trace'),
};

type Component = { replicas?: number; autoscaling?: { enabled?: boolean; minReplicas: number; maxReplicas: number } };
/** replicas within the autoscaler's maximum while it is on (a rule). */
const replicasInBounds = <T extends Component>(c: T): T =>
  c.autoscaling?.enabled && c.replicas !== undefined && c.replicas > c.autoscaling.maxReplicas
    ? { ...c, replicas: c.autoscaling.maxReplicas }
    : c;
const withGrace = <T extends Component>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.option(graceAndSleep, { nil: undefined })).map(([c, g]) => replicasInBounds({ ...c, ...(g ?? {}) }));

type Storage = { type?: string; pvc?: { existingClaim?: string | null; accessModes?: string[] } };
/** A model PVC the chart creates that only one node can mount (the default storage is one). */
function singleNodePvc(storage: Storage | undefined): boolean {
  const d = defaults.routerServer.modelRepository.storage;
  const type = storage?.type ?? d.type;
  const modes = storage?.pvc?.accessModes ?? d.pvc.accessModes;
  return type === 'pvc' && !storage?.pvc?.existingClaim && !modes.some((m) => m === 'ReadWriteMany' || m === 'ReadOnlyMany');
}
type Server = Component & {
  strategy?: { type: string; rollingUpdate?: { maxSurge?: unknown } | null };
  modelRepository?: { storage?: Storage };
};
/** On such a PVC no rollout surge and no autoscaling above one pod (rules). */
function fitSingleNodeVolume<T extends Server>(s: T): T {
  if (!singleNodePvc(s.modelRepository?.storage)) return s;
  const out = { ...s };
  if (out.strategy?.rollingUpdate) out.strategy = { ...out.strategy, rollingUpdate: { ...out.strategy.rollingUpdate, maxSurge: 0 } };
  if (out.autoscaling?.enabled) out.autoscaling = { ...out.autoscaling, minReplicas: 1, maxReplicas: 1 };
  return replicasInBounds(out);
}

const storage = fc.oneof(
  fc.record({
    path: fc.constantFrom('/model_repository/routers', '/models'),
    storage: opt({
      type: fc.constant('pvc'),
      pvc: opt({ existingClaim: nullableName, size: quantity, storageClass: fc.option(name, { nil: null }), keep: fc.boolean() }),
    }),
  }),
  fc.record({
    path: fc.constant('/models'),
    storage: fc.record({
      type: fc.constant('nfs'),
      nfs: fc.record({ server: host, path: fc.constant('/exports/models'), readOnly: fc.boolean() }),
    }),
  }),
  fc.record({
    storage: fc.record({
      type: fc.constant('emptyDir'),
      emptyDir: opt({ sizeLimit: fc.option(quantity, { nil: null }), medium: fc.constantFrom('', 'Memory') }),
    }),
  }),
  fc.record({
    storage: fc.record({
      type: fc.constant('hostPath'),
      hostPath: fc.record({ path: fc.constant('/data/models'), iUnderstandTheRisk: fc.constant(true) }),
    }),
  }),
  fc.constantFrom('s3', 'gs', 'as').chain((scheme) =>
    fc.record({
      path: fc.constant(`${scheme}://bucket/routers`),
      storage: fc.constant({ type: 'none' }),
      credentials: fc.constant(
        scheme === 's3'
          ? { s3: { secretName: 's3-creds', region: 'us-east-1' } }
          : scheme === 'gs'
            ? { gcs: { secretName: 'gcs-creds' } }
            : { azure: { secretName: 'azure-creds' } },
      ),
    }),
  ),
);

const routerServer = withGrace(
  opt({
    ...commonFields,
    replicas: fc.integer({ min: 0, max: 1 }),
    autoscaling: keda,
    service: opt({ ...serviceFields, grpcPort: portNumber, metricsPort: portNumber }),
    modelRepository: storage,
    shm: opt({ enabled: fc.boolean(), sizeLimit: quantity }),
    huggingFace: fc.boolean().map((offline) => ({ offline, cache: { enabled: offline } })),
    triton: opt({ logVerbose: fc.integer({ min: 0, max: 3 }), exitOnError: fc.boolean(), extraArgs: fc.array(text, { maxLength: 2 }) }),
  }),
).map(fitSingleNodeVolume);

const llm = fc.record({
  name: text,
  apiBase: fc.constantFrom('https://integrate.api.nvidia.com', 'http://llm.example.com:8080', 'https://api.example.org/openai'),
  model: text,
  // One key name per Secret (a rule): a per-LLM Secret brings its own key name.
  apiKey: fc
    .option(name, { nil: null })
    .map((secret) => (secret === null ? {} : { secretName: secret, secretKey: `K_${secret.toUpperCase().replace(/-/g, '_')}` })),
});
const llms = (n: number) => fc.uniqueArray(llm, { minLength: n, maxLength: n, selector: (l) => l.name });
// A policy without url is served by the built-in classifier of its name, one LLM per class; a custom one names its url.
const policy = fc.oneof(
  fc.record({
    name: fc.stringMatching(/^[a-z_]{1,12}$/),
    url: fc.constant('http://triton.example.com:8000/v2/models/x/infer'),
    llms: fc.uniqueArray(llm, { minLength: 1, maxLength: 5, selector: (l) => l.name }),
  }),
  fc.record({ name: fc.constant('task_router'), url: fc.constant(null), llms: llms(12) }),
  fc.record({ name: fc.constant('complexity_router'), llms: llms(7) }),
);

const routerController = withGrace(
  opt({
    ...commonFields,
    replicas: fc.integer({ min: 0, max: 10 }),
    autoscaling: hpa,
    service: opt(serviceFields),
    policies: fc.uniqueArray(policy, { minLength: 1, maxLength: 3, selector: (p) => p.name }),
    configSource: fc.constantFrom('none', 'custom', 'existing'),
  }).map(({ configSource, ...c }) =>
    configSource === 'custom'
      ? { ...c, customConfig: 'policies: []' }
      : configSource === 'existing'
        ? { ...c, existingConfigMap: 'router-config' }
        : c,
  ),
);

const app = withGrace(
  opt({
    ...commonFields,
    enabled: fc.boolean(),
    replicas: fc.integer({ min: 0, max: 3 }),
    port: portNumber,
    routingStrategies: fc.constantFrom(['triton'], ['manual'], ['manual', 'triton']),
  }),
);

// Every release needs a key source (a rule checked by validate() and the chart).
const apiKeys = fc.oneof(
  fc.record({ existingSecret: name }),
  fc.record({ create: fc.record({ enabled: fc.constant(true), values: fc.dictionary(envKey, text, { minKeys: 1, maxKeys: 2 }) }) }),
  fc.record({
    externalSecret: fc.record({
      enabled: fc.constant(true),
      secretStoreRef: fc.record({ name, kind: fc.constantFrom('SecretStore', 'ClusterSecretStore') }),
      data: fc.array(fc.record({ secretKey: envKey, remoteRef: fc.record({ key: text }) }), { minLength: 1, maxLength: 2 }),
    }),
  }),
);

const ingress = opt({
  enabled: fc.boolean(),
  className: fc.option(fc.constantFrom('nginx', 'traefik'), { nil: null }),
  annotations: labels,
  hosts: fc.array(
    fc.record({
      host,
      paths: fc.array(fc.record({ path: fc.constantFrom('/', '/v1'), pathType: fc.constantFrom('Prefix', 'Exact') }), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  tls: fc.array(fc.record({ secretName: name, hosts: fc.array(host, { minLength: 1, maxLength: 2 }) }), { maxLength: 1 }),
  certManager: fc.oneof(
    fc.constant({ enabled: false }),
    fc.record({ enabled: fc.constant(true), clusterIssuer: name }),
    fc.record({ enabled: fc.constant(true), issuer: name }),
  ),
  rateLimit: opt({ enabled: fc.boolean(), rps: fc.integer({ min: 1, max: 100 }), burst: fc.integer({ min: 1, max: 10 }) }),
}).map((raw) => {
  // TLS hosts are hosts of the Ingress (a rule); without hosts the default one is served.
  const i = raw as { hosts?: { host: string }[]; tls?: { secretName: string; hosts: string[] }[] };
  const served = i.hosts?.map((h) => h.host) ?? [defaults.ingress.hosts[0]!.host];
  return i.tls ? { ...i, tls: i.tls.map((t) => ({ ...t, hosts: t.hosts.map((_, k) => served[k % served.length]!) })) } : i;
});

const gatewayApi = opt({
  httpRoute: fc.record({
    enabled: fc.boolean(),
    parentRefs: fc.array(fc.record({ name, namespace: nullableName }), { minLength: 1, maxLength: 2 }),
    hostnames: fc.array(host, { maxLength: 2 }),
    requestHeaderModifier: opt({
      set: fc.array(fc.record({ name: fc.constant('X-Test'), value: text }), { maxLength: 1 }),
      remove: fc.array(fc.constant('X-Drop'), { maxLength: 1 }),
    }),
  }),
});

const metrics = opt({
  serviceMonitor: fc
    .tuple(
      fc.integer({ min: 10, max: 120 }),
      fc.integer({ min: 1, max: 10 }),
      fc.boolean(),
      fc.constantFrom('ServiceMonitor', 'PodMonitor'),
      labels,
    )
    .map(([interval, timeout, enabled, kind, l]) => ({ enabled, kind, labels: l, interval: `${interval}s`, scrapeTimeout: `${timeout}s` })),
  prometheusRule: opt({
    enabled: fc.boolean(),
    errorRatio: fc.double({ min: 0.001, max: 1, noNaN: true }),
    latencyP99Seconds: fc.integer({ min: 1, max: 10 }),
    for: duration,
  }),
  grafanaDashboards: opt({ enabled: fc.boolean(), folder: fc.option(text, { nil: null }) }),
});

const networkPolicy = opt({
  enabled: fc.boolean(),
  ingressNamespaceSelector: fc.option(labels, { nil: null }),
  monitoringNamespaceSelector: fc.option(labels, { nil: null }),
  controllerEgress: opt({
    enabled: fc.boolean(),
    allowAll: fc.boolean(),
    cidrs: fc.array(fc.constantFrom('0.0.0.0/0', '10.0.0.0/8'), { minLength: 1, maxLength: 2 }),
    ports: fc.array(portNumber, { minLength: 1, maxLength: 2 }),
  }),
});

const volumeSnapshots = opt({
  enabled: fc.boolean(),
  snapshotClass: fc.oneof(fc.constant({ create: false }), fc.record({ create: fc.constant(true), driver: fc.constant('ebs.csi.aws.com') })),
  schedule: opt({ enabled: fc.boolean(), cron: fc.constantFrom('0 3 * * *', '@daily'), keep: fc.integer({ min: 1, max: 30 }) }),
});

export const validValues = opt({
  global: opt({
    imageRegistry: fc.option(fc.constant('registry.example.com'), { nil: null }),
    imagePullSecrets: fc.array(fc.oneof(name, fc.record({ name })), { maxLength: 2 }),
  }),
  enabled: fc.boolean(),
  nameOverride: fc.option(name, { nil: null }),
  fullnameOverride: fc.option(name, { nil: null }),
  commonLabels: labels,
  commonAnnotations: labels,
  routerServer,
  routerController,
  app,
  ingress,
  gatewayApi,
  openshiftRoute: opt({
    enabled: fc.boolean(),
    host: fc.option(host, { nil: null }),
    tls: opt({ termination: fc.constantFrom('edge', 'reencrypt', 'passthrough') }),
  }),
  networkPolicy,
  metrics,
  volumeSnapshots,
  tests: opt({ enabled: fc.boolean(), image }),
  extraObjects: fc.array(
    fc.oneof(fc.constant({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }), fc.constant('apiVersion: v1\nkind: List')),
    { maxLength: 2 },
  ),
})
  .chain((doc) => apiKeys.map((keys) => ({ ...doc, apiKeys: keys }) as typeof doc & { apiKeys: unknown }))
  .map((doc) => {
    // Snapshots only make sense for a PVC: keep the document valid by dropping them otherwise.
    const storageType = (doc.routerServer as { modelRepository?: { storage?: { type?: string } } } | undefined)?.modelRepository?.storage
      ?.type;
    // NVIDIA publishes no router images: a release names the registry it pushed them to (a rule).
    const global = (doc.global ?? {}) as { imageRegistry?: string | null };
    if (!global.imageRegistry) doc.global = { ...global, imageRegistry: 'registry.example.com' };
    // An Ingress behind the NetworkPolicies needs its controller's namespace; cert-manager needs a TLS entry.
    const ing = doc.ingress as
      { enabled?: boolean; certManager?: { enabled?: boolean }; tls?: unknown[]; hosts?: { host: string }[] } | undefined;
    const np = (doc.networkPolicy ?? {}) as { enabled?: boolean; ingressNamespaceSelector?: unknown };
    if (ing?.enabled && np.enabled !== false && !np.ingressNamespaceSelector)
      doc.networkPolicy = { ...np, ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } };
    if (ing?.enabled && ing.certManager?.enabled && !ing.tls?.length)
      doc.ingress = { ...ing, tls: [{ secretName: 'tls', hosts: [ing.hosts?.[0]?.host ?? defaults.ingress.hosts[0]!.host] }] };
    if (storageType !== undefined && storageType !== 'pvc') {
      const { volumeSnapshots: _dropped, ...rest } = doc;
      return rest;
    }
    return doc;
  });
