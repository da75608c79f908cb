// Realistic mistakes a user makes in a values file, by category (our own corpus, written from
// support-style reports; the corpus is held out). Each entry names the value path a
// checker must report. Entries of the "cli" category are YAML text only the CLI can judge
// (Helm parses YAML itself and keeps the last of two equal keys without a word). The kinds in
// kinds/ (secrets, images, conflicts, yaml, names, typos) came with issue 22.
import { CONFLICTS } from './kinds/conflicts.js';
import { IMAGES } from './kinds/images.js';
import { llm, llms, m, type Mistake } from './kinds/mistake.js';
import { NAMES } from './kinds/names.js';
import { SECRETS } from './kinds/secrets.js';
import { TYPOS } from './kinds/typos.js';
import { YAML_MISTAKES } from './kinds/yaml.js';

export type { Mistake } from './kinds/mistake.js';

const TASK = 'task_router';

export const MISTAKES: Mistake[] = [
  ...SECRETS,
  ...IMAGES,
  ...CONFLICTS,
  ...YAML_MISTAKES,
  ...NAMES,
  ...TYPOS,
  // null deletes a default (Helm removes the key and the chart's default with it)
  m('null', 'router-server resources null', 'routerServer.resources', { routerServer: { resources: null } }),
  m('null', 'router-server limits null', 'routerServer.resources.limits', { routerServer: { resources: { limits: null } } }),
  m('null', 'GPU limit null', 'routerServer.resources.limits', { routerServer: { resources: { limits: { 'nvidia.com/gpu': null } } } }),
  m('null', 'pod security context null', 'routerServer.podSecurityContext', { routerServer: { podSecurityContext: null } }),
  m('null', 'container security context null', 'routerController.containerSecurityContext', {
    routerController: { containerSecurityContext: null },
  }),
  m('null', 'capabilities null', 'app.containerSecurityContext.capabilities', {
    app: { containerSecurityContext: { capabilities: null } },
  }),
  m('null', 'app resources null', 'app.resources', { app: { enabled: true, resources: null } }),
  m('null', 'GPU tolerations null', 'routerServer.tolerations', { routerServer: { tolerations: null } }),
  m('null', 'network policy null', 'networkPolicy', { networkPolicy: null }),
  m('null', 'startup probe null', 'routerServer.startupProbe', { routerServer: { startupProbe: null } }),
  m('null', 'policies null', 'routerController.policies', { routerController: { policies: null } }),
  m('null', 'seccomp profile null', 'routerController.podSecurityContext.seccompProfile', {
    routerController: { podSecurityContext: { seccompProfile: null } },
  }),
  m('null', 'read-only root filesystem null', 'routerServer.containerSecurityContext.readOnlyRootFilesystem', {
    routerServer: { containerSecurityContext: { readOnlyRootFilesystem: null } },
  }),

  // typos under global (global stays open for a parent chart's own globals)
  m('global', 'imageRegistery', 'global.imageRegistery', { global: { imageRegistery: 'registry.example.com' } }),
  m('global', 'imagePullSecret (singular)', 'global.imagePullSecret', { global: { imagePullSecret: [{ name: 'ngc' }] } }),
  m('global', 'storageclass (case)', 'global.storageclass', { global: { storageclass: 'gp3' } }),
  m('global', 'registry', 'global.registry', { global: { registry: 'nvcr.io' } }),
  m('global', 'image.registry map', 'global.image', { global: { image: { registry: 'nvcr.io' } } }),
  m('global', 'ImageRegistry (capital)', 'global.ImageRegistry', { global: { ImageRegistry: 'nvcr.io' } }),
  m('global', 'image_registry', 'global.image_registry', { global: { image_registry: 'nvcr.io' } }),
  m('global', 'pullSecrets', 'global.pullSecrets', { global: { pullSecrets: ['ngc'] } }),
  m('global', 'storageClassName', 'global.storageClassName', { global: { storageClassName: 'gp3' } }),
  m('global', 'pull secret with an invalid name', 'global.imagePullSecrets[0].name', {
    global: { imagePullSecrets: [{ name: 'NGC_Pull' }] },
  }),

  // names Kubernetes rejects
  m('names', 'fullnameOverride LLM_Router', 'fullnameOverride', { fullnameOverride: 'LLM_Router' }),
  m('names', 'nameOverride with a space', 'nameOverride', { nameOverride: 'llm router' }),
  m('names', 'namespaceOverride uppercase', 'namespaceOverride', { namespaceOverride: 'Prod' }),
  m('names', 'fullnameOverride with dots', 'fullnameOverride', { fullnameOverride: 'llm.router' }),
  m('names', 'storage class with underscore', 'routerServer.modelRepository.storage.pvc.storageClass', {
    routerServer: { modelRepository: { storage: { pvc: { storageClass: 'Fast_SSD' } } } },
  }),
  m('names', 'global storage class with a space', 'global.storageClass', { global: { storageClass: 'gp3 encrypted' } }),
  m('names', 'label value with a space', 'commonLabels.team', { commonLabels: { team: 'ML Platform' } }),
  m('names', 'label value an email', 'routerServer.podLabels.owner', { routerServer: { podLabels: { owner: 'jane@example.com' } } }),
  m('names', 'label value too long', 'commonLabels.cost-center', { commonLabels: { 'cost-center': 'x'.repeat(64) } }),
  m('names', 'monitor label with a space', 'metrics.serviceMonitor.labels.release', {
    metrics: { serviceMonitor: { enabled: true, labels: { release: 'kube prometheus' } } },
  }),
  m('names', 'node selector key with a space', 'routerServer.nodeSelector["gpu type"]', {
    routerServer: { nodeSelector: { 'gpu type': 'a100' } },
  }),
  m('names', 'existing Secret with uppercase', 'apiKeys.existingSecret', { apiKeys: { existingSecret: 'LLM-Keys' } }),
  m('names', 'existing claim with underscore', 'routerServer.modelRepository.storage.pvc.existingClaim', {
    routerServer: { modelRepository: { storage: { pvc: { existingClaim: 'model_repo' } } } },
  }),

  // routing table
  m('routing', 'policy name with a dash', 'routerController.policies[0].name', {
    routerController: { policies: [{ name: 'task-router', llms: llms(12) }] },
  }),
  m('routing', 'policy name camel case', 'routerController.policies[0].name', {
    routerController: { policies: [{ name: 'TaskRouter', llms: llms(12) }] },
  }),
  m('routing', 'custom policy without url', 'routerController.policies[0].name', {
    routerController: { policies: [{ name: 'coding_router', llms: llms(3) }] },
  }),
  m('routing', 'task router with 7 LLMs', 'routerController.policies[0].llms', {
    routerController: { policies: [{ name: TASK, llms: llms(7) }] },
  }),
  m('routing', 'complexity router with 12 LLMs', 'routerController.policies[0].llms', {
    routerController: { policies: [{ name: 'complexity_router', llms: llms(12) }] },
  }),
  m('routing', 'task router missing one class', 'routerController.policies[0].llms', {
    routerController: { policies: [{ name: TASK, llms: llms(11) }] },
  }),
  m('routing', 'apiBase with /v1/chat/completions', 'routerController.policies[0].llms[0].apiBase', {
    routerController: {
      policies: [{ name: TASK, llms: [llm('a', { apiBase: 'https://integrate.api.nvidia.com/v1/chat/completions' }), ...llms(11)] }],
    },
  }),
  m('routing', 'apiBase with /v1/', 'routerController.policies[0].llms[0].apiBase', {
    routerController: { policies: [{ name: TASK, llms: [llm('a', { apiBase: 'https://api.openai.com/v1/' }), ...llms(11)] }] },
  }),
  m('routing', 'apiBase with /chat/completions', 'routerController.policies[0].llms[0].apiBase', {
    routerController: {
      policies: [{ name: TASK, llms: [llm('a', { apiBase: 'https://llm.example.com/chat/completions' }), ...llms(11)] }],
    },
  }),
  m('routing', 'duplicate policy', 'routerController.policies[1].name', {
    routerController: {
      policies: [
        { name: TASK, llms: llms(12) },
        { name: TASK, llms: llms(12) },
      ],
    },
  }),
  m('routing', 'no policies', 'routerController.policies', { routerController: { policies: [] } }),
  m('routing', 'inline API key', 'routerController.policies[0].llms[0].apiKey', {
    routerController: { policies: [{ name: TASK, llms: [llm('a', { apiKey: 'nvapi-abc' }), ...llms(11)] }] },
  }),

  // resources
  m('resources', 'nvidia.com/gpus', 'routerServer.resources.limits["nvidia.com/gpus"]', {
    routerServer: { resources: { limits: { 'nvidia.com/gpus': 1 } } },
  }),
  m('resources', 'nvidia/gpu', 'routerServer.resources.limits["nvidia/gpu"]', {
    routerServer: { resources: { limits: { 'nvidia/gpu': 1 } } },
  }),
  m('resources', 'plain gpu', 'routerServer.resources.limits.gpu', { routerServer: { resources: { limits: { gpu: 1 } } } }),
  m('resources', 'GPU in capitals', 'routerServer.resources.limits["nvidia.com/GPU"]', {
    routerServer: { resources: { limits: { 'nvidia.com/GPU': 1 } } },
  }),
  m('resources', 'AMD GPU', 'routerServer.resources.requests["amd.com/gpu"]', {
    routerServer: { resources: { requests: { 'amd.com/gpu': 1 }, limits: { 'amd.com/gpu': 1 } } },
  }),
  m('resources', 'half a GPU', 'routerServer.resources.requests["nvidia.com/gpu"]', {
    routerServer: { resources: { requests: { 'nvidia.com/gpu': 0.5 }, limits: { 'nvidia.com/gpu': 0.5 } } },
  }),
  m('resources', 'GPU in millis', 'routerServer.resources.limits["nvidia.com/gpu"]', {
    routerServer: { resources: { limits: { 'nvidia.com/gpu': '500m' } } },
  }),
  m('resources', 'memory 512m', 'routerController.resources.limits.memory', {
    routerController: { resources: { limits: { memory: '512m' } } },
  }),
  m('resources', 'memory in bytes', 'app.resources.requests.memory', { app: { resources: { requests: { memory: 256 } } } }),
  m('resources', 'memory 8g lowercase', 'routerServer.resources.requests.memory', {
    routerServer: { resources: { requests: { memory: '8g' } } },
  }),
  m('resources', 'cpu request above limit', 'routerController.resources.requests.cpu', {
    routerController: { resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } },
  }),
  m('resources', 'memory request above the default limit', 'routerServer.resources.requests.memory', {
    routerServer: { resources: { requests: { memory: '32Gi' } } },
  }),
  m('resources', 'two GPUs requested, one limited', 'routerServer.resources.requests["nvidia.com/gpu"]', {
    routerServer: { resources: { requests: { 'nvidia.com/gpu': 2 } } },
  }),
  m('resources', 'Memory capitalised', 'routerController.resources.limits.Memory', {
    routerController: { resources: { limits: { Memory: '1Gi' } } },
  }),
  m('resources', 'half a MIG slice', 'routerServer.resources.limits["nvidia.com/mig-1g.10gb"]', {
    routerServer: {
      resources: { requests: { 'nvidia.com/gpu': null }, limits: { 'nvidia.com/gpu': null, 'nvidia.com/mig-1g.10gb': 0.5 } },
    },
  }),
  m('resources', 'loader memory 1g', 'routerServer.modelRepository.loader.resources.limits.memory', {
    routerServer: { modelRepository: { loader: { resources: { limits: { memory: '1g' } } } } },
  }),

  // security
  m('security', 'runAsUser 0', 'routerServer.podSecurityContext.runAsUser', { routerServer: { podSecurityContext: { runAsUser: 0 } } }),
  m('security', 'root with explicit runAsNonRoot', 'app.podSecurityContext.runAsUser', {
    app: { enabled: true, podSecurityContext: { runAsUser: 0, runAsNonRoot: true } },
  }),
  m('security', 'root while the container says non-root', 'routerController.podSecurityContext.runAsUser', {
    routerController: { podSecurityContext: { runAsUser: 0, runAsNonRoot: false } },
  }),
  m('security', 'empty controller egress CIDRs', 'networkPolicy.controllerEgress.cidrs', {
    networkPolicy: { controllerEgress: { cidrs: [] } },
  }),
  m('security', 'empty server egress CIDRs', 'networkPolicy.serverEgress.cidrs', { networkPolicy: { serverEgress: { cidrs: [] } } }),
  m('security', 'empty egress ports', 'networkPolicy.controllerEgress.ports', { networkPolicy: { controllerEgress: { ports: [] } } }),
  m('security', 'CIDR without a mask', 'networkPolicy.controllerEgress.cidrs[0]', {
    networkPolicy: { controllerEgress: { cidrs: ['10.0.0.0'] } },
  }),
  m('security', 'negative user id', 'routerServer.podSecurityContext.runAsUser', {
    routerServer: { podSecurityContext: { runAsUser: -1 } },
  }),
  m('security', 'privileged as a string', 'routerServer.containerSecurityContext.privileged', {
    routerServer: { containerSecurityContext: { privileged: 'false' } },
  }),

  // exposure
  m('exposure', 'Ingress blocked by the default NetworkPolicy', 'networkPolicy.ingressNamespaceSelector', {
    ingress: { enabled: true, className: 'nginx', hosts: [{ host: 'llm.example.com' }] },
  }),
  m('exposure', 'cert-manager without TLS', 'ingress.tls', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }], certManager: { enabled: true, clusterIssuer: 'letsencrypt-prod' } },
    networkPolicy: { ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
  }),
  m('exposure', 'cert-manager without issuer', 'ingress.certManager', {
    ingress: {
      enabled: true,
      hosts: [{ host: 'llm.example.com' }],
      tls: [{ secretName: 'llm-tls', hosts: ['llm.example.com'] }],
      certManager: { enabled: true },
    },
    networkPolicy: { ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
  }),
  m('exposure', 'Ingress without hosts', 'ingress.hosts', { ingress: { enabled: true, hosts: [] }, networkPolicy: { enabled: false } }),
  m('exposure', 'HTTPRoute without Gateway', 'gatewayApi.httpRoute.parentRefs', { gatewayApi: { httpRoute: { enabled: true } } }),
  m('exposure', 'Ingress to the disabled app', 'ingress.hosts[0].paths[0].backend', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com', paths: [{ path: '/', backend: 'app' }] }] },
    networkPolicy: { enabled: false },
  }),
  m('exposure', 'Route to the disabled app', 'openshiftRoute.backend', { openshiftRoute: { enabled: true, backend: 'app' } }),
  m('exposure', 'Ingress host in capitals', 'ingress.hosts[0].host', {
    ingress: { enabled: true, hosts: [{ host: 'LLM.example.com' }] },
    networkPolicy: { enabled: false },
  }),
  m('exposure', 'Ingress host with a scheme', 'ingress.hosts[0].host', {
    ingress: { enabled: true, hosts: [{ host: 'https://llm.example.com' }] },
    networkPolicy: { enabled: false },
  }),

  // the CLI's own input handling
  {
    category: 'cli',
    name: 'duplicate top-level key',
    path: 'routerServer',
    yaml: 'apiKeys: {existingSecret: keys}\nrouterServer:\n  replicas: 1\nrouterServer:\n  replicas: 2\n',
  },
  {
    category: 'cli',
    name: 'duplicate nested key',
    path: 'routerServer.replicas',
    yaml: 'apiKeys: {existingSecret: keys}\nrouterServer:\n  replicas: 1\n  replicas: 2\n',
  },
  {
    category: 'cli',
    name: 'duplicate key in a list item',
    path: 'routerController.policies[0].name',
    yaml: 'apiKeys: {existingSecret: keys}\nrouterController:\n  policies:\n    - name: task_router\n      name: complexity_router\n      url: http://t.example.com/x\n      llms: [{name: a, apiBase: "https://x.example.com", model: m}]\n',
  },
  {
    category: 'cli',
    name: 'alias bomb',
    path: null,
    yaml: 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
  },
  {
    category: 'cli',
    name: 'stdin with a typo',
    path: 'routerServer',
    stdin: true,
    yaml: 'apiKeys: {existingSecret: keys}\nrouterServer: {replicaz: 2}\n',
  },
  { category: 'cli', name: 'two documents', path: null, yaml: 'apiKeys: {existingSecret: keys}\n---\nrouterServer: {replicas: 2}\n' },
];
