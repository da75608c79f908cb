// Settings each valid alone that contradict each other.
import { m, type Mistake } from './mistake.js';

const NS = { 'kubernetes.io/metadata.name': 'ingress-nginx' };
const RWO_PVC = { path: '/models', storage: { type: 'pvc', pvc: { accessModes: ['ReadWriteOnce'] } } };

export const CONFLICTS: Mistake[] = [
  m('conflicts', 'replicas above the autoscaling maximum', 'routerController.replicas', {
    routerController: { replicas: 8, autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 4 } },
  }),
  m('conflicts', 'app replicas above the autoscaling maximum', 'app.replicas', {
    app: { enabled: true, replicas: 5, autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 3 } },
  }),
  m('conflicts', 'autoscaling minimum above maximum', 'routerController.autoscaling.maxReplicas', {
    routerController: { autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 3 } },
  }),
  m('conflicts', 'PDB maxUnavailable 0', 'routerController.pdb.maxUnavailable', {
    routerController: { pdb: { enabled: true, maxUnavailable: 0 } },
  }),
  m('conflicts', 'PDB maxUnavailable 0%', 'app.pdb.maxUnavailable', { app: { enabled: true, replicas: 2, pdb: { maxUnavailable: '0%' } } }),
  m('conflicts', 'PDB minAvailable equal to replicas', 'routerController.pdb.minAvailable', {
    routerController: { replicas: 2, pdb: { enabled: true, minAvailable: 2 } },
  }),
  m('conflicts', 'PDB minAvailable 100%', 'routerController.pdb.minAvailable', { routerController: { pdb: { minAvailable: '100%' } } }),
  m('conflicts', 'PDB minAvailable above the autoscaling minimum', 'routerController.pdb.minAvailable', {
    routerController: { replicas: 3, autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 6 }, pdb: { minAvailable: 3 } },
  }),
  m('conflicts', 'router-server PDB blocking both pods', 'routerServer.pdb.minAvailable', {
    routerServer: {
      replicas: 2,
      modelRepository: { path: '/models', storage: { type: 'pvc', pvc: { accessModes: ['ReadWriteMany'] } } },
      pdb: { enabled: true, minAvailable: 2 },
    },
  }),
  m('conflicts', 'PDB with both bounds', 'routerController.pdb.maxUnavailable', {
    routerController: { pdb: { minAvailable: 1, maxUnavailable: 1 } },
  }),
  m('conflicts', 'two router-servers on ReadWriteOnce', 'routerServer.modelRepository.storage.pvc.accessModes', {
    routerServer: { replicas: 2, modelRepository: RWO_PVC },
  }),
  m('conflicts', 'surge rollout on ReadWriteOnce', 'routerServer.strategy.rollingUpdate.maxSurge', {
    routerServer: { modelRepository: RWO_PVC, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } },
  }),
  m('conflicts', 'KEDA scaling to three pods on ReadWriteOnce', 'routerServer.autoscaling.maxReplicas', {
    routerServer: {
      modelRepository: RWO_PVC,
      autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 3, triggers: [{ type: 'cpu', metadata: { value: '80' } }] },
    },
  }),
  m('conflicts', 'Recreate with rollingUpdate', 'routerController.strategy.rollingUpdate', {
    routerController: { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } },
  }),
  m('conflicts', 'Ingress and Route for the same host', 'openshiftRoute.host', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] },
    openshiftRoute: { enabled: true, host: 'llm.example.com' },
    networkPolicy: { ingressNamespaceSelector: NS },
  }),
  m('conflicts', 'Ingress and HTTPRoute for the same host', 'gatewayApi.httpRoute.hostnames[0]', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] },
    gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw' }], hostnames: ['llm.example.com'] } },
    networkPolicy: { ingressNamespaceSelector: NS },
  }),
  m('conflicts', 'HTTPRoute and Route for the same host', 'openshiftRoute.host', {
    gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw' }], hostnames: ['llm.example.com'] } },
    openshiftRoute: { enabled: true, host: 'llm.example.com' },
  }),
  m('conflicts', 'LoadBalancer behind the default NetworkPolicy', 'routerController.service.type', {
    routerController: { service: { type: 'LoadBalancer' } },
  }),
  m('conflicts', 'NodePort app behind the default NetworkPolicy', 'app.service.type', {
    app: { enabled: true, service: { type: 'NodePort' } },
  }),
  m('conflicts', 'nodePort on a ClusterIP Service', 'routerController.service.nodePort', {
    routerController: { service: { nodePort: 30084 } },
  }),
  m('conflicts', 'TLS for a host the Ingress does not serve', 'ingress.tls[0].hosts[0]', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }], tls: [{ secretName: 'llm-tls', hosts: ['api.example.com'] }] },
    networkPolicy: { ingressNamespaceSelector: NS },
  }),
  m('conflicts', 'toleration Exists with a value', 'routerServer.tolerations[0].value', {
    routerServer: { tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', value: 'present', effect: 'NoSchedule' }] },
  }),
  m('conflicts', 'creating the ServiceAccount default', 'routerServer.serviceAccount.name', {
    routerServer: { serviceAccount: { create: true, name: 'default' } },
  }),
  m('conflicts', 'Ingress without a namespace selector', 'networkPolicy.ingressNamespaceSelector', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] },
  }),
  m('conflicts', 'router-server without startup probe, short liveness', 'routerServer.livenessProbe.failureThreshold', {
    routerServer: { startupProbe: { enabled: false } },
  }),
  m('conflicts', 'controller without startup probe, short liveness', 'routerController.livenessProbe.failureThreshold', {
    routerController: { startupProbe: { enabled: false }, livenessProbe: { periodSeconds: 2, failureThreshold: 2 } },
  }),
  m('conflicts', 'offline Hugging Face without cache', 'routerServer.huggingFace.offline', {
    routerServer: { huggingFace: { offline: true, cache: { enabled: false } } },
  }),
  m('conflicts', 'preStop longer than the grace period', 'routerController.preStopSleepSeconds', {
    routerController: { terminationGracePeriodSeconds: 10, preStopSleepSeconds: 15 },
  }),
  m('conflicts', 'scrape timeout above interval', 'metrics.serviceMonitor.scrapeTimeout', {
    metrics: { serviceMonitor: { enabled: true, interval: '15s', scrapeTimeout: '30s' } },
  }),
];
