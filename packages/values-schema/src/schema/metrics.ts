// Monitoring: scrape config, alert rules and Grafana dashboards, each only when enabled (CRDs may be absent).
import { z } from 'zod';
import { block, bool, doc, duration, labelMap, nullableNamespace, nullableString } from './primitives.js';

const ratio = (description: string, def: number) => doc(z.number().gt(0).max(1), description).default(def);

export const metricsSchema = block('Prometheus Operator and Grafana integration.', {
  onlyWhenApiAvailable: bool(
    'Render the ServiceMonitor/PodMonitor/PrometheusRule only when the cluster serves monitoring.coreos.com/v1 (checked via .Capabilities; helm template then needs --api-versions). Off: render whenever enabled.',
    false,
  ),
  serviceMonitor: doc(
    z.strictObject({
      enabled: bool('Render a ServiceMonitor (or PodMonitor) for Triton :8002 and the controller /metrics.', false),
      kind: doc(z.enum(['ServiceMonitor', 'PodMonitor']), 'Which Prometheus Operator resource to render.').default('ServiceMonitor'),
      namespace: nullableNamespace('Namespace for the monitor; null uses the release namespace.'),
      labels: labelMap('Extra labels so Prometheus selects the monitor (e.g. release: kube-prometheus-stack).', {}, [
        { release: 'kube-prometheus-stack' },
      ]),
      interval: duration('Scrape interval.', '30s'),
      scrapeTimeout: duration('Scrape timeout (must not exceed interval).', '10s'),
    }),
    'Scrape configuration.',
  ).prefault({}),
  prometheusRule: block('Alerting rules.', {
    enabled: bool('Render a PrometheusRule (server down, error ratio, latency, GPU memory).', false),
    labels: labelMap('Extra labels so Prometheus selects the rule.'),
    for: duration('How long a condition must hold before an alert fires.', '5m'),
    errorRatio: ratio("Alert when the controller's failed/total request ratio exceeds this.", 0.05),
    latencyP99Seconds: doc(
      z.number().gt(0).lte(10, {
        error:
          "must be at most 10: the controller's latency histogram ends at 10 s, so its p99 never reads higher and the alert could never fire",
      }),
      "Alert when p99 controller request latency reaches this many seconds (at most 10: the histogram's highest bucket).",
    ).default(10),
    gpuMemoryRatio: ratio('Alert when used/total GPU memory exceeds this.', 0.9),
  }),
  grafanaDashboards: block('Grafana dashboards as ConfigMaps picked up by the Grafana sidecar.', {
    enabled: bool('Render the dashboard ConfigMap.', false),
    sidecarLabel: labelMap('Label the Grafana dashboard sidecar watches for.', { grafana_dashboard: '1' }),
    folder: nullableString('Grafana folder (grafana_folder annotation).', null, ['LLM Router']),
    namespace: nullableNamespace('Namespace for the ConfigMap; null uses the release namespace.'),
  }),
});

export const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
/** Seconds of a Prometheus duration like "1m30s". */
export function seconds(d: string): number {
  let total = 0;
  for (const m of d.matchAll(/([0-9]+)(ms|s|m|h|d|w|y)/g)) total += Number(m[1]) * (DURATION_UNITS[m[2] as string] ?? 0);
  return total;
}
