// ServiceMonitor/PodMonitor builder: Triton :8002 /metrics and the controller's /metrics, with user labels.
import { expr, map, withValue, yaml, type PlainMap, type YMap } from '../gotpl/yaml.js';
import { metadata, selVar } from '../helpers/meta.js';
import { CONTROLLER, SERVER, type Component } from '../helpers/names.js';

const sm = '$.Values.metrics.serviceMonitor';

function endpoint(port: string): YMap {
  return map(
    { port, path: '/metrics' },
    withValue(`${sm}.interval`, { interval: expr('. | quote') }),
    withValue(`${sm}.scrapeTimeout`, { scrapeTimeout: expr('. | quote') }),
  );
}

function monitor(kind: 'ServiceMonitor' | 'PodMonitor', c: Component, port: string): PlainMap {
  const meta = metadata({ owner: c, extraLabelsExpr: `${sm}.labels`, namespaceExpr: `${sm}.namespace | default $namespace` });
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind,
    metadata: meta,
    spec: {
      selector: { matchLabels: yaml(`toYaml ${selVar(c)}`) },
      namespaceSelector: { matchNames: [expr('$namespace')] },
      [kind === 'ServiceMonitor' ? 'endpoints' : 'podMetricsEndpoints']: [endpoint(port)],
    },
  };
}

/** Service port names: Triton's metrics port, the controller's HTTP port (it serves /metrics there). */
export const serverServiceMonitor = (): PlainMap => monitor('ServiceMonitor', SERVER, 'metrics');
export const controllerServiceMonitor = (): PlainMap => monitor('ServiceMonitor', CONTROLLER, 'http');
export const serverPodMonitor = (): PlainMap => monitor('PodMonitor', SERVER, 'metrics');
export const controllerPodMonitor = (): PlainMap => monitor('PodMonitor', CONTROLLER, 'http');
