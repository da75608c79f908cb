// LLM double entry point. Env: LLM_DOUBLE_LISTEN_PORT (8080), LLM_DOUBLE_API_KEY or
// LLM_DOUBLE_API_KEY_FILE (expected bearer token), LLM_DOUBLE_MODELS, LLM_DOUBLE_DELAY_MS.
import fs from 'node:fs';
import { exitOnSignals } from '../common/http.js';
import { logJson } from '../common/log.js';
import { llmOptionsFromEnv, startLlmDouble } from './server.js';

async function main(): Promise<void> {
  const options = llmOptionsFromEnv(process.env, (p) => fs.readFileSync(p, 'utf8'));
  // Not LLM_DOUBLE_PORT: a Service named llm-double injects that (service links) as tcp://IP:port.
  const portText = process.env.LLM_DOUBLE_LISTEN_PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`LLM_DOUBLE_LISTEN_PORT must be a port number, got '${portText}'`);
  const server = await startLlmDouble(options, port);
  exitOnSignals('llm-double', () => server.close());
  logJson('llm-double', {
    level: 'info',
    msg: `listening on 0.0.0.0:${server.port}`,
    checks_api_key: options.apiKey !== undefined,
    models: options.models,
  });
}

main().catch((err: unknown) => {
  logJson('llm-double', { level: 'error', msg: String(err) });
  process.exit(1);
});
