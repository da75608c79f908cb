// The controller double routing through the real tritonserver 2.51 serving the stand-in models
// (the pairing the chart deploys): classes come back in the contract's order, a Triton error is
// relayed with its status, and manual routing never reaches Triton.
import { startController, type RunningController } from '../doubles/controller/server.js';
import { loadConfigText } from '../doubles/controller/config.js';
import { startLlmDouble } from '../doubles/llm/server.js';
import { tritonForTests } from '../triton/install.js';
import { COMPLEXITY_CLASSES, TASK_CLASSES } from '../triton/routers.js';
import { seededRepository, startTriton, type TritonProcess } from '../triton/run.js';
import { request, waitForHttp } from './helpers.js';

const install = tritonForTests('controller-triton.test (controller -> real Triton)');

(install ? describe : describe.skip)('controller double -> real Triton (stand-in models) -> LLM double', () => {
  jest.setTimeout(480_000);
  let triton: TritonProcess;
  let llm: Awaited<ReturnType<typeof startLlmDouble>>;
  let controller: RunningController;
  let base: string;
  const chat = (policy: string, text: string, extra: Record<string, unknown> = { routing_strategy: 'triton' }) =>
    request(`${base}/v1/chat/completions`, {
      body: { messages: [{ role: 'user', content: text }], 'nim-llm-router': { policy, ...extra } },
    });
  const ensembleInferences = async (model: string) =>
    Number(
      new RegExp(`^nv_inference_request_success\\{model="${model}",version="1"\\} (\\d+)$`, 'm').exec(
        (await request(`${triton.metrics}/metrics`)).text,
      )?.[1],
    );

  beforeAll(async () => {
    triton = await startTriton(install!, seededRepository(install!));
    await waitForHttp(`${triton.http}/v2/health/ready`, 200, 360_000, triton);
    llm = await startLlmDouble({ apiKey: 'k', models: ['m'], delayMs: 0, maxSeen: 10 }, 0, '127.0.0.1');
    const llms = (classes: readonly string[]) =>
      classes
        .map(
          (c) =>
            `      - {name: ${JSON.stringify(c)}, api_base: "http://127.0.0.1:${llm.port}", api_key: k, model: ${JSON.stringify(`m/${c}`)}}\n`,
        )
        .join('');
    const t = `${triton.http}/v2/models`;
    const yaml =
      `policies:\n  - name: task_router\n    url: ${t}/task_router_ensemble/infer\n    llms:\n${llms(TASK_CLASSES)}` +
      `  - name: complexity_router\n    url: ${t}/complexity_router_ensemble/infer\n    llms:\n${llms(COMPLEXITY_CLASSES)}` +
      `  - name: unknown_model\n    url: ${t}/no_such_model/infer\n    llms:\n${llms(['Other'])}`;
    controller = await startController(loadConfigText(yaml, {}).config, 0, '127.0.0.1');
    base = `http://127.0.0.1:${controller.port}`;
  });
  afterAll(async () => {
    await controller?.close();
    await llm?.close();
    await triton?.stop();
  });

  it.each([
    ['task_router', 'Write a python function', 'Code Generation'],
    ['task_router', 'Summarize this text', 'Summarization'],
    ['task_router', '', 'Unknown'],
    ['complexity_router', 'Solve it step by step', 'Reasoning'],
    ['complexity_router', 'Imagine a story', 'Creativity'],
  ])('%s: %j -> %s', async (policy, text, chosen) => {
    const r = await chat(policy, text);
    expect([r.status, r.headers['x-chosen-classifier'], r.json().model]).toEqual([200, chosen, `m/${chosen}`]);
  });

  it('a Triton error is relayed with its status as plain text', async () => {
    const r = await chat('unknown_model', 'x');
    // tritonserver 2.51 answers an unknown model with 404 (NOT_FOUND), which the controller relays
    expect(r.status).toBe(404);
    expect(r.text).toMatch(/^Triton service error: \{"error":"Request for unknown model: 'no_such_model' is not found"\}$/);
  });

  it('manual routing never calls Triton', async () => {
    const before = await ensembleInferences('task_router_ensemble');
    const r = await chat('task_router', 'write code', { routing_strategy: 'manual', model: 'Rewrite' });
    expect([r.status, r.headers['x-chosen-classifier']]).toEqual([200, 'Rewrite']);
    expect(await ensembleInferences('task_router_ensemble')).toBe(before);
  });
});
