// Re-records fixtures/metrics/triton-2.51-cpu.prom: the /metrics text of the real tritonserver
// (installed by triton/install.sh) serving the stand-in repository after a fixed request mix:
// 3 rounds of 4 texts to each ensemble, one request the stand-in classifier fails on purpose
// (a composing model's error: reason OTHER on the ensemble) and one with a wrong input name
// (rejected before execution: not counted). Run: npx tsx scripts/record-triton-metrics.ts
import fs from 'node:fs';
import path from 'node:path';
import { TRITON_FIXTURE } from '../monitoring/known-series.js';
import { request, waitForHttp } from '../test/helpers.js';
import { installTriton } from '../triton/install.js';
import { seededRepository, startTriton } from '../triton/run.js';

const FAIL_MARKER = '[[standin-fail]]';

async function main(): Promise<void> {
  const install = installTriton();
  const t = await startTriton(install, seededRepository(install));
  try {
    await waitForHttp(`${t.http}/v2/health/ready`, 200, 600_000, t);
    const infer = (model: string, text: string, input = 'INPUT') =>
      request(`${t.http}/v2/models/${model}/infer`, {
        body: { inputs: [{ name: input, datatype: 'BYTES', shape: [1, 1], data: [[text]] }] },
      });
    for (let round = 0; round < 3; round++) {
      for (const text of ['write a python function', 'summarize this', 'hello', '']) {
        for (const model of ['task_router_ensemble', 'complexity_router_ensemble']) {
          const r = await infer(model, text);
          if (r.status !== 200) throw new Error(`${model} answered ${r.status}: ${r.text}`);
        }
      }
    }
    const failed = await infer('task_router_ensemble', FAIL_MARKER);
    const rejected = await infer('task_router_ensemble', 'x', 'WRONG');
    if (failed.status === 200 || rejected.status === 200) throw new Error('the failing requests were answered 200');
    const metrics = (await request(`${t.metrics}/metrics`)).text;
    const header = [
      `# Recorded by packages/e2e/scripts/record-triton-metrics.ts from tritonserver ${install.serverVersion}`,
      '# (PyPI nvidia-pytriton, CPU-only) serving the stand-in models: 24 inferences, 1 failed on purpose, 1 rejected.',
    ];
    fs.mkdirSync(path.dirname(TRITON_FIXTURE), { recursive: true });
    fs.writeFileSync(TRITON_FIXTURE, `${header.join('\n')}\n${metrics}`);
    process.stdout.write(`wrote ${TRITON_FIXTURE} (${metrics.split('\n').filter((l) => l && !l.startsWith('#')).length} samples)\n`);
  } finally {
    await t.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
