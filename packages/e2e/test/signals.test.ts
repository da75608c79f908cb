// Signal behaviour of the doubles as separate processes: they drain and exit 0 (the
// controller double's: controller-process.test.ts; the real tritonserver's: triton-cli.test.ts).
import { request, sleep, spawnDouble, waitForLine } from './helpers.js';

describe('process behaviour', () => {
  it('LLM double: SIGTERM finishes the in-flight request, then exits 0', async () => {
    const s = spawnDouble('llm/main.ts', [], {
      LLM_DOUBLE_LISTEN_PORT: '0',
      LLM_DOUBLE_DELAY_MS: '700',
      LLM_DOUBLE_API_KEY: 'k',
      DOUBLES_LOG: 'on',
    });
    const port = (await waitForLine(s, /listening on 0\.0\.0\.0:(\d+)/))[1];
    const inflight = request(`http://127.0.0.1:${port}/v1/chat/completions`, {
      body: { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
      headers: { authorization: 'Bearer k' },
    });
    await sleep(200);
    s.child.kill('SIGTERM');
    expect((await inflight).status).toBe(200);
    expect(await s.exit).toEqual({ code: 0, signal: null });
    const logs = s.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(logs.some((l) => l.path === '/v1/chat/completions' && l.status === 200)).toBe(true);
  });
});
