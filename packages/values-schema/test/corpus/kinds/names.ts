// Names that become invalid or too long Kubernetes object names or label values.
import { m, type Mistake } from './mistake.js';

export const NAMES: Mistake[] = [
  m('names', 'fullnameOverride starting with a digit (Service names start with a letter)', 'fullnameOverride', {
    fullnameOverride: '1st-llm-router',
  }),
  m('names', 'fullnameOverride of 64 characters', 'fullnameOverride', { fullnameOverride: 'l'.repeat(64) }),
  m('names', 'fullnameOverride ending in a dash', 'fullnameOverride', { fullnameOverride: 'llm-router-' }),
  m('names', 'fullnameOverride with a slash', 'fullnameOverride', { fullnameOverride: 'team/llm-router' }),
  m('names', 'nameOverride in capitals', 'nameOverride', { nameOverride: 'LLMRouter' }),
  m('names', 'nameOverride of 70 characters', 'nameOverride', { nameOverride: 'n'.repeat(70) }),
  m('names', 'nameOverride with an underscore', 'nameOverride', { nameOverride: 'llm_router' }),
  m('names', 'namespaceOverride of 64 characters', 'namespaceOverride', { namespaceOverride: 'n'.repeat(64) }),
  m('names', 'namespaceOverride with a dot', 'namespaceOverride', { namespaceOverride: 'ai.prod' }),
  m('names', 'ServiceAccount name in capitals', 'routerController.serviceAccount.name', {
    routerController: { serviceAccount: { name: 'RouterSA' } },
  }),
  m('names', 'ServiceAccount name of 254 characters', 'routerServer.serviceAccount.name', {
    routerServer: { serviceAccount: { name: 's'.repeat(254) } },
  }),
  m('names', 'priority class with a space', 'routerServer.priorityClassName', { routerServer: { priorityClassName: 'high priority' } }),
  m('names', 'IngressClass in capitals', 'ingress.className', {
    ingress: { enabled: true, className: 'NGINX', hosts: [{ host: 'llm.example.com' }] },
    networkPolicy: { enabled: false },
  }),
  m('names', 'Gateway name with a space', 'gatewayApi.httpRoute.parentRefs[0].name', {
    gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'public gateway' }] } },
  }),
  m('names', 'Gateway namespace with a dot', 'gatewayApi.httpRoute.parentRefs[0].namespace', {
    gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw', namespace: 'gateway.system' }] } },
  }),
  m('names', 'ServiceMonitor namespace in capitals', 'metrics.serviceMonitor.namespace', {
    metrics: { serviceMonitor: { enabled: true, namespace: 'Monitoring' } },
  }),
  m('names', 'dashboard namespace with an underscore', 'metrics.grafanaDashboards.namespace', {
    metrics: { grafanaDashboards: { enabled: true, namespace: 'grafana_dashboards' } },
  }),
  m('names', 'existing ConfigMap in capitals', 'routerController.existingConfigMap', {
    routerController: { existingConfigMap: 'Router-Config' },
  }),
  m('names', 'extra volume name in capitals', 'routerServer.extraVolumes[0].name', {
    routerServer: { extraVolumes: [{ name: 'Scratch', emptyDir: {} }], extraVolumeMounts: [{ name: 'Scratch', mountPath: '/scratch' }] },
  }),
  m('names', 'env var name with a space', 'routerController.extraEnv[0].name', {
    routerController: { extraEnv: [{ name: 'HTTPS PROXY', value: 'http://proxy:3128' }] },
  }),
  m('names', 'controller URL without a scheme', 'app.routerControllerUrl', {
    app: { enabled: true, routerControllerUrl: 'llm-router-router-controller:8084' },
  }),
  m('names', 'label value of 64 characters', 'routerServer.podLabels.team', { routerServer: { podLabels: { team: 't'.repeat(64) } } }),
];
