// The router-controller double against the facts observed on the real controller (runtime
// contract, last section), on loopback: a scripted KServe stand-in for Triton (so replies
// such as ties or a missing `parameters` block can be chosen) and the LLM double.
import http from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { ConfigError, expandEnv, loadConfigText, parseConfig } from '../doubles/controller/config.js';
import { parseControllerArgs, UsageError } from '../doubles/controller/cli.js';
import { controllerLogLevel } from '../doubles/controller/log.js';
import { startController, type RunningController } from '../doubles/controller/server.js';
import { startLlmDouble, type SeenRequest } from '../doubles/llm/server.js';
import { TASK_CLASSES } from '../triton/routers.js';
import { request } from './helpers.js';

const TASK = TASK_CLASSES;
const MODEL_OF: Record<string, string> = {
  'Code Generation': 'nvidia/llama-3.3-nemotron-super-49b-v1',
  Summarization: 'meta/llama-3.1-70b-instruct',
  Other: 'mistralai/mixtral-8x22b-instruct-v0.1',
};
const modelOf = (name: string) => MODEL_OF[name] ?? 'meta/llama-3.1-8b-instruct';

/** KServe v2 reply as real Triton 2.51 sends it for the ensembles: shape [N], FP32, parameters. */
function kserve(model: string, data: number[], drop: string[] = []): Record<string, unknown> {
  const r: Record<string, unknown> = {
    model_name: model,
    model_version: '1',
    parameters: { sequence_id: 0, sequence_start: false, sequence_end: false },
    outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [data.length], data }],
  };
  for (const k of drop) delete r[k];
  return r;
}

const oneHot = (n: number, i: number) => Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));

/** Triton stand-in: the model name in the path picks the behaviour. */
function startScriptedTriton(): Promise<{ server: http.Server; port: number; calls: string[] }> {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const model = /\/v2\/models\/([^/]+)\/infer/.exec(req.url ?? '')?.[1] ?? '';
      const text = String(JSON.parse(Buffer.concat(chunks).toString('utf8')).inputs[0].data[0][0]);
      calls.push(`${model}:${text}`);
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      switch (model) {
        case 'keyword': {
          const cls = /code|python/i.test(text)
            ? 'Code Generation'
            : /summar/i.test(text)
              ? 'Summarization'
              : text === ''
                ? 'Unknown'
                : 'Other';
          return json(200, kserve(model, oneHot(TASK.length, TASK.indexOf(cls))));
        }
        case 'ties':
          return json(200, kserve(model, [0, 0, 0]));
        case 'late-tie':
          return json(200, kserve(model, [0.5, 0.1, 0.5]));
        case 'no-parameters':
          return json(200, kserve(model, [0, 1, 0], ['parameters']));
        case 'no-outputs':
          return json(200, { ...kserve(model, [1]), outputs: [] });
        case 'out-of-range':
          return json(200, kserve(model, oneHot(9, 8)));
        case 'not-json':
          return res.writeHead(200).end('<html>');
        default:
          return json(404, { error: `Request for unknown model: '${model}' is not found` });
      }
    });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, port: (server.address() as AddressInfo).port, calls })));
}

