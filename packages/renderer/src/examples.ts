// Scenario values files users can copy: typed ValuesInput objects (so the compiler checks them), each
// with a header saying what it is for. Every one renders with Helm 3 and 4 and passes the schema.
import type { ValuesInput } from '@llm-router-helm/values-schema';

export interface Example {
  name: string;
  purpose: string[];
  values: ValuesInput;
}

/** The key Secret every example points at (created with kubectl, see the README quickstart). */
const keys = { existingSecret: 'llm-router-api-keys' } as const;

const gpuNodes = { nodeSelector: { 'nvidia.com/gpu.present': 'true' } };

/** Shared model storage lets router-servers roll one at a time; maxSurge 0 needs no spare GPU (RWO storage keeps the default Recreate). */
const oneAtATime = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } as const;

/** Where the user pushed the router images they built (NVIDIA publishes none; chart README, "Images"). */
export const IMAGE_REGISTRY = 'registry.example.com/llm-router';

/** Each router component of an example pulls from the user's registry; helper images keep their public names. */
function withOwnImages(v: ValuesInput): ValuesInput {
  // a fresh object per component, so the YAML shows each one instead of an anchor
  const image = () => ({ registry: IMAGE_REGISTRY });
  return {
    ...v,
    routerServer: { image: image(), ...v.routerServer },
    routerController: { image: image(), ...v.routerController },
    ...(v.app?.enabled ? { app: { ...v.app, image: image() } } : {}),
  };
}

