// Signal behaviour of the doubles as separate processes: they drain and exit 0 (the
// controller double's signal behaviour is in controller-process.test.ts).
import { request, sleep, spawnDouble, tempModelRepository, waitForLine } from './helpers.js';

describe('process behaviour', () => {
  it('LLM double: SIGTERM finishes the in-flight request, then exits 0', async () => {
    const s = spawnDouble('llm/main.ts', [], { LLM_DOUBLE_LISTEN_PORT: '0', LLM_DOUBLE_DELAY_MS: '700', LLM_DOUBLE_API_KEY: 'k', DOUBLES_LOG: 'on' });
    const port = (await waitForLine(s, /listening on 0\.0\.0\.0:(\d+)/))[1];
    const inflight = request(`http://127.0.0.1:${port}/v1/chat/completions`, { body: { model: 'm', messages: [{ role: 'user', content: 'hi' }] }, headers: { authorization: 'Bearer k' } });
    await sleep(200);
    s.child.kill('SIGTERM');
    expect((await inflight).status).toBe(200);
    expect(await s.exit).toEqual({ code: 0, signal: null });
    const logs = s.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(logs.some((l) => l.path === '/v1/chat/completions' && l.status === 200)).toBe(true);
  });

  it('mock tritonserver: SIGTERM stops it cleanly', async () => {
    const repo = tempModelRepository([{ name: 'task_router_ensemble' }]);
    const s = spawnDouble('triton/main.ts', [`--model-repository=${repo}`, '--http-port=0', '--grpc-port=0', '--metrics-port=0'], { MOCK_TRITON_LOAD_DELAY_MS: '0', DOUBLES_LOG: 'on' });
    await waitForLine(s, /successfully loaded 'task_router_ensemble'/);
    s.child.kill('SIGTERM');
    expect(await s.exit).toEqual({ code: 0, signal: null });
  });
});