function llmsYaml(names: readonly string[], apiBase: string, apiKey = '${NVIDIA_API_KEY}'): string {
  return names
    .map(
      (n) =>
        `      - name: ${JSON.stringify(n)}\n        api_base: ${apiBase}\n        api_key: "${apiKey}"\n        model: ${modelOf(n)}\n`,
    )
    .join('');
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

  const cfg = (llm: Record<string, string>, policy = 'name: p\n    url: http://t') =>
    `policies:\n  - ${policy}\n    llms:\n      - ${Object.entries(llm)
      .map(([k, v]) => `${k}: "${v}"`)
      .join('\n        ')}\n`;
  const good = { name: 'a', api_base: 'http://b', api_key: 'k', model: 'm' };

  it.each(['api_base', 'api_key', 'model'])('an empty llm %s refuses to start', (field) => {
    const text = cfg({ ...good, [field]: '' });
    expect(() => parseConfig(text)).toThrow(ConfigError);
    expect(() => parseConfig(text)).toThrow(new RegExp(`policies\\[0\\]\\.llms\\[0\\]\\.${field}: must not be empty`));
  });

  it('accepts an empty llm name, a whitespace api_key and an empty url (observed); rejects a missing url', () => {
    expect(parseConfig(cfg({ ...good, name: '' })).policies[0]!.llms[0]!.name).toBe('');
    expect(parseConfig(cfg({ ...good, api_key: '   ' })).policies[0]!.llms[0]!.api_key).toBe('   ');
    expect(parseConfig(cfg(good, 'name: p\n    url: ""')).policies[0]!.url).toBe('');
    expect(() => parseConfig(cfg(good, 'name: p'))).toThrow(/policies\[0\]\.url: missing/);
  });

  it('an api_key from an unset variable stays literal (no startup failure)', () => {
    const { config, warnings } = loadConfigText(
      'policies:\n  - name: p\n    url: http://t\n    llms:\n      - {name: a, api_base: "http://b", api_key: "${NVIDIA_API_KEY}", model: m}\n',
      {},
    );
    expect(config.policies[0]!.llms[0]!.api_key).toBe('${NVIDIA_API_KEY}');
    expect(warnings).toHaveLength(1);
  });

  it('takes only --config-path; CONFIG_PATH is not a substitute', () => {
    expect(parseControllerArgs(['--config-path', '/app/config.yaml'])).toEqual({ configPath: '/app/config.yaml' });
    expect(parseControllerArgs(['--config-path=/x.yaml'])).toEqual({ configPath: '/x.yaml' });
    expect(() => parseControllerArgs([])).toThrow(UsageError);
    expect(() => parseControllerArgs(['--config', 'x'])).toThrow(/unexpected argument '--config'/);
  });

  it.each([
    [undefined, 'error'],
    ['', 'error'],
    ['info', 'info'],
    ['warn', 'warn'],
    ['WARN', 'warn'],
    ['info,hyper=warn', 'info'],
    ['warn,hyper=debug', 'warn'],
    ['warn,llm_router_gateway_api=info', 'info'],
    ['off', 'error'],
    ['debug', 'debug'],
  ])('RUST_LOG=%j -> the controller logs at %s', (filter, level) => {
    expect(controllerLogLevel(filter)).toBe(level);
  });
});

