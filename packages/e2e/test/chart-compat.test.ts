// The doubles against the chart as generated: render the committed chart with real helm
// and check that the mock tritonserver accepts the command line the chart passes, that
// the controller double accepts its args and config.yaml, and that the demo-app double
// reads the app's config. Skips (one line) when the chart has not been generated yet.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { helmBinary } from '@llm-router-helm/kube-testkit';
import { parseControllerArgs } from '../doubles/controller/cli.js';
import { loadConfigText } from '../doubles/controller/config.js';
import { parseDemoConfig } from '../doubles/demo-app/server.js';
import { ControllerMetrics } from '../doubles/controller/metrics.js';
import { parseTritonArgs } from '../doubles/triton/cli.js';
import { TritonMetrics } from '../doubles/triton/metrics.js';
import { e2eValues, writeValues } from '../e2e/chart/stack.js';
import { IMAGES } from '../images/definitions.js';

const CHART = path.resolve(__dirname, '../../chart/llm-router');
const EXAMPLES = path.resolve(__dirname, '../../chart/examples');
const present = fs.existsSync(path.join(CHART, 'Chart.yaml'));
if (!present) process.stdout.write(`chart-compat skipped: ${CHART} not generated yet (npx nx run renderer:generate)\n`);

interface K8sObject { kind: string; metadata: { name: string }; data?: Record<string, string>; spec?: any }

