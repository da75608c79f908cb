import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, expandEnv, loadConfigText, parseConfig } from '../doubles/controller/config.js';
import { parseControllerArgs, UsageError } from '../doubles/controller/cli.js';
import { startController } from '../doubles/controller/server.js';
import { startLlmDouble, type SeenRequest } from '../doubles/llm/server.js';
import { tritonForTests } from '../triton/install.js';
import { COMPLEXITY_CLASSES, TASK_CLASSES } from '../triton/routers.js';
import { seededRepository, startTriton, type TritonProcess } from '../triton/run.js';
import { request, waitForHttp } from './helpers.js';

const install = tritonForTests('controller.test (routing through Triton)');

// The upstream chart's default routing table (runtime contract), in class order.
const TASK_MODELS: Record<string, string> = {
  Brainstorming: 'meta/llama-3.1-70b-instruct', Chatbot: 'mistralai/mixtral-8x22b-instruct-v0.1', Classification: 'meta/llama-3.1-8b-instruct',
  'Closed QA': 'meta/llama-3.1-70b-instruct', 'Code Generation': 'nvidia/llama-3.3-nemotron-super-49b-v1', Extraction: 'meta/llama-3.1-8b-instruct',
  'Open QA': 'meta/llama-3.1-70b-instruct', Other: 'mistralai/mixtral-8x22b-instruct-v0.1', Rewrite: 'meta/llama-3.1-8b-instruct',
  Summarization: 'meta/llama-3.1-70b-instruct', 'Text Generation': 'mistralai/mixtral-8x22b-instruct-v0.1', Unknown: 'meta/llama-3.1-8b-instruct',
};
const COMPLEXITY_MODELS: Record<string, string> = {
  Creativity: 'meta/llama-3.1-70b-instruct', Reasoning: 'nvidia/llama-3.3-nemotron-super-49b-v1', 'Contextual-Knowledge': 'meta/llama-3.1-8b-instruct',
  'Few-Shot': 'meta/llama-3.1-70b-instruct', 'Domain-Knowledge': 'mistralai/mixtral-8x22b-instruct-v0.1', 'No-Label-Reason': 'meta/llama-3.1-8b-instruct',
  Constraint: 'meta/llama-3.1-8b-instruct',
};

function llmsYaml(classes: readonly string[], models: Record<string, string>, apiBase: string, apiKey = '${NVIDIA_API_KEY}'): string {
  return classes.map((c) => `      - name: ${JSON.stringify(c)}\n        api_base: ${apiBase}\n        api_key: "${apiKey}"\n        model: ${models[c]}\n`).join('');
}

function startFakeTriton(reply: unknown): Promise<http.Server> {
  const s = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply)));
  });
  return new Promise((r) => s.listen(0, '127.0.0.1', () => r(s)));
}

describe('controller config', () => {
  it('expands ${VAR} from the environment and leaves unset ones literal with a warning', () => {
    const r = expandEnv('a: ${SET_ONE}\nb: ${NOT_SET}\nc: $PLAIN\n', { SET_ONE: 'x' });
    expect(r.text).toBe('a: x\nb: ${NOT_SET}\nc: $PLAIN\n');
    expect(r.warnings).toEqual(['environment variable NOT_SET is not set; leaving ${NOT_SET} as is']);
  });

  it('expansion happens before YAML parsing (a variable can carry YAML)', () => {
    const { config } = loadConfigText('policies: ${POLICIES}\n', { POLICIES: '[{name: p, url: "http://t", llms: []}]' });
    expect(config.policies[0]!.name).toBe('p');
  });

  it.each(['name', 'api_base', 'api_key', 'model'])('an empty llm %s refuses to start', (field) => {
    const llm: Record<string, string> = { name: 'a', api_base: 'http://b', api_key: 'k', model: 'm' };
    llm[field] = '';
    const text = `policies:\n  - name: p\n    url: http://t\n    llms:\n      - ${Object.entries(llm).map(([k, v]) => `${k}: "${v}"`).join('\n        ')}\n`;
    expect(() => parseConfig(text)).toThrow(ConfigError);
    expect(() => parseConfig(text)).toThrow(new RegExp(`policies\\[0\\]\\.llms\\[0\\]\\.${field}: must not be empty`));
  });

  it('an api_key from an unset variable stays literal (no startup failure)', () => {
    const { config, warnings } = loadConfigText('policies:\n  - name: p\n    url: http://t\n    llms:\n      - {name: a, api_base: "http://b", api_key: "${NVIDIA_API_KEY}", model: m}\n', {});
    expect(config.policies[0]!.llms[0]!.api_key).toBe('${NVIDIA_API_KEY}');
    expect(warnings).toHaveLength(1);
  });

  it('takes only --config-path; CONFIG_PATH is not a substitute', () => {
    expect(parseControllerArgs(['--config-path', '/app/config.yaml'])).toEqual({ configPath: '/app/config.yaml' });
    expect(parseControllerArgs(['--config-path=/x.yaml'])).toEqual({ configPath: '/x.yaml' });
    expect(() => parseControllerArgs([])).toThrow(UsageError);
    expect(() => parseControllerArgs(['--config', 'x'])).toThrow(/unexpected argument '--config'/);
  });
});

