// router-controller double entry point. Like the real controller it installs no signal
// handler: as PID 1 (a container's only process) the kernel drops SIGTERM, so pods wait out
// terminationGracePeriodSeconds; as an ordinary process SIGTERM kills it at once (exit 143 in
// a shell) without draining. The chart's preStop/grace settings are tested against that.
import fs from 'node:fs';
import { CONTROLLER_USAGE, UsageError, parseControllerArgs } from './cli.js';
import { ConfigError, loadConfigText } from './config.js';
import { ControllerLog, controllerLogLevel } from './log.js';
import { CONTROLLER_PORT, startController } from './server.js';

async function main(): Promise<void> {
  const log = new ControllerLog(controllerLogLevel(process.env.RUST_LOG));
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
    log.error(`cannot read config file ${configPath}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    process.exit(1);
  }
  let loaded;
  try {
    loaded = loadConfigText(raw, process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    log.error(`invalid config ${configPath}: ${err.message}`);
    process.exit(1);
  }
  for (const w of loaded.warnings) log.warn(w);
  // unit tests only: the real controller always listens on 8084
  const portEnv = process.env.ROUTER_CONTROLLER_DOUBLE_PORT;
  await startController(loaded.config, portEnv ? Number(portEnv) : CONTROLLER_PORT, '0.0.0.0', log);
}

void main();
