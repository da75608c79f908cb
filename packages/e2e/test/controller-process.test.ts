// The controller double as a process, against the observed controller: what RUST_LOG lets
// into the logs (info: client headers incl. Authorization, body and prompt; warn: only
// warnings and errors), the command line (no --config-path = exit 2, CONFIG_PATH ignored)
// and SIGTERM (ignored as PID 1, fatal at once as an ordinary process).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DOUBLES, request, sleep, spawnDouble, type Spawned } from './helpers.js';

function controllerConfig(text?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ctrl-')), 'config.yaml');
  fs.writeFileSync(
    file,
    text ??
      'policies:\n  - name: p\n    url: http://127.0.0.1:1/v2/models/x/infer\n    llms:\n      - {name: a, api_base: "http://127.0.0.1:1", api_key: "${NVIDIA_API_KEY}", model: m}\n',
  );
  return file;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port: number, s: Spawned): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (s.child.exitCode !== null) throw new Error(`controller exited ${s.child.exitCode}:\n${s.lines.join('\n')}`);
    try {
      if ((await request(`http://127.0.0.1:${port}/health`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(50);
  }
  throw new Error(`controller never answered /health:\n${s.lines.join('\n')}`);
}

async function startWithLog(rustLog: string | undefined): Promise<{ s: Spawned; port: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ROUTER_CONTROLLER_DOUBLE_PORT: String(port), DOUBLES_LOG: 'on', RUST_LOG: rustLog };
  if (rustLog === undefined) delete env.RUST_LOG;
  const s = spawnDouble('controller/main.ts', ['--config-path', controllerConfig()], env);
  await waitForHealth(port, s);
  return { s, port };
}

const stop = async (s: Spawned) => {
  s.child.kill('SIGKILL');
  await s.exit;
};

// each test starts node with tsx: seconds on a loaded 2-core machine
jest.setTimeout(60_000);

describe('controller double process', () => {
  const PROMPT = 'my very private prompt';
  const proxied = (port: number) =>
    request(`http://127.0.0.1:${port}/v1/chat/completions`, {
      body: { messages: [{ role: 'user', content: PROMPT }], 'nim-llm-router': { policy: 'p', routing_strategy: 'triton' } },
      headers: { authorization: 'Bearer client-secret-token' },
    });

  it('RUST_LOG=info logs the client Authorization header, the body and the prompt', async () => {
    const { s, port } = await startWithLog('info');
    try {
      expect((await proxied(port)).status).toBe(503);
      await sleep(100);
      const out = s.lines.join('\n');
      expect(out).toContain('Bearer client-secret-token');
      expect(out).toContain(PROMPT);
      expect(out).toContain('Failed to reach Triton server');
      expect(s.lines.filter((l) => l.includes('"level":"info"')).length).toBeGreaterThan(5);
    } finally {
      await stop(s);
    }
  });

  it.each(['warn', undefined])('RUST_LOG=%s logs only warnings and errors: no headers, no prompt', async (level) => {
    const { s, port } = await startWithLog(level);
    try {
      expect((await proxied(port)).status).toBe(503);
      await sleep(100);
      const out = s.lines.join('\n');
      expect(out).not.toContain('client-secret-token');
      expect(out).not.toContain(PROMPT);
      expect(out).toContain('Failed to reach Triton server');
      expect(s.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l).level)).not.toContain('info');
      if (level === 'warn') expect(out).toContain('environment variable NVIDIA_API_KEY is not set'); // a warning
    } finally {
      await stop(s);
    }
  });

  it('without --config-path it exits 2 (CONFIG_PATH is not read); an empty api_key refuses to start', async () => {
    const noArgs = spawnDouble('controller/main.ts', [], { CONFIG_PATH: controllerConfig() });
    expect((await noArgs.exit).code).toBe(2);
    expect(noArgs.lines.join('\n')).toContain('--config-path <CONFIG_PATH>');
    const file = controllerConfig(
      'policies:\n  - name: p\n    url: http://x\n    llms:\n      - {name: a, api_base: "http://b", api_key: "${EMPTY_KEY}", model: m}\n',
    );
    const empty = spawnDouble('controller/main.ts', ['--config-path', file], { EMPTY_KEY: '', DOUBLES_LOG: 'on' });
    expect((await empty.exit).code).toBe(1);
    expect(empty.lines.join('\n')).toContain('policies[0].llms[0].api_key: must not be empty');
  });

  it('SIGTERM kills an ordinary controller process at once (exit 143 in a shell), no draining', async () => {
    const port = await freePort();
    const sh = spawn(
      'sh',
      [
        '-c',
        `"${process.execPath}" --import tsx "${path.join(DOUBLES, 'controller/main.ts')}" --config-path "${controllerConfig()}" & pid=$!; echo "pid $pid"; wait $pid; echo "exit $?"`,
      ],
      {
        env: { ...process.env, ROUTER_CONTROLLER_DOUBLE_PORT: String(port) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    sh.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const done = new Promise((r) => sh.on('exit', r));
    const s = { child: sh, lines: [] as string[], exit: done } as unknown as Spawned;
    await waitForHealth(port, s);
    const pid = Number(/pid (\d+)/.exec(out)![1]);
    process.kill(pid, 'SIGTERM');
    await done;
    expect(out).toMatch(/exit 143/);
  });

  it('SIGTERM is ignored when the controller is PID 1 (still serving 2 s later)', async () => {
    if (spawn('unshare', ['--pid', '--fork', 'true']).pid === undefined) throw new Error('unshare is not available');
    const port = await freePort();
    const child = spawn(
      'unshare',
      [
        '--pid',
        '--fork',
        '--kill-child',
        process.execPath,
        '--import',
        'tsx',
        path.join(DOUBLES, 'controller/main.ts'),
        '--config-path',
        controllerConfig(),
      ],
      {
        env: { ...process.env, ROUTER_CONTROLLER_DOUBLE_PORT: String(port) },
        stdio: 'ignore',
      },
    );
    const s = { child, lines: [] as string[], exit: new Promise((r) => child.on('exit', r)) } as unknown as Spawned;
    try {
      await waitForHealth(port, s);
      // the controller is unshare's child, PID 1 in its namespace
      const inner = Number(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
      expect(fs.readFileSync(`/proc/${inner}/status`, 'utf8')).toMatch(/^NSpid:\s+\d+\s+1$/m);
      process.kill(inner, 'SIGTERM');
      await sleep(2000);
      expect((await request(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
      await s.exit;
    }
  });
});