(install ? describe : describe.skip)('controller double routing: controller -> real Triton (stand-in models) -> LLM double', () => {
  jest.setTimeout(480_000);
  let triton: TritonProcess;
  let llm: Awaited<ReturnType<typeof startLlmDouble>>;
  let controller: Awaited<ReturnType<typeof startController>>;
  let fakeNoParams: http.Server;
  let base: string;
  const chat = (body: Record<string, unknown>, headers: Record<string, string> = {}) => request(`${base}/v1/chat/completions`, { body, headers });
  const ext = (policy: string, extra: Record<string, unknown> = {}) => ({ policy, routing_strategy: 'triton', ...extra });
  const lastSeen = (): SeenRequest => llm.seen.at(-1)!;

  beforeAll(async () => {
    triton = await startTriton(install!, seededRepository(install!));
    await waitForHttp(`${triton.http}/v2/health/ready`, 200, 360_000, triton);
    llm = await startLlmDouble({ apiKey: 'secret-from-the-secret', models: ['m'], delayMs: 0, maxSeen: 100 }, 0, '127.0.0.1');
    fakeNoParams = await startFakeTriton({ model_name: 'x', model_version: '1', outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [1, 2], data: [0, 1] }] });
    const t = `${triton.http}/v2/models`;
    const l = `http://127.0.0.1:${llm.port}`;
    const yaml = `policies:
  - name: task_router
    url: ${t}/task_router_ensemble/infer
    llms:
${llmsYaml(TASK_CLASSES, TASK_MODELS, l)}  - name: complexity_router
    url: ${t}/complexity_router_ensemble/infer
    llms:
${llmsYaml(COMPLEXITY_CLASSES, COMPLEXITY_MODELS, l)}  - name: triton_down
    url: http://127.0.0.1:1/v2/models/task_router_ensemble/infer
    llms:
${llmsYaml(['Other'], { Other: 'm' }, l)}  - name: unknown_model
    url: ${t}/no_such_model/infer
    llms:
${llmsYaml(['Other'], { Other: 'm' }, l)}  - name: no_parameters
    url: http://127.0.0.1:${(fakeNoParams.address() as AddressInfo).port}/infer
    llms:
${llmsYaml(['A', 'B'], { A: 'm', B: 'm' }, l)}  - name: llm_trouble
    url: ${t}/task_router_ensemble/infer
    llms:
${llmsYaml(['failing'], { failing: 'org/fail-503' }, l)}${llmsYaml(['wrong key'], { 'wrong key': 'm' }, l, 'not-the-key')}${llmsYaml(['gone'], { gone: 'm' }, 'http://127.0.0.1:1')}`;
    const { config } = loadConfigText(yaml, { NVIDIA_API_KEY: 'secret-from-the-secret' });
    controller = await startController(config, 0, '127.0.0.1');
    base = `http://127.0.0.1:${controller.port}`;
  });
  afterAll(async () => {
    await controller.close();
    await llm.close();
    await triton.stop();
    fakeNoParams.close();
  });

  it('/health, /config (keys redacted) and 404 {"path":"Unavailable"} for any other path', async () => {
    expect((await request(`${base}/health`)).json()).toEqual({ status: 'OK' });
    const cfg = await request(`${base}/config`);
    expect(cfg.text).not.toContain('secret-from-the-secret');
    expect(cfg.json().policies[0].llms[4]).toEqual({ name: 'Code Generation', api_base: `http://127.0.0.1:${llm.port}`, api_key: '[REDACTED]', model: 'nvidia/llama-3.3-nemotron-super-49b-v1' });
    for (const p of ['/v1/completions', '/v1/models', '/']) {
      const r = await request(`${base}${p}`);
      expect([r.status, r.json()]).toEqual([404, { path: 'Unavailable' }]);
    }
  });

  it.each([
    ['task_router', 'Write a python function to sort a list', 'Code Generation', TASK_MODELS],
    ['task_router', 'Summarize the following text', 'Summarization', TASK_MODELS],
    ['task_router', 'hello!', 'Chatbot', TASK_MODELS],
    ['complexity_router', 'Explain why the sky is blue, step by step', 'Reasoning', COMPLEXITY_MODELS],
    ['complexity_router', 'Imagine a story about dragons', 'Creativity', COMPLEXITY_MODELS],
  ])('%s routes %j to %s', async (policy, text, chosen, models) => {
    const r = await chat({ model: 'ignored', messages: [{ role: 'user', content: text }], 'nim-llm-router': ext(policy) }, { authorization: 'Bearer client-token' });
    expect(r.status).toBe(200);
    expect(r.headers['x-chosen-classifier']).toBe(chosen);
    expect(r.json().model).toBe(models[chosen]);
    const seen = lastSeen();
    expect(seen).toMatchObject({ model: models[chosen], bearer: 'secret-from-the-secret', authorized: true, accept: 'application/json', hasRouterExtension: false, path: '/v1/chat/completions' });
  });

  it('classifies the LAST message only; non-string content makes the text empty', async () => {
    await chat({ messages: [{ role: 'user', content: 'write python code' }, { role: 'user', content: 'summarize' }], 'nim-llm-router': ext('task_router') })
      .then((r) => expect(r.headers['x-chosen-classifier']).toBe('Summarization'));
    await chat({ messages: [{ role: 'user', content: [{ type: 'text', text: 'code' }] }, { role: 'user', content: 'summarize' }], 'nim-llm-router': ext('task_router') })
      .then((r) => expect(r.headers['x-chosen-classifier']).toBe('Unknown'));
  });

  /** Inference requests the task router ensemble has served (Triton's own counter). */
  const tritonInferences = async () => {
    const m = /^nv_inference_request_success\{model="task_router_ensemble",version="1"\} (\d+)$/m.exec((await request(`${triton.metrics}/metrics`)).text);
    return Number(m![1]);
  };

  it('manual strategy uses the named llm entry without calling Triton', async () => {
    const before = await tritonInferences();
    expect(before).toBeGreaterThan(0);
    const r = await chat({ messages: [{ role: 'user', content: 'write code' }], 'nim-llm-router': { policy: 'task_router', routing_strategy: 'manual', model: 'Rewrite' } });
    expect(r.status).toBe(200);
    expect(r.headers['x-chosen-classifier']).toBe('Rewrite');
    expect(lastSeen().model).toBe('meta/llama-3.1-8b-instruct');
    expect(await tritonInferences()).toBe(before);
  });

  it('keeps the query string and serves /completions too', async () => {
    const r = await request(`${base}/completions?trace=1`, { body: { prompt: 'x', messages: [{ role: 'user', content: 'summarize' }], 'nim-llm-router': ext('task_router') } });
    expect(r.status).toBe(200);
    expect(lastSeen().path).toBe('/completions?trace=1');
  });

  it('streams SSE only for POST + Content-Type application/json + stream:true', async () => {
    const body = { messages: [{ role: 'user', content: 'write a poem' }], stream: true, 'nim-llm-router': ext('task_router') };
    const r = await chat(body);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/event-stream');
    expect(r.headers['x-chosen-classifier']).toBe('Text Generation');
    expect(r.text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    const deltas = r.text.split('\n').filter((l) => l.startsWith('data: {')).map((l) => JSON.parse(l.slice(6)));
    expect(deltas.every((d) => d.model === TASK_MODELS['Text Generation'])).toBe(true);
    // Same body with a content type carrying a charset is relayed buffered (still SSE text from the LLM).
    const buffered = await chat(body, { 'content-type': 'application/json; charset=utf-8' });
    expect(buffered.status).toBe(200);
    expect(buffered.headers['content-length']).toBeDefined();
  });

  it.each([
    ['missing extension', { messages: [] }, 400],
    ['extension without policy', { 'nim-llm-router': { routing_strategy: 'triton' } }, 400],
    ['unknown strategy', { 'nim-llm-router': { policy: 'task_router', routing_strategy: 'random' } }, 400],
    ['manual without a known model', { 'nim-llm-router': { policy: 'task_router', routing_strategy: 'manual', model: 'Nope' } }, 400],
    ['unknown policy', { 'nim-llm-router': { policy: 'no_such_policy' } }, 404],
  ])('%s (body %j) -> %d {"error":{"message","status"}}', async (_name, body, status) => {
    const r = await chat(body as Record<string, unknown>);
    expect(r.status).toBe(status);
    expect(r.json()).toEqual({ error: { message: expect.any(String), status } });
  });

  it('invalid JSON is a 400', async () => {
    expect((await request(`${base}/v1/chat/completions`, { body: '{nope' })).status).toBe(400);
  });

  it('Triton unreachable -> 503, Triton non-2xx passed through, reply without parameters -> 500', async () => {
    const msg = [{ role: 'user', content: 'x' }];
    expect((await chat({ messages: msg, 'nim-llm-router': ext('triton_down') })).status).toBe(503);
    const passed = await chat({ messages: msg, 'nim-llm-router': ext('unknown_model') });
    expect([passed.status, passed.json()]).toEqual([404, { error: "Request for unknown model: 'no_such_model' is not found" }]);
    const bad = await chat({ messages: msg, 'nim-llm-router': ext('no_parameters') });
    expect(bad.status).toBe(500);
    expect(bad.json().error.message).toMatch(/parameters missing/);
  });

  it('LLM non-2xx passed through (with X-Chosen-Classifier); unreachable LLM drops the connection', async () => {
    const manual = (model: string) => ({ messages: [{ role: 'user', content: 'x' }], 'nim-llm-router': { policy: 'llm_trouble', routing_strategy: 'manual', model } });
    const failed = await chat(manual('failing'));
    expect([failed.status, failed.headers['x-chosen-classifier']]).toEqual([503, 'failing']);
    const wrongKey = await chat(manual('wrong key'));
    expect(wrongKey.status).toBe(401);
    expect(lastSeen()).toMatchObject({ bearer: 'not-the-key', authorized: false });
    await expect(chat(manual('gone'))).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('exports the contract metric names', async () => {
    const text = (await request(`${base}/metrics`)).text;
    for (const name of ['num_requests', 'request_success_total', 'request_failure_total{error_type="4xx"}', 'request_failure_total{error_type="5xx"}',
      'request_failure_total{error_type="system"}', 'requests_per_policy{policy="task_router"}', 'requests_per_model{model="meta/llama-3.1-70b-instruct"}',
      'routing_policy_usage{routing_policy="triton"}', 'routing_policy_usage{routing_policy="manual"}', 'llm_token_usage{llm_name="Code Generation",category="total"}',
      'request_latency_seconds_bucket', 'model_selection_time_seconds_count', 'llm_response_time_seconds_sum{llm="Summarization"}', 'proxy_overhead_latency_seconds_count']) {
      expect(text).toContain(`\n${name}`);
    }
    expect(text).toMatch(/^num_requests [1-9]\d*$/m);
  });
});
