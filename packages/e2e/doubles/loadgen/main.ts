// `loadgen`: env LOADGEN_URL, LOADGEN_BODY (JSON), LOADGEN_RPS (10), LOADGEN_DURATION_S (60),
// LOADGEN_WINDOW_S (5), LOADGEN_TIMEOUT_MS (10000), LOADGEN_WARMUP_S (90). Waits for a first 2xx
// (printing "LOADGEN_READY <ms>"), then measures. Prints one JSON summary line
// prefixed with "LOADGEN_SUMMARY " and exits 0 (the test judges the numbers).
import { runLoad, warmUp } from './run.js';

function num(name: string, d: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return d;
  const n = Number(v);
  if (!(n > 0)) throw new Error(`${name} must be a positive number, got '${v}'`);
  return n;
}

async function main(): Promise<void> {
  const url = process.env.LOADGEN_URL;
  const body = process.env.LOADGEN_BODY;
  if (!url || !body) throw new Error('LOADGEN_URL and LOADGEN_BODY are required');
  JSON.parse(body);
  const warmMs = await warmUp(url, body, num('LOADGEN_WARMUP_S', 90) * 1000);
  process.stdout.write(`LOADGEN_READY ${warmMs}\n`);
  const summary = await runLoad({
    url,
    body,
    rps: num('LOADGEN_RPS', 10),
    durationMs: num('LOADGEN_DURATION_S', 60) * 1000,
    windowMs: num('LOADGEN_WINDOW_S', 5) * 1000,
    timeoutMs: num('LOADGEN_TIMEOUT_MS', 10_000),
  });
  process.stdout.write(`LOADGEN_SUMMARY ${JSON.stringify(summary)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`loadgen: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