const SCENARIOS: Example[] = [
  {
    name: 'default',
    purpose: ['Smallest working install: defaults plus the API-key Secret you created with kubectl.'],
    values: { apiKeys: keys },
  },
  {
    name: 'production-ha',
    purpose: [
      'Production HA: two router-servers on a shared ReadWriteMany volume, replaced one at a time on upgrades',
      '(maxSurge 0: no spare GPU needed), three controllers spread over nodes and zones, HPA, PDBs, pinned priority class.',
    ],
    values: {
      apiKeys: keys,
      routerServer: {
        replicas: 2,
        strategy: oneAtATime,
        ...gpuNodes,
        podAntiAffinityPreset: 'hard',
        priorityClassName: 'llm-router-critical',
        modelRepository: { storage: { type: 'pvc', pvc: { size: '50Gi', accessModes: ['ReadWriteMany'], storageClass: 'shared-files' } } },
        pdb: { enabled: true, maxUnavailable: 1 },
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway' }],
      },
      routerController: {
        replicas: 3,
        podAntiAffinityPreset: 'hard',
        autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 10, targetCPUUtilizationPercentage: 70 },
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule' }],
        pdb: { enabled: true, maxUnavailable: 1 },
      },
    },
  },
  {
    name: 's3',
    purpose: ['Model repository in S3: Triton reads s3:// itself; credentials come from an existing Secret.'],
    values: {
      apiKeys: keys,
      routerServer: {
        modelRepository: {
          path: 's3://my-bucket/routers',
          storage: { type: 'none' },
          credentials: { s3: { secretName: 'models-s3', region: 'us-east-1' } },
        },
      },
    },
  },
  {
    name: 'gcs',
    purpose: [
      'Model repository in Google Cloud Storage: the service-account key file is mounted from a Secret',
      'and named by GOOGLE_APPLICATION_CREDENTIALS.',
    ],
    values: {
      apiKeys: keys,
      routerServer: {
        modelRepository: {
          path: 'gs://my-bucket/routers',
          storage: { type: 'none' },
          credentials: { gcs: { secretName: 'models-gcs', key: 'credentials.json' } },
        },
      },
    },
  },
  {
    name: 'azure',
    purpose: ['Model repository in Azure Blob Storage: account name and key from an existing Secret.'],
    values: {
      apiKeys: keys,
      routerServer: {
        modelRepository: {
          path: 'as://myaccount/models/routers',
          storage: { type: 'none' },
          credentials: { azure: { secretName: 'models-azure' } },
        },
      },
    },
  },
  {
    name: 'nfs',
    purpose: ['Model repository on an NFS export shared by every router-server replica (read-only).'],
    values: {
      apiKeys: keys,
      routerServer: {
        replicas: 2,
        strategy: oneAtATime,
        modelRepository: {
          path: '/model_repository/routers',
          storage: { type: 'nfs', nfs: { server: 'nfs.example.com', path: '/exports/models', readOnly: true } },
        },
      },
    },
  },
  {
    name: 'existing-claim',
    purpose: ['Model repository on a PVC you created and filled yourself (the chart creates no PVC).'],
    values: {
      apiKeys: keys,
      routerServer: { modelRepository: { storage: { type: 'pvc', pvc: { existingClaim: 'router-models' } } } },
    },
  },
  {
    name: 'external-secret',
    purpose: ['API keys synced from a secret store by the External Secrets Operator.'],
    values: {
      apiKeys: {
        externalSecret: {
          enabled: true,
          secretStoreRef: { name: 'vault-backend', kind: 'ClusterSecretStore' },
          refreshInterval: '1h',
          data: [{ secretKey: 'NVIDIA_API_KEY', remoteRef: { key: 'llm/nvidia', property: 'api_key' } }],
        },
      },
    },
  },
  {
    name: 'ingress-tls',
    purpose: ['Ingress with TLS from cert-manager, rate limiting and security headers (ingress-nginx annotations).'],
    values: {
      apiKeys: keys,
      ingress: {
        enabled: true,
        className: 'nginx',
        hosts: [{ host: 'llm-router.example.com', paths: [{ path: '/', pathType: 'Prefix', backend: 'controller' }] }],
        tls: [{ secretName: 'llm-router-tls', hosts: ['llm-router.example.com'] }],
        certManager: { enabled: true, clusterIssuer: 'letsencrypt-prod' },
        rateLimit: { enabled: true, rps: 20, burst: 5 },
        securityHeaders: { enabled: true },
      },
      networkPolicy: { ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
    },
  },
  {
    name: 'gateway-api',
    purpose: ['Gateway API HTTPRoute (the successor of ingress-nginx) with request and response header filters.'],
    values: {
      apiKeys: keys,
      gatewayApi: {
        httpRoute: {
          enabled: true,
          parentRefs: [{ name: 'public-gateway', namespace: 'gateway-system', sectionName: 'https' }],
          hostnames: ['llm-router.example.com'],
          requestHeaderModifier: { remove: ['X-Forwarded-User'] },
          responseHeaderModifier: {
            set: [
              { name: 'X-Content-Type-Options', value: 'nosniff' },
              { name: 'Strict-Transport-Security', value: 'max-age=31536000' },
            ],
          },
          rules: [{ path: { type: 'PathPrefix', value: '/' }, backend: 'controller' }],
        },
      },
      networkPolicy: { gatewayNamespaceSelector: { 'kubernetes.io/metadata.name': 'gateway-system' } },
    },
  },
  {
    name: 'openshift',
    purpose: ['OpenShift: Route with edge TLS; user and group IDs left to the restricted-v2 SCC.'],
    values: {
      apiKeys: keys,
      openshiftRoute: {
        enabled: true,
        host: 'llm-router.apps.example.com',
        tls: { enabled: true, termination: 'edge', insecureEdgeTerminationPolicy: 'Redirect' },
      },
      routerServer: { podSecurityContext: { runAsUser: null, runAsGroup: null, fsGroup: null } },
      routerController: { podSecurityContext: { runAsUser: null, runAsGroup: null, fsGroup: null } },
    },
  },
  {
    name: 'monitoring',
    purpose: ['Prometheus Operator scraping (ServiceMonitor with the release label), alert rules and the Grafana dashboard.'],
    values: {
      apiKeys: keys,
      metrics: {
        serviceMonitor: { enabled: true, labels: { release: 'kube-prometheus-stack' }, interval: '30s', scrapeTimeout: '10s' },
        prometheusRule: { enabled: true, labels: { release: 'kube-prometheus-stack' } },
        grafanaDashboards: { enabled: true, folder: 'LLM Router' },
      },
      networkPolicy: { monitoringNamespaceSelector: { 'kubernetes.io/metadata.name': 'monitoring' } },
    },
  },
  {
    name: 'network-policy',
    purpose: ['NetworkPolicies with explicit namespaces and egress limited to the LLM API network on 443.'],
    values: {
      apiKeys: keys,
      networkPolicy: {
        enabled: true,
        ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' },
        monitoringNamespaceSelector: { 'kubernetes.io/metadata.name': 'monitoring' },
        controllerEgress: { cidrs: ['0.0.0.0/0'], exceptCidrs: ['169.254.0.0/16', '10.0.0.0/8'], ports: [443] },
        serverEgress: { allowAll: false, cidrs: ['0.0.0.0/0'], ports: [443] },
      },
    },
  },
  {
    name: 'app',
    purpose: ['Demo app (Gradio) enabled next to the controller.'],
    values: { apiKeys: keys, app: { enabled: true } },
  },
  {
    name: 'everything-on',
    purpose: ['Every optional feature at once (used by tests and the benchmark; not a recommended setup).'],
    values: {
      commonLabels: { team: 'ml-platform' },
      commonAnnotations: { 'example.com/owner': 'ml-platform' },
      apiKeys: { create: { enabled: true, values: { NVIDIA_API_KEY: 'nvapi-development-only' } } },
      routerServer: {
        replicas: 2,
        podLabels: { tier: 'inference' },
        autoscaling: {
          enabled: true,
          minReplicas: 1,
          maxReplicas: 2,
          triggers: [
            {
              type: 'prometheus',
              metadata: { serverAddress: 'http://prometheus.monitoring:9090', query: 'sum(rate(nv_inference_count[1m]))', threshold: '50' },
            },
          ],
        },
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' }],
        modelRepository: {
          storage: { type: 'pvc', pvc: { accessModes: ['ReadWriteMany'] } },
          loader: { enabled: true, sourceUrl: 'https://models.example.com/routers.tar.gz' },
        },
        huggingFace: { cache: { enabled: true }, offline: true, token: { secretName: 'hf-token' } },
      },
      routerController: {
        autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 5, targetMemoryUtilizationPercentage: 80 },
        podLabels: { tier: 'api' },
      },
      app: { enabled: true, replicas: 2, autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 4 } },
      ingress: {
        enabled: true,
        className: 'nginx',
        hosts: [
          {
            host: 'llm-router.example.com',
            paths: [
              { path: '/', pathType: 'Prefix', backend: 'controller' },
              { path: '/app', pathType: 'Prefix', backend: 'app' },
            ],
          },
        ],
        tls: [{ secretName: 'llm-router-tls', hosts: ['llm-router.example.com'] }],
        certManager: { enabled: true, clusterIssuer: 'letsencrypt-prod' },
        rateLimit: { enabled: true },
      },
      gatewayApi: {
        httpRoute: {
          enabled: true,
          parentRefs: [{ name: 'public-gateway' }],
          responseHeaderModifier: { set: [{ name: 'X-Frame-Options', value: 'DENY' }] },
        },
      },
      openshiftRoute: { enabled: true },
      networkPolicy: {
        ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' },
        gatewayNamespaceSelector: { 'kubernetes.io/metadata.name': 'gateway-system' },
        monitoringNamespaceSelector: { 'kubernetes.io/metadata.name': 'monitoring' },
      },
      metrics: {
        serviceMonitor: { enabled: true, labels: { release: 'kube-prometheus-stack' } },
        prometheusRule: { enabled: true },
        grafanaDashboards: { enabled: true, folder: 'LLM Router' },
      },
      volumeSnapshots: {
        enabled: true,
        snapshotClass: { create: true, driver: 'ebs.csi.aws.com' },
        schedule: { enabled: true, cron: '0 3 * * *', keep: 7 },
      },
      extraObjects: [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: '{{ .Release.Name }}-extra' }, data: { note: 'rendered through tpl' } },
      ],
    },
  },
];

export const EXAMPLES: Example[] = SCENARIOS.map((e) => ({ ...e, values: withOwnImages(e.values) }));
