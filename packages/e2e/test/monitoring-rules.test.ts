// The chart's alert expressions unit-tested with Prometheus's own `promtool test rules`, on
// series built from what the programs export: the real Triton 2.51's recorded series (composing
// models and the `reason` label included) and the controller double's, labelled as Prometheus
// would scrape them. Scenarios: healthy CPU-only (no nv_gpu_* series at all), everything failing,
// and a GPU present. Also checks that every dashboard query returns data on those series.
import fs from 'node:fs';
import path from 'node:path';
import { forNamespace, NAMESPACE, RELEASE, renderMonitoring, type Alert, type ChartMonitoring } from '../monitoring/chart-monitoring.js';
import { controllerScenarioMetrics } from '../monitoring/controller-scenario.js';
import { familyOf, parseExposition, type Sample } from '../monitoring/exposition.js';
import { TRITON_FIXTURE } from '../monitoring/known-series.js';
import { ensurePromtool, testRules } from '../monitoring/promtool.js';
import { inputSeries, seriesName, values, type InputSeries, type Shape, type Target } from '../monitoring/series.js';

const chartPresent = fs.existsSync(path.resolve(__dirname, '../../chart/llm-router/Chart.yaml'));
if (!chartPresent) process.stdout.write('monitoring-rules skipped: chart not generated yet (npx nx run renderer:generate)\n');

// a cold promtool build from the Go module proxy takes minutes (CI builds it before npm test)
jest.setTimeout(45 * 60_000);

const SERVER: Target = {
  namespace: NAMESPACE,
  pod: `${RELEASE}-llm-router-router-server-6d5f8b7c9-x7k2p`,
  job: `${RELEASE}-llm-router-router-server`,
  instance: '10.244.1.7:8002',
};
const CONTROLLER: Target = {
  namespace: NAMESPACE,
  pod: `${RELEASE}-llm-router-router-controller-7c9d4f5b8-q4m1z`,
  job: `${RELEASE}-llm-router-router-controller`,
  instance: '10.244.2.3:8084',
};
const GPU = 'GPU-5d3a1c2e-9f7b-4e6a-8c1d-2b3e4f5a6b7c';
const EVAL = '15m';

interface Scenario {
  name: string;
  serverUp: 0 | 1;
  ready: 0 | 1;
  tritonFailures: boolean;
  controllerFailures: boolean;
  slow: boolean;
  gpu: boolean;
  firing: Record<string, Array<Record<string, string>>>;
}

function tritonShape(s: Sample, sc: Scenario, types: Map<string, string>): Shape {
  const counter = types.get(familyOf(s.name, types)) === 'counter';
  if (!counter) return { constant: s.value };
  if (s.name === 'nv_inference_request_failure') {
    return { ramp: sc.tritonFailures && s.labels.model === 'task_router_ensemble' && s.labels.reason === 'OTHER' ? 10 : 0 };
  }
  return { ramp: s.name === 'nv_inference_request_success' ? 10 : Math.max(1, s.value / 10) };
}

function controllerShape(s: Sample, sc: Scenario): Shape {
  if (s.name === 'request_failure_total') return { ramp: sc.controllerFailures && s.labels.error_type === '5xx' ? 50 : 0 };
  if (s.name === 'request_latency_seconds_bucket') {
    // slow: every request beyond the highest finite bucket; fast: all in the first bucket
    return { ramp: sc.slow ? (s.labels.le === '+Inf' ? 100 : 0) : 100 };
  }
  if (s.name.endsWith('_bucket') || s.name.endsWith('_count') || s.name === 'num_requests') return { ramp: 100 };
  if (s.name.endsWith('_sum')) return { ramp: sc.slow ? 2000 : 1 };
  return { ramp: 10 };
}

function scenarioSeries(
  sc: Scenario,
  triton: ReturnType<typeof parseExposition>,
  controller: ReturnType<typeof parseExposition>,
): InputSeries[] {
  const series = [
    ...inputSeries(triton.samples, SERVER, (s) => tritonShape(s, sc, triton.types)),
    ...inputSeries(controller.samples, CONTROLLER, (s) => controllerShape(s, sc)),
    { series: seriesName('up', SERVER), values: values({ constant: sc.serverUp }) },
    { series: seriesName('up', CONTROLLER), values: values({ constant: 1 }) },
    {
      series: seriesName('kube_pod_status_ready', {
        namespace: NAMESPACE,
        pod: SERVER.pod,
        uid: 'u1',
        condition: 'true',
        job: 'kube-state-metrics',
      }),
      values: values({ constant: sc.ready }),
    },
    {
      series: seriesName('kube_pod_status_ready', {
        namespace: NAMESPACE,
        pod: SERVER.pod,
        uid: 'u1',
        condition: 'false',
        job: 'kube-state-metrics',
      }),
      values: values({ constant: 1 - sc.ready }),
    },
  ];
  if (sc.gpu) {
    const g = { ...SERVER, gpu_uuid: GPU };
    series.push(
      { series: seriesName('nv_gpu_utilization', g), values: values({ constant: 0.4 }) },
      { series: seriesName('nv_gpu_memory_total_bytes', g), values: values({ constant: 16e9 }) },
      { series: seriesName('nv_gpu_memory_used_bytes', g), values: values({ constant: 15.5e9 }) },
      { series: seriesName('nv_gpu_power_usage', g), values: values({ constant: 180 }) },
    );
  }
  return series;
}

