import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDemoConfig, startDemoApp } from '../doubles/demo-app/server.js';
import { llmOptionsFromEnv, startLlmDouble } from '../doubles/llm/server.js';
import { loadConfigText } from '../doubles/controller/config.js';
import { startController } from '../doubles/controller/server.js';
import { request } from './helpers.js';

describe('LLM double', () => {
  let llm: Awaited<ReturnType<typeof startLlmDouble>>;
  let base: string;
  beforeAll(async () => {
    const keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llm-key-')), 'key');
    fs.writeFileSync(keyFile, 'k-123\n');
    llm = await startLlmDouble(
      llmOptionsFromEnv({ LLM_DOUBLE_API_KEY_FILE: keyFile, LLM_DOUBLE_MODELS: 'a/one,b/two' }, (p) => fs.readFileSync(p, 'utf8')),
      0,
      '127.0.0.1',
    );
    base = `http://127.0.0.1:${llm.port}`;
  });
  afterAll(() => llm.close());
  const auth = { authorization: 'Bearer k-123' };

  it('rejects a missing or wrong bearer token with 401 and records it', async () => {
    expect((await request(`${base}/v1/models`)).status).toBe(401);
    const r = await request(`${base}/v1/chat/completions`, {
      body: { model: 'a/one', messages: [] },
      headers: { authorization: 'Bearer nope' },
    });
    expect(r.status).toBe(401);
    expect(r.json().error.code).toBe('invalid_api_key');
    const seen = (await request(`${base}/_seen`)).json();
    expect(seen.at(-1)).toMatchObject({ model: 'a/one', bearer: 'nope', authorized: false });
  });

  it('lists models and answers with the model it was asked for', async () => {
    expect((await request(`${base}/v1/models`, { headers: auth })).json().data.map((m: { id: string }) => m.id)).toEqual([
      'a/one',
      'b/two',
    ]);
    const r = await request(`${base}/v1/chat/completions`, {
      body: { model: 'x/asked', messages: [{ role: 'user', content: 'hi' }] },
      headers: auth,
    });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({
      object: 'chat.completion',
      model: 'x/asked',
      choices: [{ message: { role: 'assistant' }, finish_reason: 'stop' }],
      usage: { total_tokens: expect.any(Number) },
    });
  });

  it('streams chat.completion.chunk events ending with [DONE], usage when asked', async () => {
    const r = await request(`${base}/v1/chat/completions`, {
      body: { model: 'x/s', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] },
      headers: auth,
    });
    expect(r.headers['content-type']).toBe('text/event-stream');
    const events = r.text.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.slice(6)));
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === 'x/s')).toBe(true);
    expect(chunks.at(-1).usage.total_tokens).toBeGreaterThan(0);
    expect(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('')).toBe('[llm-double model=x/s] you said: hi');
  });

  it('clears what it saw on DELETE /_seen', async () => {
    expect((await request(`${base}/_seen`, { method: 'DELETE' })).status).toBe(204);
    expect((await request(`${base}/_seen`)).json()).toEqual([]);
  });
});

describe('demo-app double', () => {
  it('parses its config and reports a missing router_controller_url clearly', () => {
    const parsed = parseDemoConfig(
      'router_controller_url: http://c:8084/\nopenai_api_key: dummy\nrouting_strategy:\n  - triton\n  - manual\n',
    );
    expect(parsed.router_controller_url).toBe('http://c:8084');
    expect(parsed.routing_strategy).toEqual(['triton', 'manual']);
    // the real app reads a list of dropdown choices; a plain string is a configuration error
    expect(() => parseDemoConfig('router_controller_url: http://c:8084\nrouting_strategy: triton\n')).toThrow(
      /routing_strategy: must be a non-empty list/,
    );
    expect(() => parseDemoConfig('openai_api_key: x\n')).toThrow(/router_controller_url/);
  });

  it('serves / with 200 and calls the controller /config', async () => {
    const { config } = loadConfigText('policies:\n  - name: task_router\n    url: http://127.0.0.1:1/x\n    llms: []\n', {});
    const controller = await startController(config, 0, '127.0.0.1');
    const app = await startDemoApp(parseDemoConfig(`router_controller_url: http://127.0.0.1:${controller.port}\n`), 0, '127.0.0.1');
    try {
      const home = await request(`http://127.0.0.1:${app.port}/`);
      expect(home.status).toBe(200);
      expect(home.text).toContain('GET /config: 200');
      expect(home.text).toContain('policies: task_router');
      expect((await request(`http://127.0.0.1:${app.port}/api/config`)).json().policies[0].name).toBe('task_router');
    } finally {
      await app.close();
      await controller.close();
    }
  });
});
