// Demo-app double (stands in for the Gradio app): reads /app/config.yaml, serves /
// with 200, and calls the controller the way the real app does (GET {url}/config,
// streaming POST {url}/v1/chat/completions).
import http from 'node:http';
import YAML from 'yaml';
import { listen, readBody, sendJson, withAccessLog, type RunningServer } from '../common/http.js';

/** routing_strategy is the list of choices the real app offers in its strategy dropdown (runtime contract). */
export interface DemoConfig {
  router_controller_url: string;
  openai_api_key: string;
  routing_strategy: string[];
}

export function parseDemoConfig(text: string): DemoConfig {
  const doc = YAML.parse(text) as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null) throw new Error('demo app config must be a mapping');
  const url = doc.router_controller_url;
  if (typeof url !== 'string' || url === '') throw new Error('router_controller_url: missing or empty');
  return {
    router_controller_url: url.replace(/\/+$/, ''),
    openai_api_key: typeof doc.openai_api_key === 'string' ? doc.openai_api_key : 'dummy',
    routing_strategy: strategies(doc.routing_strategy),
  };
}

function strategies(value: unknown): string[] {
  if (value === undefined) return ['manual', 'triton'];
  if (!Array.isArray(value) || value.length === 0 || !value.every((s) => s === 'triton' || s === 'manual'))
    throw new Error(
      `routing_strategy: must be a non-empty list of triton/manual (the app's dropdown choices), got ${JSON.stringify(value)}`,
    );
  return value as string[];
}

async function callController(url: string, init: { method: string; headers?: Record<string, string>; body?: string }) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function demoHandler(config: DemoConfig) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/' && req.method === 'GET') {
      let status: string;
      let policies: string[] = [];
      try {
        const r = await callController(`${config.router_controller_url}/config`, { method: 'GET' });
        status = String(r.status);
        policies = ((JSON.parse(r.text) as { policies?: Array<{ name: string }> }).policies ?? []).map((p) => p.name);
      } catch (err) {
        status = `unreachable (${(err as Error).message})`;
      }
      const html = `<!doctype html><html><head><title>LLM Router demo (double)</title></head><body>
<h1>LLM Router demo (test double)</h1>
<p>controller: ${escapeHtml(config.router_controller_url)} - GET /config: ${escapeHtml(status)}</p>
<p>policies: ${escapeHtml(policies.join(', '))}</p>
<p>strategies: ${escapeHtml(config.routing_strategy.join(', '))}</p>
<p>POST /api/chat {"message": "...", "policy": "task_router", "strategy": "triton"} sends a streaming chat request through the controller.</p>
</body></html>\n`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
      res.end(html);
      return;
    }
    if (path === '/api/config' && req.method === 'GET') {
      try {
        const r = await callController(`${config.router_controller_url}/config`, { method: 'GET' });
        res.writeHead(r.status, { 'content-type': 'application/json' }).end(r.text);
      } catch (err) {
        sendJson(res, 502, { error: `controller unreachable: ${(err as Error).message}` });
      }
      return;
    }
    if (path === '/api/chat' && req.method === 'POST') {
      const input = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
        message?: string;
        policy?: string;
        model?: string;
        strategy?: string;
      };
      // the dropdown offers only the configured strategies; the first one is the default choice here
      const strategy = input.strategy ?? config.routing_strategy[0]!;
      if (!config.routing_strategy.includes(strategy)) {
        sendJson(res, 400, { error: `strategy ${strategy} is not offered (routing_strategy: ${config.routing_strategy.join(', ')})` });
        return;
      }
      const ext: Record<string, unknown> = { policy: input.policy ?? 'task_router', routing_strategy: strategy };
      if (strategy === 'manual') ext.model = input.model;
      try {
        const r = await callController(`${config.router_controller_url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${config.openai_api_key}` },
          body: JSON.stringify({
            model: '',
            messages: [{ role: 'user', content: input.message ?? '' }],
            stream: true,
            'nim-llm-router': ext,
          }),
        });
        const content = r.text
          .split('\n')
          .filter((l) => l.startsWith('data: ') && !l.includes('[DONE]'))
          .map((l) => {
            try {
              return (JSON.parse(l.slice(6)) as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? '';
            } catch {
              return '';
            }
          })
          .join('');
        sendJson(res, r.status === 200 ? 200 : 502, {
          status: r.status,
          chosen_classifier: r.headers.get('x-chosen-classifier'),
          content,
          raw: r.status === 200 ? undefined : r.text,
        });
      } catch (err) {
        sendJson(res, 502, { error: `controller unreachable: ${(err as Error).message}` });
      }
      return;
    }
    sendJson(res, 404, { error: 'Not Found' });
  };
}

export function startDemoApp(config: DemoConfig, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  return listen(http.createServer(withAccessLog('demo-app', demoHandler(config))), port, host);
}
