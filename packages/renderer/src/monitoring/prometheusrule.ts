// PrometheusRule builder: server down, controller error ratio, p99 latency, GPU memory; metric names
// come from metric-names.ts (the runtime contract), thresholds from values.
import { expr, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { CONTROLLER, NAMESPACE, nameOf, SERVER } from '../helpers/names.js';
import { CONTROLLER_METRICS as C, TRITON_METRICS as T } from './metric-names.js';

const pr = '$.Values.metrics.prometheusRule';

/** PromQL label matchers for a component's pods, computed once: `$serverMatch`, `$controllerMatch`. */
export const RULE_VARS = [
  `{{- $serverMatch := printf "namespace=%q,pod=~%q" (${NAMESPACE}) (printf "%s-.*" (${nameOf(SERVER.label)})) }}`,
  `{{- $controllerMatch := printf "namespace=%q,pod=~%q" (${NAMESPACE}) (printf "%s-.*" (${nameOf(CONTROLLER.label)})) }}`,
];

interface Rule {
  alert: string;
  /** printf format; %[1]s = server matchers, %[2]s = controller matchers, %[3]v = threshold */
  promql: string;
  threshold?: string;
  severity: 'critical' | 'warning';
  summary: string;
}

export const RULES: Rule[] = [
  {
    alert: 'LLMRouterServerDown',
    promql: '(sum(up{%[1]s}) or vector(0)) == 0',
    severity: 'critical',
    summary: 'No router-server (Triton) target is up; the controller cannot classify prompts.',
  },
  {
    alert: 'LLMRouterControllerErrorRatio',
    promql: `sum(rate(${C.failure}{%[2]s}[5m])) / clamp_min(sum(rate(${C.requests}{%[2]s}[5m])), 1e-9) > %[3]v`,
    threshold: `${pr}.errorRatio`,
    severity: 'warning',
    summary: 'The router-controller fails more requests than the configured ratio.',
  },
  {
    alert: 'LLMRouterControllerLatencyHigh',
    promql: `histogram_quantile(0.99, sum by (le) (rate(${C.latency}_bucket{%[2]s}[5m]))) > %[3]v`,
    threshold: `${pr}.latencyP99Seconds`,
    severity: 'warning',
    summary: 'p99 request latency of the router-controller is above the configured seconds.',
  },
  {
    alert: 'LLMRouterGpuMemoryHigh',
    promql: `max by (gpu_uuid) (${T.gpuMemoryUsed}{%[1]s} / ${T.gpuMemoryTotal}{%[1]s}) > %[3]v`,
    threshold: `${pr}.gpuMemoryRatio`,
    severity: 'warning',
    summary: 'GPU memory used by Triton is above the configured ratio of the total.',
  },
];

export function prometheusRule(): PlainMap {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: metadata({ owner: 'chart', suffix: 'rules', extraLabelsExpr: `${pr}.labels` }),
    spec: {
      groups: [
        {
          name: 'llm-router',
          rules: RULES.map((r) => ({
            alert: r.alert,
            expr: expr(`printf ${JSON.stringify(r.promql)} $serverMatch $controllerMatch ${r.threshold ?? '0'} | quote`),
            for: expr(`${pr}.for | default "5m" | quote`),
            labels: { severity: r.severity },
            annotations: { summary: r.summary },
          })),
        },
      ],
    },
  };
}
