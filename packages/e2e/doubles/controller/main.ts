// router-controller double entry point. Like the real controller (PID 1, no handler)
// it ignores SIGTERM by default, so pods wait out terminationGracePeriodSeconds: the
// chart's preStop/grace settings are what the e2e tests exercise.
// ROUTER_CONTROLLER_ON_SIGTERM=graceful makes it drain and exit instead.
import fs from 'node:fs';
import { exitOnSignals } from '../common/http.js';
import { logJson } from '../common/log.js';
import { CONTROLLER_USAGE, UsageError, parseControllerArgs } from './cli.js';
import { ConfigError, loadConfigText } from './config.js';
import { CONTROLLER_PORT, startController } from './server.js';

const SERVICE = 'router-controller';

async function main(): Promise<void> {
  let configPath: string;
  try {
    ({ configPath } = parseControllerArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`error: ${err.message}\n\n${CONTROLLER_USAGE}\n`);
    process.exit(2);
  }
  let raw: string;
  try {
    raw = fs.readFileSync(configPath, 'utf8');
  } catch (err) {
    logJson(SERVICE, { level: 'error', msg: `cannot read config file ${configPath}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    process.exit(1);
  }
  let loaded;
  try {
    loaded = loadConfigText(raw, process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    logJson(SERVICE, { level: 'error', msg: `invalid config ${configPath}: ${err.message}` });
    process.exit(1);
  }
  for (const w of loaded.warnings) logJson(SERVICE, { level: 'warn', msg: w });
  const portEnv = process.env.ROUTER_CONTROLLER_DOUBLE_PORT;
  const server = await startController(loaded.config, portEnv ? Number(portEnv) : CONTROLLER_PORT);

  const mode = process.env.ROUTER_CONTROLLER_ON_SIGTERM ?? 'ignore';
  if (mode === 'graceful') {
    exitOnSignals(SERVICE, () => server.close());
  } else if (mode === 'ignore') {
    const ignore = (signal: NodeJS.Signals) => logJson(SERVICE, { level: 'info', msg: `${signal} ignored (the real controller installs no handler); waiting for SIGKILL` });
    process.on('SIGTERM', ignore);
    process.on('SIGINT', ignore);
  } else {
    logJson(SERVICE, { level: 'error', msg: `ROUTER_CONTROLLER_ON_SIGTERM must be ignore or graceful, got '${mode}'` });
    process.exit(1);
  }
  // Logged after the signal handlers exist, so "listening" means signals are handled too.
  logJson(SERVICE, { level: 'info', msg: `listening on 0.0.0.0:${server.port}`, config_path: configPath, policies: loaded.config.policies.map((p) => p.name) });
}

void main();