describe('controller double against the observed controller facts', () => {
  let triton: Awaited<ReturnType<typeof startScriptedTriton>>;
  let llm: Awaited<ReturnType<typeof startLlmDouble>>;
  let controller: RunningController;
  let base: string;
  const metrics = async () => (await request(`${base}/metrics`)).text;
  const chat = (body: unknown, headers: Record<string, string> = {}) => request(`${base}/v1/chat/completions`, { body, headers });
  const msg = (content: string) => [{ role: 'user', content }];
  const ext = (policy: string, extra: Record<string, unknown> = { routing_strategy: 'triton' }) => ({ policy, ...extra });
  const lastSeen = (): SeenRequest => llm.seen.at(-1)!;

  beforeAll(async () => {
    triton = await startScriptedTriton();
    llm = await startLlmDouble({ apiKey: 'secret-from-the-secret', models: ['m'], delayMs: 0, maxSeen: 100 }, 0, '127.0.0.1');
    const t = (model: string) => `http://127.0.0.1:${triton.port}/v2/models/${model}/infer`;
    const l = `http://127.0.0.1:${llm.port}`;
    const policy = (name: string, url: string, llms: string) => `  - name: ${name}\n    url: ${url}\n    llms:\n${llms}`;
    const yaml = [
      'policies:',
      policy('task_router', t('keyword'), llmsYaml(TASK, l)),
      policy('ties', t('ties'), llmsYaml(['A', 'B', 'C'], l)),
      policy('late_tie', t('late-tie'), llmsYaml(['A', 'B', 'C'], l)),
      policy('no_parameters', t('no-parameters'), llmsYaml(['A', 'B', 'C'], l)),
      policy('no_outputs', t('no-outputs'), llmsYaml(['A'], l)),
      policy('not_json', t('not-json'), llmsYaml(['A'], l)),
      policy('unknown_model', t('no_such_model'), llmsYaml(['A'], l)),
      policy('out_of_range', t('out-of-range'), llmsYaml(['A', 'B'], l)),
      policy('triton_down', 'http://127.0.0.1:1/v2/models/x/infer', llmsYaml(['A'], l)),
      policy('empty_url', '""', llmsYaml(['A'], l)),
      policy(
        'llm_trouble',
        t('keyword'),
        [
          `      - {name: failing, api_base: "${l}", api_key: "\${NVIDIA_API_KEY}", model: org/fail-503}`,
          `      - {name: wrong key, api_base: "${l}", api_key: not-the-key, model: m}`,
          '      - {name: gone, api_base: "http://127.0.0.1:1", api_key: k, model: m}',
        ].join('\n'),
      ),
    ].join('\n');
    const { config } = loadConfigText(yaml, { NVIDIA_API_KEY: 'secret-from-the-secret' });
    controller = await startController(config, 0, '127.0.0.1');
    base = `http://127.0.0.1:${controller.port}`;
  });
  afterAll(async () => {
    await controller.close();
    await llm.close();
    triton.server.close();
  });

  // first: the metrics body is empty until the first proxied request
  it('registers metrics lazily: /metrics is empty before the first proxied request, series appear on first use', async () => {
    const before = await request(`${base}/metrics`);
    expect([before.status, before.text]).toEqual([200, '']);
    expect(before.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    await chat({ messages: msg('x') }); // 400: missing extension
    const after = await metrics();
    expect(after).toMatch(/^num_requests 1$/m);
    expect(after).toMatch(/^request_failure_total\{error_type="4xx"\} 1$/m);
    expect(after).not.toMatch(/error_type="(5xx|system|other)"/);
    expect(after).toMatch(/^request_latency_seconds_count 1$/m);
    for (const family of [
      'requests_per_policy',
      'requests_per_model',
      'routing_policy_usage',
      'request_success_total',
      'llm_token_usage',
      'model_selection_time_seconds',
      'llm_response_time_seconds',
    ]) {
      expect(after).not.toContain(family);
    }
  });

  it('/health, /config and 404 carry no Content-Type; /config redacts api_key', async () => {
    const health = await request(`${base}/health`);
    expect([health.status, health.text, health.headers['content-type']]).toEqual([200, '{"status":"OK"}', undefined]);
    const cfg = await request(`${base}/config`);
    expect(cfg.headers['content-type']).toBeUndefined();
    expect(cfg.text).not.toContain('secret-from-the-secret');
    expect(cfg.json().policies[0].llms[4]).toEqual({
      name: 'Code Generation',
      api_base: `http://127.0.0.1:${llm.port}`,
      api_key: '[REDACTED]',
      model: modelOf('Code Generation'),
    });
    for (const p of ['/v1/completions', '/v1/models', '/']) {
      const r = await request(`${base}${p}`, { method: 'POST', body: '{}' });
      expect([r.status, r.text, r.headers['content-type']]).toEqual([404, '{"path":"Unavailable"}', undefined]);
    }
  });

  it('routes by the classifier and forwards with the entry model and key; requests_per_model carries the entry NAME', async () => {
    const r = await chat(
      { model: 'ignored', messages: msg('Write a python function'), 'nim-llm-router': ext('task_router') },
      { authorization: 'Bearer client-token' },
    );
    expect([r.status, r.headers['x-chosen-classifier'], r.json().model]).toEqual([200, 'Code Generation', modelOf('Code Generation')]);
    expect(lastSeen()).toMatchObject({
      model: modelOf('Code Generation'),
      bearer: 'secret-from-the-secret',
      authorized: true,
      accept: 'application/json',
      hasRouterExtension: false,
    });
    const text = await metrics();
    expect(text).toMatch(/^requests_per_model\{model="Code Generation"\} 1$/m);
    expect(text).toMatch(/^llm_token_usage\{llm_name="Code Generation",category="total"\} [1-9]/m);
    expect(text).toMatch(/^llm_response_time_seconds_count\{llm="Code Generation"\} 1$/m);
    expect(text).not.toContain(`model="${modelOf('Code Generation')}"`);
  });

  it('classifies the LAST message only; a message without a string role or content empties the list', async () => {
    const pick = async (messages: unknown) =>
      (await chat({ messages, 'nim-llm-router': ext('task_router') })).headers['x-chosen-classifier'];
    expect(
      await pick([
        { role: 'user', content: 'write python code' },
        { role: 'user', content: 'summarize' },
      ]),
    ).toBe('Summarization');
    expect(
      await pick([
        { role: 'user', content: [{ type: 'text', text: 'code' }] },
        { role: 'user', content: 'summarize' },
      ]),
    ).toBe('Unknown');
    expect(await pick([{ content: 'code' }, { role: 'user', content: 'summarize' }])).toBe('Unknown');
    expect(triton.calls.at(-1)).toBe('keyword:');
  });

  it('classifier ties pick the LAST of equal maxima', async () => {
    expect((await chat({ messages: msg('x'), 'nim-llm-router': ext('ties') })).headers['x-chosen-classifier']).toBe('C');
    expect((await chat({ messages: msg('x'), 'nim-llm-router': ext('late_tie') })).headers['x-chosen-classifier']).toBe('C');
  });

  it('manual strategy uses the named llm entry without calling Triton', async () => {
    const calls = triton.calls.length;
    const r = await chat({
      messages: msg('write code'),
      'nim-llm-router': { policy: 'task_router', routing_strategy: 'manual', model: 'Rewrite' },
    });
    expect([r.status, r.headers['x-chosen-classifier'], lastSeen().model]).toEqual([200, 'Rewrite', modelOf('Rewrite')]);
    expect(triton.calls.length).toBe(calls);
    expect(await metrics()).toMatch(/^routing_policy_usage\{routing_policy="manual"\} 1$/m);
  });

  it('keeps the query string and serves /completions too', async () => {
    const r = await request(`${base}/completions?trace=1`, {
      body: { prompt: 'x', messages: msg('summarize'), 'nim-llm-router': ext('task_router') },
    });
    expect(r.status).toBe(200);
    expect(lastSeen().path).toBe('/completions?trace=1');
  });

  it('streams only for POST + Content-Type exactly application/json + stream:true; usage only from chunks that carry choices', async () => {
    const countBefore = /^llm_token_usage\{llm_name="Other",category="total"\} (\d+)/m.exec(await metrics());
    const body = { messages: msg('tell me'), stream: true, stream_options: { include_usage: true }, 'nim-llm-router': ext('task_router') };
    const r = await chat(body);
    expect([r.status, r.headers['content-type'], r.headers['x-chosen-classifier']]).toEqual([200, 'text/event-stream', 'Other']);
    expect(r.text).toMatch(/"choices":\[\],"usage":\{"prompt_tokens"/); // the LLM sent a usage-only chunk...
    const after = /^llm_token_usage\{llm_name="Other",category="total"\} (\d+)/m.exec(await metrics());
    expect(after?.[1]).toBe(countBefore?.[1]); // ...which the controller does not count
    const buffered = await chat(body, { 'content-type': 'application/json; charset=utf-8' });
    expect([buffered.status, buffered.headers['content-length'] !== undefined]).toEqual([200, true]);
  });

  const closed = /socket hang up|ECONNRESET/;
  const systemCount = async () => Number(/^request_failure_total\{error_type="system"\} (\d+)/m.exec(await metrics())?.[1] ?? 0);

  it.each([
    [
      'missing extension',
      { messages: msg('x') },
      400,
      `{"error":{"message":"Missing required 'nim-llm-router' parameters in request body","status":400}}`,
    ],
    [
      'extension without policy',
      { 'nim-llm-router': { routing_strategy: 'triton' } },
      400,
      `{"error":{"message":"Missing required 'nim-llm-router' parameters in request body","status":400}}`,
    ],
    [
      'unknown routing_strategy',
      { 'nim-llm-router': { policy: 'task_router', routing_strategy: 'random' } },
      400,
      `{"error":{"message":"Missing required 'nim-llm-router' parameters in request body","status":400}}`,
    ],
    [
      'unknown policy',
      { 'nim-llm-router': { policy: 'x', routing_strategy: 'triton' } },
      404,
      `{"error":{"message":"Policy 'x' not found","status":404}}`,
    ],
    [
      'manual with an unknown llm name',
      { 'nim-llm-router': { policy: 'task_router', routing_strategy: 'manual', model: 'Nope' } },
      404,
      'Model not found: Nope',
    ],
    ['Triton unreachable', { messages: msg('x'), 'nim-llm-router': ext('triton_down') }, 503, 'Triton server is unreachable'],
    ['empty policy url', { messages: msg('x'), 'nim-llm-router': ext('empty_url') }, 503, 'Triton server is unreachable'],
    [
      'Triton non-2xx',
      { messages: msg('x'), 'nim-llm-router': ext('unknown_model') },
      404,
      `Triton service error: {"error":"Request for unknown model: 'no_such_model' is not found"}`,
    ],
    [
      'Triton reply without parameters',
      { messages: msg('x'), 'nim-llm-router': ext('no_parameters') },
      500,
      'Invalid Triton response: missing field `parameters`',
    ],
    [
      'Triton reply without outputs',
      { messages: msg('x'), 'nim-llm-router': ext('no_outputs') },
      500,
      'No outputs returned from the Triton response',
    ],
  ])('%s: %j -> %i %s (Content-Type application/json)', async (_name, body, status, text) => {
    const r = await chat(body);
    expect([r.status, r.text, r.headers['content-type']]).toEqual([status, text, 'application/json']);
  });

  it('a body that is not JSON is the same 400', async () => {
    const r = await request(`${base}/v1/chat/completions`, { body: '{nope' });
    expect([r.status, r.json().error.message]).toEqual([400, "Missing required 'nim-llm-router' parameters in request body"]);
  });

  it.each([
    ['missing routing_strategy', { messages: msg('x'), 'nim-llm-router': { policy: 'task_router' } }],
    ['manual without model', { messages: msg('x'), 'nim-llm-router': { policy: 'task_router', routing_strategy: 'manual' } }],
    ['LLM unreachable', { messages: msg('x'), 'nim-llm-router': { policy: 'llm_trouble', routing_strategy: 'manual', model: 'gone' } }],
    ['classifier index outside the llms list', { messages: msg('x'), 'nim-llm-router': ext('out_of_range') }],
  ])('%s -> connection closed without a reply, counted as error_type="system"', async (_name, body) => {
    const before = await systemCount();
    await expect(chat(body)).rejects.toThrow(closed);
    expect(await systemCount()).toBe(before + 1);
  });

  it('LLM non-2xx passed through with X-Chosen-Classifier; Triton down keeps manual routing and /health working', async () => {
    const manual = (model: string) => ({
      messages: msg('x'),
      'nim-llm-router': { policy: 'llm_trouble', routing_strategy: 'manual', model },
    });
    const failed = await chat(manual('failing'));
    expect([failed.status, failed.headers['x-chosen-classifier']]).toEqual([503, 'failing']);
    const wrongKey = await chat(manual('wrong key'));
    expect(wrongKey.status).toBe(401);
    expect(lastSeen()).toMatchObject({ bearer: 'not-the-key', authorized: false });
    const viaManual = await chat({
      messages: msg('x'),
      'nim-llm-router': { policy: 'triton_down', routing_strategy: 'manual', model: 'A' },
    });
    expect(viaManual.status).toBe(200);
    expect((await request(`${base}/health`)).status).toBe(200);
  });

  it('serves h2c (HTTP/2 with prior knowledge) on the same port', async () => {
    const session = http2.connect(base);
    try {
      const call = (headers: http2.OutgoingHttpHeaders, body?: string) =>
        new Promise<{ status: number; headers: http2.IncomingHttpHeaders; text: string }>((resolve, reject) => {
          const s = session.request(headers);
          let text = '';
          let h: http2.IncomingHttpHeaders = {};
          s.on('response', (r) => (h = r));
          s.on('data', (c: Buffer) => (text += c.toString('utf8')));
          s.on('end', () => resolve({ status: Number(h[':status']), headers: h, text }));
          s.on('error', reject);
          s.end(body);
        });
      expect((await call({ ':path': '/health' })).text).toBe('{"status":"OK"}');
      const r = await call(
        { ':method': 'POST', ':path': '/v1/chat/completions', 'content-type': 'application/json' },
        JSON.stringify({ messages: msg('summarize this'), 'nim-llm-router': ext('task_router') }),
      );
      expect([r.status, r.headers['x-chosen-classifier']]).toEqual([200, 'Summarization']);
      await expect(
        call(
          { ':method': 'POST', ':path': '/v1/chat/completions', 'content-type': 'application/json' },
          JSON.stringify({ messages: msg('x'), 'nim-llm-router': { policy: 'task_router' } }),
        ),
      ).rejects.toThrow(/RST_STREAM|INTERNAL_ERROR|stream error/i);
    } finally {
      session.close();
    }
  });
});
