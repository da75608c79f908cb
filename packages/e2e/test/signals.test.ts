// Signal behaviour of the doubles as separate processes: the controller double
// ignores SIGTERM by default (like the real one), the others drain and exit 0.
// (The real tritonserver's SIGTERM behaviour: triton-cli.test.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request, sleep, spawnDouble, waitForLine } from './helpers.js';

function controllerConfig(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ctrl-')), 'config.yaml');
  fs.writeFileSync(file, 'policies:\n  - name: p\n    url: http://127.0.0.1:1/x\n    llms:\n      - {name: a, api_base: "http://127.0.0.1:1", api_key: "${NVIDIA_API_KEY}", model: m}\n');
  return file;
}

describe('process behaviour', () => {
  it('controller double: ignores SIGTERM by default and keeps serving', async () => {
    const s = spawnDouble('controller/main.ts', ['--config-path', controllerConfig()], { ROUTER_CONTROLLER_DOUBLE_PORT: '0', DOUBLES_LOG: 'on' });
    try {
      const port = (await waitForLine(s, /listening on 0\.0\.0\.0:(\d+)/))[1];
      expect(s.lines.join('\n')).toContain('environment variable NVIDIA_API_KEY is not set');
      s.child.kill('SIGTERM');
      await waitForLine(s, /SIGTERM ignored/);
      await sleep(200);
      expect(s.child.exitCode).toBeNull();
      expect((await request(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      s.child.kill('SIGKILL');
      await s.exit;
    }
  });

  it('controller double: ROUTER_CONTROLLER_ON_SIGTERM=graceful exits 0', async () => {
    const s = spawnDouble('controller/main.ts', ['--config-path', controllerConfig()], { ROUTER_CONTROLLER_DOUBLE_PORT: '0', ROUTER_CONTROLLER_ON_SIGTERM: 'graceful', DOUBLES_LOG: 'on' });
    await waitForLine(s, /listening on/);
    s.child.kill('SIGTERM');
    expect(await s.exit).toEqual({ code: 0, signal: null });
  });

  it('controller double: missing --config-path is a usage error; an empty api_key refuses to start', async () => {
    const noArgs = spawnDouble('controller/main.ts', [], { CONFIG_PATH: '/app/config.yaml' });
    expect((await noArgs.exit).code).toBe(2);
    expect(noArgs.lines.join('\n')).toContain('--config-path <CONFIG_PATH>');
    const file = controllerConfig();
    fs.writeFileSync(file, 'policies:\n  - name: p\n    url: http://x\n    llms:\n      - {name: a, api_base: "http://b", api_key: "${EMPTY_KEY}", model: m}\n');
    const empty = spawnDouble('controller/main.ts', ['--config-path', file], { EMPTY_KEY: '', DOUBLES_LOG: 'on' });
    expect((await empty.exit).code).toBe(1);
    expect(empty.lines.join('\n')).toContain('policies[0].llms[0].api_key: must not be empty');
  });

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
});
