// The real tritonserver as a process: its command line errors, a missing repository,
// start-up with slow and failing models (--exit-on-error true/false), model-control modes
// and SIGTERM. Facts the chart's probes and the crash-loop/unready e2e tests rely on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tritonForTests } from '../triton/install.js';
import { freePort, seededRepository, startTriton, type TritonProcess } from '../triton/run.js';
import { request, sleep, waitForHttp } from './helpers.js';

const install = tritonForTests('triton-cli.test');
const suite = install ? describe : describe.skip;
jest.setTimeout(480_000);

const emptyRepository = () => fs.mkdtempSync(path.join(os.tmpdir(), 'empty-models-'));
/** The stand-in repository with only the task router (4 models: faster to load). */
function taskRouterOnly(): string {
  const repo = seededRepository(install!);
  for (const m of fs.readdirSync(repo)) if (m.includes('complexity')) fs.rmSync(path.join(repo, m), { recursive: true });
  return repo;
}
const refused = (url: string) =>
  request(url).then(
    () => false,
    (err: NodeJS.ErrnoException) => err.code === 'ECONNREFUSED',
  );

suite('tritonserver command line (real binary)', () => {
  const run = (args: string[]) => {
    const r = spawnSync(install!.tritonserver, args, { encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  };

  it.each([
    [['--no-such-flag=1'], /unrecognized option '--no-such-flag=1'[\s\S]*Usage: tritonserver/],
    [['--http-port=abc'], /Bad option: "--http-port"\.\s+Invalid option value\. Got abc/],
    [['--exit-on-error=maybe'], /Bad option: "--exit-on-error"\.\s+invalid value for bool option: maybe/],
    [['--log-format=json'], /invalid argument for --log-format/],
    [['--model-control-mode=auto'], /invalid argument for --model-control-mode/],
    [['--load-model=task_router_ensemble'], /Use of '--load-model' requires setting '--model-control-mode=explicit' as well/],
    [['/models'], /Unexpected argument: \/models/],
  ])('exits 1 on %j', (extra, message) => {
    const r = run([`--model-repository=${emptyRepository()}`, ...extra]);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(message);
  });

  it('exits 1 without --model-repository, on an option without its value, and on a missing repository', async () => {
    expect(run(['--http-port=8000'])).toEqual({
      status: 1,
      output: expect.stringContaining('error: creating server: Invalid argument - --model-repository must be specified'),
    });
    expect(run(['--model-repository'])).toEqual({
      status: 1,
      output: expect.stringContaining("option '--model-repository' requires an argument"),
    });
    const ports = [`--http-port=${await freePort()}`, `--grpc-port=${await freePort()}`, `--metrics-port=${await freePort()}`];
    expect(run(['--model-repository=/nonexistent/models', ...ports])).toEqual({
      status: 1,
      output: expect.stringContaining('error: creating server: Internal - failed to stat file /nonexistent/models'),
    });
  });

  it('refuses port 0 for both HTTP and gRPC (no ephemeral ports: tests pick free ones)', () => {
    const r = run([`--model-repository=${emptyRepository()}`, '--http-port=0', '--grpc-port=0']);
    expect(r.status).toBe(1);
    expect(r.output).toContain('The server cannot listen to HTTP requests and GRPC requests at the same address and port 0.0.0.0:0');
  });

  it('accepts "--flag value" as well as "--flag=value", and --model-control-mode=NONE', async () => {
    const t = await startTriton(install!, emptyRepository(), [
      '--log-verbose',
      '1',
      '--strict-readiness',
      'true',
      '--model-control-mode=NONE',
    ]);
    try {
      await waitForHttp(`${t.http}/v2/health/ready`, 200, 60_000, t);
    } finally {
      expect((await t.stop()).code).toBe(0);
    }
  });

  it('with --exit-on-error=false a missing repository leaves a running server that is neither live nor ready', async () => {
    const t = await startTriton(install!, '/nonexistent/models', ['--exit-on-error=false']);
    try {
      await waitForHttp(`${t.http}/v2/health/ready`, 400, 60_000, t);
      expect((await request(`${t.http}/v2/health/live`)).status).toBe(400);
      expect(t.lines.join('\n')).toContain('failed to stat file /nonexistent/models');
    } finally {
      await t.stop();
    }
  });
});

suite('tritonserver start-up and shutdown with the stand-in models (real binary)', () => {
  it('opens no port until every model has loaded, then is ready at once; SIGTERM closes the port quickly and exits 0', async () => {
    const delayMs = 4000;
    const t = await startTriton(install!, taskRouterOnly(), [], { MOCK_TRITON_LOAD_DELAY_MS: String(delayMs) });
    let tp: TritonProcess | undefined = t;
    try {
      await sleep(1000);
      expect(await refused(`${t.http}/v2/health/live`)).toBe(true);
      expect(await refused(`${t.metrics}/metrics`)).toBe(true);
      const waited = 1000 + (await waitForHttp(`${t.http}/v2/health/live`, 200, 360_000, t));
      expect(waited).toBeGreaterThanOrEqual(delayMs);
      expect((await request(`${t.http}/v2/health/ready`)).status).toBe(200);
      expect((await request(`${t.http}/v2/models/task_router_ensemble/ready`)).status).toBe(200);
      process.stdout.write(
        `triton-cli: with MOCK_TRITON_LOAD_DELAY_MS=${delayMs} the first port answered after ${(waited / 1000).toFixed(1)} s\n`,
      );

      const sent = Date.now();
      t.child.kill('SIGTERM');
      while (!(await refused(`${t.http}/v2/health/live`))) await sleep(20);
      const closed = Date.now() - sent;
      const exit = await t.exit;
      const exited = Date.now() - sent;
      tp = undefined;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(closed).toBeLessThan(2000);
      process.stdout.write(`triton-cli: SIGTERM -> HTTP port closed after ${closed} ms, exit 0 after ${(exited / 1000).toFixed(1)} s\n`);
    } finally {
      await tp?.stop();
    }
  });

  it('a model that fails to load with --exit-on-error=true: the process exits 1 naming the model, without opening a port', async () => {
    const t = await startTriton(install!, taskRouterOnly(), ['--exit-on-error=true'], { MOCK_TRITON_FAIL_MODELS: 'task_router' });
    const exit = await t.exit;
    expect(exit.code).toBe(1);
    const out = t.lines.join('\n');
    expect(out).toMatch(/failed to load 'task_router' version 1: .*stand-in model 'task_router' fails to load on purpose/);
    expect(out).not.toContain('Started HTTPService');
  });

  it('a model that fails to load with --exit-on-error=false: live, never ready; the ensemble over it is unavailable, the rest serves', async () => {
    const t = await startTriton(install!, seededRepository(install!), ['--exit-on-error=false'], {
      MOCK_TRITON_FAIL_MODELS: 'task_router',
    });
    try {
      await waitForHttp(`${t.http}/v2/health/live`, 200, 360_000, t);
      expect((await request(`${t.http}/v2/health/ready`)).status).toBe(400);
      expect((await request(`${t.http}/v2/models/task_router/ready`)).status).toBe(400);
      expect((await request(`${t.http}/v2/models/task_router_ensemble/ready`)).status).toBe(400);
      const index = (await request(`${t.http}/v2/repository/index`, { body: {} })).json() as Array<{
        name: string;
        state?: string;
        reason?: string;
      }>;
      expect(index.find((m) => m.name === 'task_router')).toMatchObject({
        state: 'UNAVAILABLE',
        reason: expect.stringContaining('fails to load on purpose'),
      });
      expect(index.find((m) => m.name === 'complexity_router_ensemble')).toMatchObject({ state: 'READY' });
      const infer = await request(`${t.http}/v2/models/complexity_router_ensemble/infer`, {
        body: { inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [['why?']] }] },
      });
      expect(infer.status).toBe(200);
    } finally {
      expect((await t.stop()).code).toBe(0);
    }
  });

  it('explicit model control: ports open at once; a model is not ready (400) while it loads through the repository API', async () => {
    const t = await startTriton(install!, taskRouterOnly(), ['--model-control-mode=explicit'], { MOCK_TRITON_LOAD_DELAY_MS: '3000' });
    try {
      await waitForHttp(`${t.http}/v2/health/ready`, 200, 60_000, t);
      const loading = request(`${t.http}/v2/repository/models/task_router_ensemble/load`, { body: {} });
      await sleep(1000);
      expect((await request(`${t.http}/v2/models/task_router_ensemble/ready`)).status).toBe(400);
      expect((await loading).status).toBe(200);
      expect((await request(`${t.http}/v2/models/task_router_ensemble/ready`)).status).toBe(200);
      expect((await request(`${t.http}/v2/models/task_router/ready`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});