/** What Prometheus puts on a firing alert: the expression's labels, the rule's labels, annotations with $labels expanded. */
function expected(rule: Alert, exprLabels: Record<string, string>) {
  const expand = (t: string) => t.replace(/\{\{\s*\$labels\.([a-zA-Z_]+)\s*\}\}/g, (_, l: string) => exprLabels[l] ?? '');
  return {
    exp_labels: { ...exprLabels, ...rule.labels },
    exp_annotations: Object.fromEntries(Object.entries(rule.annotations).map(([k, v]) => [k, expand(v)])),
  };
}

const HEALTHY: Scenario = {
  name: 'healthy, CPU-only: only the GPU-metrics-missing info alert',
  serverUp: 1,
  ready: 1,
  tritonFailures: false,
  controllerFailures: false,
  slow: false,
  gpu: false,
  firing: { LLMRouterGpuMetricsMissing: [{ namespace: NAMESPACE }] },
};
const FAILING: Scenario = {
  name: 'server down and unready, controller failing and slow, Triton failing',
  serverUp: 0,
  ready: 0,
  tritonFailures: true,
  controllerFailures: true,
  slow: true,
  gpu: false,
  firing: {
    LLMRouterServerDown: [{}],
    LLMRouterServerNotReady: [{ pod: SERVER.pod }],
    LLMRouterControllerErrorRatio: [{}],
    LLMRouterControllerLatencyHigh: [{}],
    LLMRouterTritonInferenceFailures: [{ model: 'task_router_ensemble', reason: 'OTHER' }],
  },
};
const GPU_FULL: Scenario = {
  name: 'a GPU with its memory nearly full',
  serverUp: 1,
  ready: 1,
  tritonFailures: false,
  controllerFailures: false,
  slow: false,
  gpu: true,
  firing: { LLMRouterGpuMemoryHigh: [{ gpu_uuid: GPU }] },
};

(chartPresent ? describe : describe.skip)('alert rules under promtool test rules', () => {
  let chart: ChartMonitoring;
  let promtool: string;
  let triton: ReturnType<typeof parseExposition>;
  let controller: ReturnType<typeof parseExposition>;

  beforeAll(async () => {
    promtool = ensurePromtool();
    chart = await renderMonitoring();
    triton = parseExposition(fs.readFileSync(TRITON_FIXTURE, 'utf8'));
    controller = parseExposition(await controllerScenarioMetrics());
  });

  const run = (tests: unknown[]) => {
    const r = testRules(promtool, chart.ruleGroups, tests);
    if (!r.ok) throw new Error(`promtool test rules failed (files in ${r.dir}):\n${r.output}`);
    return r;
  };

  it.each([HEALTHY, FAILING, GPU_FULL])('$name', (sc) => {
    const alertTests = chart.alerts.map((rule) => ({
      eval_time: EVAL,
      alertname: rule.alert,
      exp_alerts: (sc.firing[rule.alert] ?? []).map((labels) => expected(rule, labels)),
    }));
    const fired = Object.keys(sc.firing);
    expect(fired.filter((a) => !chart.alerts.some((r) => r.alert === a))).toEqual([]);
    run([{ interval: '1m', input_series: scenarioSeries(sc, triton, controller), alert_rule_test: alertTests }]);
  });

  it('LLMRouterControllerLatencyHigh fires at the default threshold although histogram_quantile never exceeds the highest finite bucket (10 s)', () => {
    const rule = chart.alerts.find((a) => a.alert === 'LLMRouterControllerLatencyHigh')!;
    expect(rule.expr).toMatch(/>= 10$/);
  });

  it('every dashboard query returns data (GPU panels only where a GPU is present)', () => {
    const busy: Scenario = { ...FAILING, serverUp: 1, ready: 1, gpu: true, firing: {} };
    const queries = chart.panels.flatMap((p) => p.targets.map((t) => forNamespace(t.expr)));
    const exprTests = queries.map((q) => ({ expr: `count(${q}) > bool 0`, eval_time: EVAL, exp_samples: [{ labels: '{}', value: 1 }] }));
    run([{ interval: '1m', input_series: scenarioSeries(busy, triton, controller), promql_expr_test: exprTests }]);
    const cpuOnly = queries.filter((q) => !q.includes('nv_gpu_'));
    const cpuTests = cpuOnly.map((q) => ({ expr: `count(${q}) > bool 0`, eval_time: EVAL, exp_samples: [{ labels: '{}', value: 1 }] }));
    run([{ interval: '1m', input_series: scenarioSeries({ ...busy, gpu: false }, triton, controller), promql_expr_test: cpuTests }]);
    expect(queries.length - cpuOnly.length).toBe(3);
  });
});
