// Smoke test of a built test image: runs it the way the chart will (read-only root
// filesystem, UID 65534, no capabilities, an emptyDir-like /tmp), probes it on a
// loopback-published port and checks how it reacts to `docker stop` (SIGTERM).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { ImageDefinition } from '../images/definitions.js';
import { TASK_CLASSES } from '../triton/routers.js';

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const HARDENED = ['--read-only', '--user', '65534:65534', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--tmpfs', '/tmp'];
/** Loading six Python-backend models takes from seconds to minutes on a busy 2-core machine. */
const TRITON_READY_MS = 300_000;
/** The flags the chart renders for the router-server (renderer/src/components/router-server.ts), defaults. */
const CHART_TRITON_ARGS = [
  '--model-repository=/models',
  '--http-port=8000',
  '--grpc-port=8001',
  '--metrics-port=8002',
  '--log-verbose=0',
  '--log-info=true',
  '--log-warning=true',
  '--log-error=true',
  '--log-format=default',
  '--exit-on-error=true',
  '--strict-readiness=true',
  '--model-control-mode=none',
];

/** Seeds a fresh host directory with the image's own seeder, as the chart's loader does; returns it read-only for others. */
function seedWithImage(ref: string): string {
  const dir = worldReadableTempDir('smoke-models-');
  fs.chmodSync(dir, 0o777);
  const out = docker('run', '--rm', ...HARDENED, '-v', `${dir}:/models`, '-e', 'MODEL_REPOSITORY=/models', ref, 'seed-model-repository');
  if (JSON.parse(out).result !== 'seeded') throw new Error(`seed-model-repository: ${out}`);
  execFileSync('chmod', ['-R', 'a+rX,go-w', dir]);
  return dir;
}

function worldReadableTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

interface Reply {
  status: number;
  text: string;
}

/** One HTTP request with node:http (undici's fetch can hang on docker-proxy's early resets). */
function httpRequest(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? 'GET', headers: { 'content-type': 'application/json', ...init.headers }, timeout: 2000, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(init.body);
  });
}

async function until(
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  expected = 200,
  timeoutMs = 15_000,
): Promise<Reply> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await httpRequest(url, init);
      if (r.status === expected) return r;
      if (Date.now() > deadline) throw new Error(`${url}: status ${r.status}, expected ${expected}`);
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function runDetached(ref: string, port: number, extra: string[], cmd: string[] = []): { id: string; base: string } {
  const id = docker('run', '-d', ...HARDENED, '-p', `127.0.0.1::${port}`, ...extra, ref, ...cmd);
  const hostPort = docker('port', id, `${port}/tcp`).split('\n')[0]!.split(':').pop();
  return { id, base: `http://127.0.0.1:${hostPort}` };
}

/** `docker stop` with a grace period; returns how long it took and the exit code. */
function stopTimed(id: string, graceSeconds: number): { seconds: number; exitCode: number } {
  const t0 = Date.now();
  docker('stop', '-t', String(graceSeconds), id);
  const seconds = (Date.now() - t0) / 1000;
  const exitCode = Number(docker('inspect', '-f', '{{.State.ExitCode}}', id));
  docker('rm', id);
  return { seconds, exitCode };
}

function describeStop(s: { seconds: number; exitCode: number }): string {
  return `docker stop took ${s.seconds.toFixed(2)} s, exit ${s.exitCode}`;
}

