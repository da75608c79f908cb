// Changes that break one rule or one per-value check, applied on top of a valid document. The
// parity test draws documents with none, one or two of them, so every rule of the table and
// every kind of schema error meets validate() and real Helm.
type Doc = Record<string, unknown>;
export interface Mutation {
  name: string;
  apply(doc: Doc): void;
}

/** Sets a value at a dotted path, creating maps on the way (a list on the way is replaced by a map). */
export function setPath(doc: Doc, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = doc;
  for (const key of keys.slice(0, -1)) {
    const next = cur[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) cur[key] = {};
    cur = cur[key] as Doc;
  }
  cur[keys[keys.length - 1] as string] = value;
}

const set = (name: string, values: Record<string, unknown>): Mutation => ({
  name,
  apply: (doc) => Object.entries(values).forEach(([p, v]) => setPath(doc, p, v)),
});

const COMPONENTS = ['routerServer', 'routerController', 'app'];
const llm = (name: string, extra: Doc = {}) => ({ name, apiBase: 'https://llm.example.com', model: 'm', ...extra });
const custom = (name: string, llms: Doc[]) => ({ name, url: 'http://triton.example.com:8000/v2/models/x/infer', llms });

/** Rule violations: the schema accepts each, the rules table (validate() and validate.yaml) does not. */
export const RULE_MUTATIONS: Mutation[] = [
  ...COMPONENTS.flatMap((c) => [
    set(`${c} preStop >= grace`, { [`${c}.terminationGracePeriodSeconds`]: 5, [`${c}.preStopSleepSeconds`]: 5 }),
    set(`${c} min > max replicas`, { [`${c}.autoscaling.minReplicas`]: 4, [`${c}.autoscaling.maxReplicas`]: 2 }),
    set(`${c} Recreate with rollingUpdate`, { [`${c}.strategy`]: { type: 'Recreate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } }),
    set(`${c} pdb both bounds`, { [`${c}.pdb.minAvailable`]: 1, [`${c}.pdb.maxUnavailable`]: 0 }),
    set(`${c} selector podLabel`, { [`${c}.podLabels`]: { 'app.kubernetes.io/component': 'x' } }),
  ]),
  set('selector commonLabel', { commonLabels: { 'app.kubernetes.io/name': 'x', team: 'ml' } }),
  set('triton ports equal', { 'routerServer.triton.ports': { http: 8000, grpc: 8000, metrics: 8002 } }),
  set('offline without cache', { 'routerServer.huggingFace': { offline: true, cache: { enabled: false } } }),
  set('keda without trigger', { 'routerServer.autoscaling': { enabled: true, triggers: [] } }),
  set('two replicas on RWO', {
    'routerServer.replicas': 2,
    'routerServer.modelRepository': { path: '/models', storage: { type: 'pvc', pvc: { accessModes: ['ReadWriteOnce'] } } },
  }),
  set('s3 with a pvc', { 'routerServer.modelRepository': { path: 's3://bucket/models', storage: { type: 'pvc' } } }),
  set('none without url', { 'routerServer.modelRepository': { path: '/models', storage: { type: 'none' } } }),
  set('loader without source', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'pvc' }, loader: { enabled: true } },
  }),
  set('loader on s3', {
    'routerServer.modelRepository': {
      path: 's3://b/m',
      storage: { type: 'none' },
      loader: { enabled: true, sourceUrl: 'https://x.example.com/m.tgz' },
    },
  }),
  set('gcs creds on s3', {
    'routerServer.modelRepository': { path: 's3://b/m', storage: { type: 'none' }, credentials: { gcs: { secretName: 'gcs' } } },
  }),
  set('hostPath without path', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'hostPath', hostPath: { iUnderstandTheRisk: true } } },
  }),
  set('hostPath without opt-in', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'hostPath', hostPath: { path: '/data' } } },
  }),
  set('nfs without server', { 'routerServer.modelRepository': { path: '/models', storage: { type: 'nfs', nfs: { path: '/exports' } } } }),
  set('two backends', { 'routerServer.modelRepository': { path: '/models', storage: { type: 'pvc', emptyDir: { medium: 'Memory' } } } }),
  set('snapshots on emptyDir', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'emptyDir' } },
    'volumeSnapshots.enabled': true,
  }),
  set('restore into existing claim', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'pvc', pvc: { existingClaim: 'models' } } },
    'volumeSnapshots.restoreFrom': 'snap-1',
  }),
  set('snapshot class without driver', { 'volumeSnapshots.snapshotClass': { create: true } }),
  set('two key sources', { apiKeys: { existingSecret: 'keys', create: { enabled: true, values: { NVIDIA_API_KEY: 'x' } } } }),
  set('created secret without keys', { apiKeys: { create: { enabled: true } } }),
  set('external secret without store', {
    apiKeys: { externalSecret: { enabled: true, data: [{ secretKey: 'K', remoteRef: { key: 'k' } }] } },
  }),
  set('no key source', { apiKeys: {} }),
  set('one key name from two secrets', {
    apiKeys: { existingSecret: 'keys' },
    'routerController.policies': [custom('p', [llm('a'), llm('b', { apiKey: { secretName: 'other' } })])],
  }),
  set('custom and existing config', { 'routerController.customConfig': 'policies: []', 'routerController.existingConfigMap': 'cfg' }),
  set('no policies', { 'routerController.policies': [] }),
  set('duplicate policy', { 'routerController.policies': [custom('p', [llm('a')]), custom('p', [llm('b')])] }),
  set('duplicate llm', { 'routerController.policies': [custom('p', [llm('a'), llm('a')])] }),
  set('unknown classifier', { 'routerController.policies': [{ name: 'my_router', llms: [llm('a')] }] }),
  set('class count', { 'routerController.policies': [{ name: 'complexity_router', llms: [llm('a'), llm('b')] }] }),
  set('ingress without hosts', { ingress: { enabled: true, hosts: [] } }),
  set('cert-manager two issuers', { 'ingress.certManager': { enabled: true, clusterIssuer: 'a', issuer: 'b' } }),
  set('httpRoute without gateway', { 'gatewayApi.httpRoute': { enabled: true, parentRefs: [] } }),
  set('ingress to a disabled app', {
    'app.enabled': false,
    ingress: { enabled: true, hosts: [{ host: 'a.example.com', paths: [{ path: '/', backend: 'app' }] }] },
  }),
  set('route to a disabled app', { 'app.enabled': false, openshiftRoute: { enabled: true, backend: 'app' } }),
  set('scrape timeout above interval', { 'metrics.serviceMonitor': { interval: '30s', scrapeTimeout: '1m' } }),
  set('global look-alike', { 'global.imageRegistery': 'registry.example.com' }),
  set('bad label key', { 'routerController.nodeSelector': { 'bad key!': 'x' } }),
  set('root with runAsNonRoot', { 'app.podSecurityContext': { runAsUser: 0, runAsNonRoot: true } }),
  set('bad resource name', { 'app.resources': { requests: { 'Bad Name': '1' }, limits: { 'Bad Name': '1' } } }),
  set('gpu name typo', { 'routerServer.resources': { requests: { 'nvidia.com/gpus': 1 }, limits: { 'nvidia.com/gpus': 1 } } }),
  set('fractional gpu', { 'routerServer.resources': { requests: { 'nvidia.com/gpu': '0.5' }, limits: { 'nvidia.com/gpu': '0.5' } } }),
  set('memory in millibytes', { 'routerController.resources': { requests: { memory: '512m' }, limits: { memory: '512m' } } }),
  set('request above limit', { 'app.resources': { requests: { cpu: '2' }, limits: { cpu: '1' } } }),
  set('gpu request below limit', { 'routerServer.resources': { requests: { 'nvidia.com/gpu': 1 }, limits: { 'nvidia.com/gpu': 2 } } }),
  set('no gpu', { 'routerServer.resources': { requests: { 'nvidia.com/gpu': 0 }, limits: { 'nvidia.com/gpu': 0 } } }),
  ...(['s3', 'azure'] as const).map((c) =>
    set(`${c} creds on a local path`, {
      'routerServer.modelRepository': { path: '/models', storage: { type: 'pvc' }, credentials: { [c]: { secretName: c } } },
    }),
  ),
  set('nfs without path', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'nfs', nfs: { server: 'nfs.example.com' } } },
  }),
  set('subPath without volume', { 'routerServer.modelRepository': { path: 's3://b/m', storage: { type: 'none', subPath: 'models' } } }),
  ...(
    [
      ['nfs', 'pvc', { existingClaim: 'models' }],
      ['pvc', 'nfs', { server: 'nfs.example.com' }],
      ['pvc', 'nfs', { path: '/exports' }],
      ['pvc', 'hostPath', { path: '/data' }],
      ['pvc', 'emptyDir', { sizeLimit: '10Gi' }],
    ] as const
  ).map(([type, backend, value]) =>
    set(`${backend} ${Object.keys(value).join()} on ${type}`, {
      'routerServer.modelRepository': {
        path: '/models',
        storage: { type, ...(type === 'nfs' ? { nfs: { server: 'nfs.example.com', path: '/exports' } } : {}), [backend]: value },
      },
    }),
  ),
  set('restore without a pvc', {
    'routerServer.modelRepository': { path: '/models', storage: { type: 'emptyDir' } },
    'volumeSnapshots.restoreFrom': 'snap-1',
  }),
  set('restore and dataSource', {
    'routerServer.modelRepository': {
      path: '/models',
      storage: { type: 'pvc', pvc: { dataSource: { kind: 'VolumeSnapshot', name: 's', apiGroup: 'snapshot.storage.k8s.io' } } },
    },
    'volumeSnapshots.restoreFrom': 'snap-1',
  }),
  set('external secret without data', { apiKeys: { externalSecret: { enabled: true, secretStoreRef: { name: 'store' }, data: [] } } }),
  set('httpRoute to a disabled app', {
    'app.enabled': false,
    'gatewayApi.httpRoute': { enabled: true, parentRefs: [{ name: 'gateway' }], rules: [{ backend: 'app' }] },
  }),
  set('cert-manager without tls', {
    ingress: { enabled: true, certManager: { enabled: true, clusterIssuer: 'ca' }, tls: [] },
    'networkPolicy.ingressNamespaceSelector': { 'kubernetes.io/metadata.name': 'ingress-nginx' },
  }),
  // No registry anywhere: the global one unset and each router image a bare name.
  set('no registry', {
    'global.imageRegistry': null,
    'app.enabled': true,
    ...Object.fromEntries(
      COMPONENTS.flatMap((c) => [
        [`${c}.image.registry`, null],
        [`${c}.image.repository`, `${c.toLowerCase()}-image`],
      ]),
    ),
  }),
  // issue 22: Secret references, images, contradicting settings
  set('credential as Secret name', { 'apiKeys.existingSecret': 'nvapi-3f9c2a7b1e0d4c8f9a6b' }),
  set('credential as llm Secret name', {
    'routerController.policies': [
      custom('p', [llm('a', { apiKey: { secretName: 'a3f9c2e17b4d5f60a3f9c2e17b4d5f60', secretKey: 'K_A' } })]),
    ],
  }),
  set('value and valueFrom', {
    'routerController.extraEnv': [{ name: 'K', value: 'x', valueFrom: { secretKeyRef: { name: 's', key: 'K' } } }],
  }),
  set('api key in env', { 'routerServer.extraEnv': [{ name: 'NVIDIA_API_KEY', value: 'nvapi-Xy7kQ2mN9pR4tV6wZ8bC1dF3' }] }),
  set('latest tag', { 'routerServer.modelRepository.loader.image.tag': 'latest' }),
  set('replicas above maxReplicas', {
    'routerController.replicas': 6,
    'routerController.autoscaling': { enabled: true, minReplicas: 1, maxReplicas: 3 },
  }),
  set('pdb maxUnavailable 0', {
    'routerController.replicas': 2,
    'routerController.autoscaling.enabled': false,
    'routerController.pdb': { enabled: true, minAvailable: null, maxUnavailable: 0 },
  }),
  set('pdb minAvailable all', {
    'routerController.replicas': 2,
    'routerController.autoscaling.enabled': false,
    'routerController.pdb': { enabled: true, minAvailable: '100%', maxUnavailable: null },
  }),
  set('liveness without startup', {
    'routerController.startupProbe': { enabled: false },
    'routerController.livenessProbe': { enabled: true, override: null, initialDelaySeconds: 0, periodSeconds: 1, failureThreshold: 1 },
  }),
  set('LoadBalancer behind policies', { 'networkPolicy.enabled': true, 'routerController.service.type': 'LoadBalancer' }),
  set('surge on RWO', {
    'routerServer.modelRepository': {
      path: '/models',
      storage: { type: 'pvc', pvc: { existingClaim: null, accessModes: ['ReadWriteOnce'] } },
    },
    'routerServer.strategy': { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
  }),
  set('keda on RWO', {
    'routerServer.modelRepository': {
      path: '/models',
      storage: { type: 'pvc', pvc: { existingClaim: null, accessModes: ['ReadWriteOnce'] } },
    },
    'routerServer.autoscaling': { enabled: true, minReplicas: 1, maxReplicas: 3, triggers: [{ type: 'cpu', metadata: { value: '80' } }] },
  }),
  set('nodePort on ClusterIP', { 'app.service': { type: 'ClusterIP', nodePort: 30080 } }),
  set('toleration Exists with value', { 'routerServer.tolerations': [{ key: 'dedicated', operator: 'Exists', value: 'gpu' }] }),
  set('service account named default', { 'routerController.serviceAccount': { create: true, name: 'default' } }),
  set('tls host not on ingress', {
    ingress: { enabled: true, hosts: [{ host: 'a.example.com' }], tls: [{ secretName: 'tls', hosts: ['b.example.com'] }] },
    'networkPolicy.ingressNamespaceSelector': { 'kubernetes.io/metadata.name': 'ingress-nginx' },
  }),
  set('httpRoute host on ingress', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] },
    'networkPolicy.ingressNamespaceSelector': { 'kubernetes.io/metadata.name': 'ingress-nginx' },
    'gatewayApi.httpRoute': { enabled: true, parentRefs: [{ name: 'gw' }], hostnames: ['llm.example.com'] },
  }),
  set('route host on ingress', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] },
    'networkPolicy.ingressNamespaceSelector': { 'kubernetes.io/metadata.name': 'ingress-nginx' },
    openshiftRoute: { enabled: true, host: 'llm.example.com' },
  }),
];

