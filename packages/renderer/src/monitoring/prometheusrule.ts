// PrometheusRule builder: server down / not ready (naming the model-load cause), controller error
// ratio and p99 latency, Triton inference failures by model and reason, GPU memory, and an info
// alert when Triton exports no GPU series (the GPU alerts cannot fire then). Metric names come
// from metric-names.ts (checked against a real Triton 2.51 and the controller double by the e2e
// package's monitoring tests), thresholds from values.
import { expr, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { CONTROLLER, NAMESPACE, nameOf, SERVER } from '../helpers/names.js';
import { CONTROLLER_METRICS as C, KUBE_STATE_METRICS as K, TRITON_METRICS as T } from './metric-names.js';

const pr = '$.Values.metrics.prometheusRule';

/** PromQL label matchers for a component's pods, computed once: `$serverMatch`, `$controllerMatch`. */
export const RULE_VARS = [
  `{{- $serverMatch := printf "namespace=%q,pod=~%q" (${NAMESPACE}) (printf "%s-.*" (${nameOf(SERVER.label)})) }}`,
  `{{- $controllerMatch := printf "namespace=%q,pod=~%q" (${NAMESPACE}) (printf "%s-.*" (${nameOf(CONTROLLER.label)})) }}`,
];

export interface Rule {
  alert: string;
  /** printf format; %[1]s = server matchers, %[2]s = controller matchers, %[3]v = threshold */
  promql: string;
  threshold?: string;
  severity: 'critical' | 'warning' | 'info';
  /** one line for the README table; may use Prometheus's {{ $labels.x }} in the rendered annotation */
  summary: string;
  /** what to look at; rendered as the alert's description annotation */
  description: string;
}

const loadFailure =
  'A model that fails to load crash-loops the pod with routerServer.triton.exitOnError=true (Triton exits 1) and keeps it Running but not Ready with false (no traffic reaches it); kubectl logs (add --previous for a crash loop) of the router-server shows "failed to load" with the model and the reason.';

export const RULES: Rule[] = [
  {
    alert: 'LLMRouterServerDown',
    promql: '(sum(up{%[1]s}) or vector(0)) == 0',
    severity: 'critical',
    summary: 'No router-server (Triton) target is up; the controller cannot classify prompts.',
    description: `Triton's metrics port answers on no router-server pod: the pods are not running, still loading models (Triton opens no port before every model has loaded), or crash-looping. ${loadFailure}`,
  },
  {
    alert: 'LLMRouterServerNotReady',
    promql: `max by (pod) (${K.podReady}{condition="true",%[1]s}) == 0`,
    severity: 'warning',
    summary: 'A router-server pod has not been Ready for the alert window (needs kube-state-metrics).',
    description: `Pod {{ $labels.pod }} is not Ready. ${loadFailure} A slow load past the startup probe budget restarts the pod instead.`,
  },
  {
    alert: 'LLMRouterControllerErrorRatio',
    promql: `sum(rate(${C.failure}{%[2]s}[5m])) / clamp_min(sum(rate(${C.requests}{%[2]s}[5m])), 1e-9) > %[3]v`,
    threshold: `${pr}.errorRatio`,
    severity: 'warning',
    summary: 'The router-controller fails more requests than the configured ratio.',
    description:
      'request_failure_total by error_type tells 4xx (bad requests), 5xx (Triton or LLM errors) and system (connections the controller closed without a reply, e.g. an unreachable LLM) apart.',
  },
  {
    alert: 'LLMRouterControllerLatencyHigh',
    promql: `histogram_quantile(0.99, sum by (le) (rate(${C.latency}_bucket{%[2]s}[5m]))) >= %[3]v`,
    threshold: `${pr}.latencyP99Seconds`,
    severity: 'warning',
    summary: 'p99 request latency of the router-controller is at or above the configured seconds.',
    // ">=": the controller's histogram has no bucket above 10 s, so histogram_quantile never reports more
    // than 10; with ">" the default threshold (10) could never fire
    description:
      'Compare model_selection_time_seconds (the Triton call) with llm_response_time_seconds (the LLM) to see which side is slow. The latency histogram ends at 10 s, so a p99 of 10 means 10 s or more.',
  },
  {
    alert: 'LLMRouterTritonInferenceFailures',
    promql:
      `sum by (model, reason) (rate(${T.failure}{%[1]s}[5m])) / on (model) group_left () ` +
      `clamp_min(sum by (model) (rate(${T.success}{%[1]s}[5m])) + sum by (model) (rate(${T.failure}{%[1]s}[5m])), 1e-9) > %[3]v`,
    threshold: `${pr}.errorRatio`,
    severity: 'warning',
    summary: 'A Triton model (ensemble or composing model) fails more inferences than the configured ratio, by failure reason.',
    description:
      'Model {{ $labels.model }} fails with reason {{ $labels.reason }}. An error from a composing Python model shows up on the ensemble with reason OTHER; requests rejected before execution (wrong input name or type) are not counted.',
  },
  {
    alert: 'LLMRouterGpuMemoryHigh',
    promql: `max by (gpu_uuid) (${T.gpuMemoryUsed}{%[1]s} / ${T.gpuMemoryTotal}{%[1]s}) > %[3]v`,
    threshold: `${pr}.gpuMemoryRatio`,
    severity: 'warning',
    summary: 'GPU memory used by Triton is above the configured ratio of the total.',
    description: 'GPU {{ $labels.gpu_uuid }}. Never fires where Triton exports no nv_gpu_* series (see LLMRouterGpuMetricsMissing).',
  },
  {
    alert: 'LLMRouterGpuMetricsMissing',
    promql: `absent(${T.gpuMemoryTotal}{%[1]s}) and on () (sum(up{%[1]s}) > 0)`,
    severity: 'info',
    summary: 'Triton is up but exports no nv_gpu_* series, so LLMRouterGpuMemoryHigh cannot fire.',
    description:
      'Triton sees no GPU (CPU-only node, no nvidia.com/gpu in the pod, or no driver), runs with --allow-gpu-metrics=false, or its image lacks DCGM. The GPU dashboard panels stay empty too.',
  },
];

/** `{{ $labels.x }}` must reach Prometheus untouched: emitted as a Go raw string (so no backticks in the text). */
const promText = (text: string) => (text.includes('{{') ? expr(`\`${text}\` | quote`) : text);

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
            annotations: { summary: promText(r.summary), description: promText(r.description) },
          })),
        },
      ],
    },
  };
}