async function render(valuesFile: string, extra: string[] = []): Promise<K8sObject[]> {
  const helm = await helmBinary(4);
  const out = execFileSync(helm, ['template', 'e2e', CHART, '-f', path.isAbsolute(valuesFile) ? valuesFile : path.join(EXAMPLES, valuesFile), ...extra], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  return YAML.parseAllDocuments(out).map((d) => d.toJS() as K8sObject).filter(Boolean);
}

function containers(objects: K8sObject[]): Array<{ name: string; command?: string[]; args?: string[] }> {
  return objects.filter((o) => o.kind === 'Deployment').flatMap((o) => [...(o.spec.template.spec.initContainers ?? []), ...o.spec.template.spec.containers]);
}

(present ? describe : describe.skip)('doubles accept what the generated chart passes', () => {
  it.each(['default.yaml', 'app.yaml', 'production-ha.yaml', 'network-policy.yaml', 'monitoring.yaml'])('%s', async (values) => {
    if (!fs.existsSync(path.join(EXAMPLES, values))) return;
    const objects = await render(values);
    const all = containers(objects);
    const triton = all.find((c) => c.command?.[0] === 'tritonserver');
    expect(triton).toBeDefined();
    const options = parseTritonArgs(triton!.args ?? []);
    expect(options.modelRepositories).toHaveLength(1);

    const controller = all.find((c) => c.args?.includes('--config-path'));
    expect(controller).toBeDefined();
    expect(parseControllerArgs(controller!.args!).configPath).toMatch(/\.yaml$/);
    const configMaps = objects.filter((o) => o.kind === 'ConfigMap' && o.data?.['config.yaml']);
    const controllerConfig = configMaps.find((o) => o.data!['config.yaml']!.includes('policies'));
    expect(controllerConfig).toBeDefined();
    const { config } = loadConfigText(controllerConfig!.data!['config.yaml']!, { NVIDIA_API_KEY: 'k' });
    expect(config.policies.map((p) => [p.name, p.llms.length])).toEqual(expect.arrayContaining([['task_router', 12], ['complexity_router', 7]]));
    for (const p of config.policies) expect(p.url).toMatch(/^http:\/\/.+\/v2\/models\/\w+\/infer$/);

    const appConfig = configMaps.find((o) => o.data!['config.yaml']!.includes('router_controller_url'));
    if (values === 'app.yaml') expect(appConfig).toBeDefined();
    if (appConfig) expect(parseDemoConfig(appConfig.data!['config.yaml']!).router_controller_url).toMatch(/^http:\/\//);
  });
});

const PROMQL_WORDS = new Set(['sum', 'min', 'max', 'avg', 'count', 'stddev', 'stdvar', 'topk', 'bottomk', 'quantile', 'count_values', 'group', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan', 'up']);

/** Metric names in a PromQL expression: identifiers that are not functions, keywords, label matchers or durations. */
export function metricNames(expr: string): string[] {
  const stripped = expr.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/"[^"]*"/g, ' ');
  const names: string[] = [];
  for (const m of stripped.matchAll(/(?<![0-9.a-zA-Z_:])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)) {
    if (m[2] || PROMQL_WORDS.has(m[1]!.toLowerCase()) || /^\d/.test(m[1]!)) continue;
    names.push(m[1]!);
  }
  return names;
}

function exprsOf(objects: K8sObject[]): string[] {
  const exprs: string[] = [];
  for (const o of objects) {
    if (o.kind === 'PrometheusRule') for (const g of o.spec.groups) for (const r of g.rules) exprs.push(r.expr);
    if (o.kind === 'ConfigMap') {
      for (const [key, text] of Object.entries(o.data ?? {})) {
        if (!key.endsWith('.json')) continue;
        JSON.stringify(JSON.parse(text), (k, v) => {
          if (k === 'expr' && typeof v === 'string') exprs.push(v);
          return v;
        });
      }
    }
  }
  return exprs;
}

(present ? describe : describe.skip)('the e2e values (doubles) render and match the double images', () => {
  it('renders with the schema and uses only executables the images have', async () => {
    const objects = await render(writeValues(e2eValues(), 'compat'), ['-n', 'llm-router']);
    const executables = new Set(IMAGES.flatMap((d) => d.executables.map((e) => path.basename(e.path))));
    for (const c of containers(objects)) if (c.command) expect(executables.has(path.basename(c.command[0]!))).toBe(true);
    const images = new Set(containers(objects).map((c: any) => c.image as string));
    expect([...images].sort()).toEqual(['llm-router-e2e/demo-app:0.1.0', 'llm-router-e2e/mock-triton:0.1.0', 'llm-router-e2e/router-controller:0.1.0']);
    const tests = objects.filter((o: any) => o.kind === 'Pod').flatMap((o: any) => o.spec.containers.map((c: any) => c.image));
    expect(new Set(tests)).toEqual(new Set(['llm-router-e2e/toolbox:0.1.0']));
  });
});

(present ? describe : describe.skip)('every metric in the generated alerts and dashboards is exported by a double', () => {
  it('monitoring.yaml', async () => {
    if (!fs.existsSync(path.join(EXAMPLES, 'monitoring.yaml'))) return;
    const objects = await render('monitoring.yaml');
    const exprs = exprsOf(objects);
    expect(exprs.length).toBeGreaterThan(0);
    // label names used in by()/without() look like metric names to the tokenizer: drop them
    const labelNames = new Set(exprs.flatMap((e) => [...e.matchAll(/\b(?:by|without|on|ignoring)\s*\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((l) => l.trim()))));
    const wanted = new Set(exprs.flatMap(metricNames).filter((n) => !labelNames.has(n)));
    const triton = new TritonMetrics([{ uuid: 'GPU-0', index: 0 }], 16 * 1024 ** 3);
    triton.initModel('task_router_ensemble', '1');
    const controller = new ControllerMetrics();
    controller.latency.observe(0.1);
    controller.selectionTime.observe(0.01);
    controller.llmTime.observe({ llm: 'x' }, 0.1);
    controller.overhead.observe(0.01);
    controller.recordUsage('x', { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 });
    controller.numRequests.inc();
    controller.requestsPerPolicy.inc({ policy: 'task_router' });
    controller.requestsPerModel.inc({ model: 'm' });
    controller.strategyUsage.inc({ routing_policy: 'triton' });
    controller.recordOutcome(200);
    const exported = (await triton.registry.metrics()) + (await controller.registry.metrics());
    const missing = [...wanted].filter((n) => !new RegExp(`^${n}[{ ]`, 'm').test(exported));
    expect(missing).toEqual([]);
    expect(wanted.size).toBeGreaterThan(5);
  });
});