/** Per-value errors: values.schema.json rejects each (Helm names them before rendering). */
export const SCHEMA_MUTATIONS: Mutation[] = [
  set('resources null', { 'routerServer.resources': null }),
  set('security context null', { 'routerController.podSecurityContext': null }),
  set('limits null', { 'app.resources.limits': null }),
  set('replicas string', { 'routerServer.replicas': 'two' }),
  set('replicas negative', { 'app.replicas': -1 }),
  set('port too big', { 'routerController.service.port': 70000 }),
  set('unknown key', { 'routerServer.replicaz': 2 }),
  set('unknown root key', { routerServr: {} }),
  set('bad enum', { 'routerController.image.pullPolicy': 'Sometimes' }),
  set('bad digest', { 'app.image.digest': 'sha256:abc' }),
  set('inline api key', {
    'routerController.policies': [
      { name: 'p', url: 'http://t.example.com/x', llms: [{ name: 'a', apiBase: 'https://x.example.com', model: 'm', apiKey: 'nvapi-1' }] },
    ],
  }),
  set('apiBase ends in /v1', { 'routerController.policies': [custom('p', [llm('a', { apiBase: 'https://x.example.com/v1' })])] }),
  set('bad duration', { 'metrics.serviceMonitor.interval': '30 seconds' }),
  set('bool as string', { 'networkPolicy.enabled': 'yes' }),
  // issue 22
  set('registry with scheme', { 'routerServer.image.registry': 'https://registry.example.com' }),
  set('tag in repository', { 'routerController.image.repository': 'llm-router/router-controller:v1' }),
  set('secret key with space', { 'routerServer.huggingFace.token.secretKey': 'HF TOKEN' }),
  set('fullname starts with digit', { fullnameOverride: '1st-router' }),
  set('env name with space', { 'app.extraEnv': [{ name: 'HTTPS PROXY', value: 'x' }] }),
  set('created key name', { apiKeys: { create: { enabled: true, values: { 'bad-key': 'x' } } } }),
  set('pull secret object bad name', { 'global.imagePullSecrets': [{ name: 'Bad_Name' }] }),
  set('controller url without scheme', { 'app.routerControllerUrl': 'router:8084' }),
  set('env secretKeyRef bad key', {
    'routerServer.extraEnv': [{ name: 'K', valueFrom: { secretKeyRef: { name: 'keys', key: 'a key' } } }],
  }),
];