export async function smokeTest(def: ImageDefinition, ref: string, log: (m: string) => void): Promise<void> {
  const t0 = Date.now();
  let detail = '';
  if (def.name === 'mock-triton') {
    const bad = spawnSync('docker', ['run', '--rm', ...HARDENED, ref, 'tritonserver', '--model-repository=/models', '--no-such-flag'], {
      encoding: 'utf8',
    });
    if (bad.status !== 1 || !bad.stderr.includes("unrecognized option '--no-such-flag'"))
      throw new Error(`mock-triton: unknown flag gave exit ${bad.status}: ${bad.stderr}`);
    const repo = seedWithImage(ref);
    const { id, base } = runDetached(ref, 8000, ['-v', `${repo}:/models:ro`], ['tritonserver', ...CHART_TRITON_ARGS]);
    let stop: { seconds: number; exitCode: number };
    try {
      const t1 = Date.now();
      await until(`${base}/v2/health/ready`, {}, 200, TRITON_READY_MS);
      detail = `ready after ${((Date.now() - t1) / 1000).toFixed(1)} s, `;
      const r = JSON.parse(
        (
          await until(`${base}/v2/models/task_router_ensemble/infer`, {
            method: 'POST',
            body: JSON.stringify({ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [['write python code']] }] }),
          })
        ).text,
      ) as { outputs: Array<{ data: number[] }> };
      if (r.outputs[0]!.data.indexOf(1) !== 4)
        throw new Error(`mock-triton: 'write python code' is not Code Generation: ${JSON.stringify(r)}`);
      detail += 'infer routed to Code Generation';
    } finally {
      // Triton unloads every model before it exits (a few seconds): a generous grace, exit 0 expected.
      stop = stopTimed(id, 30);
      detail += `, ${describeStop(stop)}`;
    }
    if (stop.exitCode !== 0) throw new Error(`mock-triton: SIGTERM should end tritonserver with exit 0 (${detail})`);
  } else if (def.name === 'router-controller') {
    const dir = worldReadableTempDir('smoke-ctrl-');
    fs.writeFileSync(
      path.join(dir, 'config.yaml'),
      'policies:\n  - name: task_router\n    url: http://127.0.0.1:1/x\n    llms:\n      - {name: a, api_base: "http://127.0.0.1:1", api_key: "${NVIDIA_API_KEY}", model: m}\n',
      { mode: 0o644 },
    );
    const { id, base } = runDetached(ref, 8084, ['-v', `${dir}/config.yaml:/app/config.yaml:ro`, '-e', 'NVIDIA_API_KEY=smoke']);
    let stop: { seconds: number; exitCode: number };
    try {
      await until(`${base}/health`);
      const cfg = (await until(`${base}/config`)).text;
      if (!cfg.includes('[REDACTED]')) throw new Error(`router-controller /config: ${cfg}`);
      detail = '/health and /config ok';
    } finally {
      // Ignores SIGTERM like the real controller: docker stop waits out the 2 s grace.
      stop = stopTimed(id, 2);
    }
    if (stop.exitCode !== 137) throw new Error(`router-controller should ignore SIGTERM and be killed (137), exited ${stop.exitCode}`);
    detail += `, SIGTERM ignored: ${describeStop(stop)}`;
  } else if (def.name === 'llm-double') {
    const { id, base } = runDetached(ref, 8080, ['-e', 'LLM_DOUBLE_API_KEY=smoke']);
    try {
      await until(`${base}/v1/models`, { headers: { authorization: 'Bearer smoke' } });
      detail = '/v1/models ok';
    } finally {
      detail += `, ${describeStop(stopTimed(id, 10))}`;
    }
  } else if (def.name === 'demo-app') {
    const dir = worldReadableTempDir('smoke-app-');
    fs.writeFileSync(
      path.join(dir, 'config.yaml'),
      'router_controller_url: http://127.0.0.1:1\nopenai_api_key: dummy\nrouting_strategy: triton\n',
      { mode: 0o644 },
    );
    const { id, base } = runDetached(ref, 8008, ['-v', `${dir}/config.yaml:/app/config.yaml:ro`]);
    try {
      await until(`${base}/`);
      detail = '/ ok';
    } finally {
      detail += `, ${describeStop(stopTimed(id, 10))}`;
    }
  } else if (def.name === 'toolbox') {
    // Run wget by path as the chart's test pods do (busybox sh would pick its own applet).
    const w = spawnSync(
      'docker',
      ['run', '--rm', ...HARDENED, '--entrypoint', 'wget', ref, '-q', '-O', '-', '-T', '2', 'http://127.0.0.1:1/'],
      { encoding: 'utf8' },
    );
    if (w.status !== 1 || !w.stderr.includes("can't connect to remote host")) throw new Error(`toolbox wget: exit ${w.status} ${w.stderr}`);
    const s = spawnSync('docker', ['run', '--rm', ...HARDENED, ref, '-c', 'sleep 0 && echo ok'], { encoding: 'utf8' });
    if (s.stdout.trim() !== 'ok') throw new Error(`toolbox sh/sleep: ${s.stdout}${s.stderr}`);
    detail = 'wget (refused connection -> exit 1), sh and sleep ok';
  }
  log(`smoke ${ref}: ${detail} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/**
 * The images working together on a throwaway docker network: toolbox wget -> controller
 * -> mock Triton (seeded repository) -> LLM double, all read-only and non-root.
 */
export async function stackSmokeTest(refs: Record<string, string>, log: (m: string) => void): Promise<void> {
  const t0 = Date.now();
  const suffix = Math.random().toString(36).slice(2, 8);
  const net = `llm-router-e2e-smoke-${suffix}`;
  const name = (n: string) => `${n}-${suffix}`;
  const started: string[] = [];
  const repo = seedWithImage(refs['mock-triton']!);
  const cfgDir = worldReadableTempDir('stack-ctrl-');
  const llms = TASK_CLASSES.map(
    (c) =>
      `      - {name: "${c}", api_base: "http://${name('llm')}:8080", api_key: "\${NVIDIA_API_KEY}", model: "model-for-${c.replace(/ /g, '-').toLowerCase()}"}\n`,
  ).join('');
  fs.writeFileSync(
    path.join(cfgDir, 'config.yaml'),
    `policies:\n  - name: task_router\n    url: http://${name('router-server')}:8000/v2/models/task_router_ensemble/infer\n    llms:\n${llms}`,
    { mode: 0o644 },
  );
  docker('network', 'create', net);
  try {
    const run = (n: string, ref: string, extra: string[], cmd: string[] = []) => {
      started.push(docker('run', '-d', ...HARDENED, '--network', net, '--name', name(n), ...extra, ref, ...cmd));
    };
    run('router-server', refs['mock-triton']!, ['-v', `${repo}:/models:ro`], ['tritonserver', ...CHART_TRITON_ARGS]);
    run('llm', refs['llm-double']!, ['-e', 'LLM_DOUBLE_API_KEY=stack-key']);
    run('controller', refs['router-controller']!, ['-v', `${cfgDir}/config.yaml:/app/config.yaml:ro`, '-e', 'NVIDIA_API_KEY=stack-key']);
    const body = JSON.stringify({
      model: '',
      messages: [{ role: 'user', content: 'write a python function' }],
      'nim-llm-router': { policy: 'task_router', routing_strategy: 'triton' },
    });
    const deadline = Date.now() + TRITON_READY_MS;
    for (;;) {
      const r = spawnSync(
        'docker',
        [
          'run',
          '--rm',
          ...HARDENED,
          '--network',
          net,
          '--entrypoint',
          'wget',
          refs.toolbox!,
          '-S',
          '-q',
          '-O',
          '-',
          '-T',
          '5',
          '--header',
          'Content-Type: application/json',
          '--post-data',
          body,
          `http://${name('controller')}:8084/v1/chat/completions`,
        ],
        { encoding: 'utf8' },
      );
      if (r.status === 0) {
        if (!/x-chosen-classifier: Code Generation/i.test(r.stderr) || !r.stdout.includes('"model":"model-for-code-generation"')) {
          throw new Error(`stack smoke: unexpected answer ${r.stdout} ${r.stderr}`);
        }
        break;
      }
      if (Date.now() > deadline) throw new Error(`stack smoke: no answer through the controller: ${r.stderr}`);
      await new Promise((res) => setTimeout(res, 500));
    }
    log(
      `smoke stack: toolbox wget -> router-controller -> mock-triton (real tritonserver) -> llm-double routed to Code Generation (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  } finally {
    for (const id of started) spawnSync('docker', ['rm', '-f', id], { stdio: 'ignore' });
    spawnSync('docker', ['network', 'rm', net], { stdio: 'ignore' });
  }
}
