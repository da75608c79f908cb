// Demo-app double entry point. Env: DEMO_APP_CONFIG (default /app/config.yaml),
// GRADIO_SERVER_PORT (default 8008).
import fs from 'node:fs';
import { exitOnSignals } from '../common/http.js';
import { logJson } from '../common/log.js';
import { parseDemoConfig, startDemoApp } from './server.js';

async function main(): Promise<void> {
  const path = process.env.DEMO_APP_CONFIG ?? '/app/config.yaml';
  const config = parseDemoConfig(fs.readFileSync(path, 'utf8'));
  const server = await startDemoApp(config, Number(process.env.GRADIO_SERVER_PORT ?? 8008));
  exitOnSignals('demo-app', () => server.close());
  logJson('demo-app', {
    level: 'info',
    msg: `listening on 0.0.0.0:${server.port}`,
    config_path: path,
    router_controller_url: config.router_controller_url,
  });
}

main().catch((err: unknown) => {
  logJson('demo-app', { level: 'error', msg: `startup failed: ${err instanceof Error ? err.message : String(err)}` });
  process.exit(1);
});
