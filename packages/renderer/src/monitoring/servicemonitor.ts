// ServiceMonitor/PodMonitor builder: Triton :8002 /metrics and the controller's /metrics, with user labels.
import { expr, indented, withValue, spread, type MapNode } from '../gotpl/yaml.js';
import { metadata, selVar } from '../helpers/meta.js';
import { CONTROLLER, SERVER, type Component } from '../helpers/names.js';

const sm = '$.Values.metrics.serviceMonitor';

function endpoint(port: string): MapNode {
  return {
    port,
    path: '/metrics',
    [spread()]: withValue(`${sm}.interval`, { interval: expr('. | quote') }),
    [spread() + 't']: withValue(`${sm}.scrapeTimeout`, { scrapeTimeout: expr('. | quote') }),
  };
}

function monitor(kind: 'ServiceMonitor' | 'PodMonitor', c: Component, port: string): MapNode {
  const meta = metadata({ owner: c, extraLabelsExpr: `${sm}.labels` });
  meta.namespace = expr(`${sm}.namespace | default $namespace`);
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind,
    metadata: meta,
    spec: {
      selector: { matchLabels: indented(`toYaml ${selVar(c)}`) },
      namespaceSelector: { matchNames: [expr('$namespace')] },
      [kind === 'ServiceMonitor' ? 'endpoints' : 'podMetricsEndpoints']: [endpoint(port)],
    },
  };
}

/** Service port names: Triton's metrics port, the controller's HTTP port (it serves /metrics there). */
export const serverServiceMonitor = (): MapNode => monitor('ServiceMonitor', SERVER, 'metrics');
export const controllerServiceMonitor = (): MapNode => monitor('ServiceMonitor', CONTROLLER, 'http');
export const serverPodMonitor = (): MapNode => monitor('PodMonitor', SERVER, 'metrics');
export const controllerPodMonitor = (): MapNode => monitor('PodMonitor', CONTROLLER, 'http');
