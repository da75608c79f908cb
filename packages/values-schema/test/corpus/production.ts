// Realistic production values that every checker must accept: the chart's scenario examples
// (read from packages/chart/examples by the test) plus these, each a setting real clusters use.
const NVIDIA = 'https://integrate.api.nvidia.com';
const llm = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  apiBase: NVIDIA,
  model: 'meta/llama-3.1-70b-instruct',
  ...extra,
});
const INGRESS_NS = { 'kubernetes.io/metadata.name': 'ingress-nginx' };

export const PRODUCTION: { name: string; values: Record<string, unknown> }[] = [
  { name: 'minimal with an existing Secret', values: { apiKeys: { existingSecret: 'llm-router-api-keys' } } },
  {
    name: 'Secret and pull-secret names with dots',
    values: {
      apiKeys: { existingSecret: 'llm-router.api-keys' },
      global: { imagePullSecrets: ['nvcr.io', { name: 'registry.example.com' }] },
    },
  },
  {
    name: 'plain-string pull secrets and a registry mirror',
    values: {
      apiKeys: { existingSecret: 'keys' },
      global: { imageRegistry: 'registry.example.com/nvidia', imagePullSecrets: ['ngc-pull'] },
    },
  },
  {
    name: 'no CPU limits (CPU throttling avoided)',
    values: {
      apiKeys: { existingSecret: 'keys' },
      routerServer: { resources: { limits: { cpu: null } } },
      routerController: { resources: { limits: { cpu: null } } },
    },
  },
  {
    name: 'a MIG slice instead of a whole GPU',
    values: {
      apiKeys: { existingSecret: 'keys' },
      routerServer: {
        resources: {
          requests: { 'nvidia.com/gpu': null, 'nvidia.com/mig-1g.10gb': 1 },
          limits: { 'nvidia.com/gpu': null, 'nvidia.com/mig-1g.10gb': 1 },
        },
      },
    },
  },
  {
    name: 'time-sliced shared GPU',
    values: {
      apiKeys: { existingSecret: 'keys' },
      routerServer: { resources: { requests: { 'nvidia.com/gpu': null }, limits: { 'nvidia.com/gpu': null, 'nvidia.com/gpu.shared': 1 } } },
    },
  },
  {
    name: 'bigger router-server with ephemeral storage',
    values: {
      apiKeys: { existingSecret: 'keys' },
      routerServer: {
        resources: {
          requests: { cpu: 4, memory: '16Gi', 'ephemeral-storage': '10Gi' },
          limits: { cpu: 8, memory: '32Gi', 'ephemeral-storage': '20Gi' },
        },
      },
    },
  },
  {
    name: 'umbrella chart globals (Bitnami style)',
    values: {
      apiKeys: { existingSecret: 'keys' },
      global: {
        defaultStorageClass: 'gp3',
        security: { allowInsecureImages: false },
        postgresql: { auth: { existingSecret: 'pg' } },
        compatibility: { openshift: { adaptSecurityContext: 'auto' } },
      },
    },
  },
  {
    name: 'a custom classifier next to the built-in ones',
    values: {
      apiKeys: { existingSecret: 'keys' },
      routerController: {
        policies: [
          { name: 'task_router', llms: Array.from({ length: 12 }, (_, i) => llm(`t${i}`)) },
          {
            name: 'coding_router',
            url: 'http://my-triton.models.svc:8000/v2/models/coding_ensemble/infer',
            llms: [llm('easy'), llm('hard', { model: 'nvidia/llama-3.3-nemotron-super-49b-v1' })],
          },
        ],
      },
    },
  },
  {
    name: 'OpenAI and NVIDIA keys from two Secrets',
    values: {
      apiKeys: { existingSecret: 'nvidia-keys' },
      routerController: {
        policies: [
          {
            name: 'complexity_router',
            llms: [
              llm('Creativity'),
              llm('Reasoning', {
                apiBase: 'https://api.openai.com',
                model: 'gpt-4o',
                apiKey: { secretName: 'openai', secretKey: 'OPENAI_API_KEY' },
              }),
              llm('Contextual-Knowledge'),
              llm('Few-Shot'),
              llm('Domain-Knowledge'),
              llm('No-Label-Reason'),
              llm('Constraint'),
            ],
          },
        ],
      },
    },
  },
  {
    name: 'LLM gateway behind a path prefix',
    values: {
      apiKeys: { existingSecret: 'keys' },
      routerController: {
        policies: [
          {
            name: 'gw',
            url: 'http://triton.example.com:8000/v2/models/task_router_ensemble/infer',
            llms: [llm('a', { apiBase: 'https://gateway.example.com/openai' })],
          },
        ],
      },
    },
  },
  {
    name: 'Ingress with cert-manager behind the NetworkPolicy',
    values: {
      apiKeys: { existingSecret: 'keys' },
      ingress: {
        enabled: true,
        className: 'nginx',
        hosts: [{ host: 'llm.example.com' }],
        tls: [{ secretName: 'llm-tls', hosts: ['llm.example.com'] }],
        certManager: { enabled: true, clusterIssuer: 'letsencrypt-prod' },
      },
      networkPolicy: { ingressNamespaceSelector: INGRESS_NS },
    },
  },
  {
    name: 'Ingress without NetworkPolicies',
    values: {
      apiKeys: { existingSecret: 'keys' },
      ingress: { enabled: true, hosts: [{ host: 'llm.internal.example.com' }] },
      networkPolicy: { enabled: false },
    },
  },
  {
    name: 'HTTPRoute on a shared Gateway',
    values: {
      apiKeys: { existingSecret: 'keys' },
      gatewayApi: {
        httpRoute: { enabled: true, parentRefs: [{ name: 'public', namespace: 'gateway-system' }], hostnames: ['llm.example.com'] },
      },
    },
  },
  {
    name: 'OpenShift Route with platform-assigned IDs',
    values: {
      apiKeys: { existingSecret: 'keys' },
      openshiftRoute: { enabled: true, host: 'llm.apps.example.com' },
      routerServer: { podSecurityContext: { runAsUser: null, runAsGroup: null, fsGroup: null } },
    },
  },
  {
    name: 'air-gapped: no egress, offline Hugging Face cache',
    values: {
      apiKeys: { existingSecret: 'keys' },
      networkPolicy: { serverEgress: { enabled: false } },
      routerServer: { huggingFace: { offline: true, cache: { enabled: true, existingClaim: 'hf-cache' } } },
    },
  },
  {
    name: 'egress only to the corporate proxy network',
    values: {
      apiKeys: { existingSecret: 'keys' },
      networkPolicy: { controllerEgress: { cidrs: ['10.20.0.0/16'], exceptCidrs: [], ports: [3128] } },
    },
  },
  {
    name: 'labels with dots, dashes and underscores',
    values: {
      apiKeys: { existingSecret: 'keys' },
      commonLabels: { 'team.example.com/owner': 'ml_platform', 'cost-center': 'cc-1234.5' },
      routerServer: { nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB' } },
    },
  },
  {
    name: 'Prometheus Operator monitoring',
    values: {
      apiKeys: { existingSecret: 'keys' },
      metrics: {
        serviceMonitor: { enabled: true, labels: { release: 'kube-prometheus-stack' }, interval: '15s', scrapeTimeout: '10s' },
        prometheusRule: { enabled: true },
      },
    },
  },
  {
    name: 'storage class "-" (no class, pre-bound PV)',
    values: { apiKeys: { existingSecret: 'keys' }, routerServer: { modelRepository: { storage: { pvc: { storageClass: '-' } } } } },
  },
  {
    name: 'release name override',
    values: { apiKeys: { existingSecret: 'keys' }, fullnameOverride: 'llm-router', namespaceOverride: 'ai-platform' },
  },
  {
    name: 'PDB with a percentage',
    values: { apiKeys: { existingSecret: 'keys' }, routerController: { replicas: 3, pdb: { minAvailable: '50%' } } },
  },
];
