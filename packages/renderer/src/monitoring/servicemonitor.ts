// ServiceMonitor/PodMonitor builder (the kind comes from values): Triton :8002 /metrics and the
// controller's /metrics, with user labels.
import { expr, map, when, withValue, yaml, type PlainMap, type YMap } from '../gotpl/yaml.js';
import { metadata, selectorLabels } from '../helpers/meta.js';
import { CONTROLLER, NAMESPACE, SERVER, type Component } from '../helpers/names.js';

const sm = '$.Values.metrics.serviceMonitor';

function endpoint(port: string): YMap {
  return map(
    { port, path: '/metrics' },
    withValue(`${sm}.interval`, { interval: expr('. | quote') }),
    withValue(`${sm}.scrapeTimeout`, { scrapeTimeout: expr('. | quote') }),
  );
}

function monitor(c: Component, port: string): PlainMap {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: expr(`${sm}.kind`),
    metadata: metadata({ owner: c, extraLabelsExpr: `${sm}.labels`, namespaceExpr: `${sm}.namespace | default (${NAMESPACE})` }),
    spec: map(
      {
        selector: { matchLabels: yaml(selectorLabels(c)) },
        namespaceSelector: { matchNames: [expr(NAMESPACE)] },
      },
      when(`eq ${sm}.kind "PodMonitor"`, { podMetricsEndpoints: [endpoint(port)] }, { endpoints: [endpoint(port)] }),
    ),
  };
}

/** Port names: Triton's metrics port, the controller's HTTP port (it serves /metrics there). */
export const serverMonitor = (): PlainMap => monitor(SERVER, 'metrics');
export const controllerMonitor = (): PlainMap => monitor(CONTROLLER, 'http');
