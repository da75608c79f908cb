// `tritonserver` entry point of the mock: Triton's command line, JSON logs, exits
// non-zero on a bad command line or (with --exit-on-error=true) a bad repository.
import { exitOnSignals } from '../common/http.js';
import { logJson } from '../common/log.js';
import { CliError, USAGE, parseTritonArgs } from './cli.js';
import { startMockTriton } from './server.js';

async function main(): Promise<void> {
  let options;
  try {
    options = parseTritonArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    process.stderr.write(`tritonserver: ${err.message}\n${USAGE}\n`);
    process.exit(1);
  }
  try {
    const triton = await startMockTriton(options);
    // Like Triton: wait for in-flight requests at most --exit-timeout-secs (default 30).
    const exitTimeoutMs = Number(options.raw['exit-timeout-secs']?.at(-1) ?? 30) * 1000;
    exitOnSignals('mock-triton', () => Promise.race([triton.stop(), new Promise<void>((resolve) => setTimeout(resolve, exitTimeoutMs).unref())]));
  } catch (err) {
    logJson('mock-triton', { level: 'error', msg: `error: creating server: ${err instanceof Error ? err.message : String(err)}` });
    process.exit(1);
  }
}

void main();
