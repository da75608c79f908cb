// OpenAI-compatible LLM double: chat completions (plain and SSE streaming), text
// completions and /v1/models. It checks the bearer token, answers with the model it
// was asked for, and remembers what it saw (GET /_seen) for the tests' assertions.
import crypto from 'node:crypto';
import http from 'node:http';
import { listen, readBody, sendJson, withAccessLog, type RunningServer } from '../common/http.js';

export interface SeenRequest {
  at: string;
  method: string;
  path: string;
  model: string | null;
  stream: boolean;
  bearer: string | null;
  authorized: boolean;
  accept: string | null;
  chosenBy: string | null;
  lastMessage: string | null;
  hasRouterExtension: boolean;
}

export interface LlmDoubleOptions {
  /** Expected bearer token; undefined accepts any non-empty token. */
  apiKey?: string;
  models: string[];
  /** Added latency per answer, to make load tests meaningful. */
  delayMs: number;
  maxSeen: number;
}

const DEFAULT_MODELS = [
  'meta/llama-3.1-70b-instruct',
  'meta/llama-3.1-8b-instruct',
  'mistralai/mixtral-8x22b-instruct-v0.1',
  'nvidia/llama-3.3-nemotron-super-49b-v1',
];

export function llmOptionsFromEnv(env: NodeJS.ProcessEnv, readFile: (p: string) => string): LlmDoubleOptions {
  let apiKey = env.LLM_DOUBLE_API_KEY;
  if (env.LLM_DOUBLE_API_KEY_FILE) apiKey = readFile(env.LLM_DOUBLE_API_KEY_FILE).trim();
  const num = (name: string, d: number) => {
    const v = env[name];
    if (v === undefined || v === '') return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got '${v}'`);
    return n;
  };
  return {
    ...(apiKey ? { apiKey } : {}),
    models: env.LLM_DOUBLE_MODELS
      ? env.LLM_DOUBLE_MODELS.split(',')
          .map((m) => m.trim())
          .filter(Boolean)
      : DEFAULT_MODELS,
    delayMs: num('LLM_DOUBLE_DELAY_MS', 0),
    maxSeen: num('LLM_DOUBLE_MAX_SEEN', 1000),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function openAiError(res: http.ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { error: { message, type: 'invalid_request_error', param: null, code } });
}

function tokens(text: string): number {
  return Math.max(1, text.split(/\s+/).filter(Boolean).length);
}

export function llmHandler(options: LlmDoubleOptions) {
  const seen: SeenRequest[] = [];
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (path === '/_seen') {
      if (req.method === 'DELETE') {
        seen.length = 0;
        res.writeHead(204).end();
      } else sendJson(res, 200, seen);
      return;
    }
    if (path === '/health' || path === '/v1/health/ready') return sendJson(res, 200, { status: 'ok' });
    const auth = req.headers.authorization ?? '';
    const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : null;
    const authorized = bearer !== null && bearer !== '' && (options.apiKey === undefined || bearer === options.apiKey);
    if (path === '/v1/models' && req.method === 'GET') {
      if (!authorized) return openAiError(res, 401, 'Incorrect API key provided', 'invalid_api_key');
      return sendJson(res, 200, {
        object: 'list',
        data: options.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'llm-double' })),
      });
    }
    const chat = path === '/v1/chat/completions';
    const text = path === '/v1/completions' || path === '/completions';
    if (!chat && !text) return openAiError(res, 404, `unknown path ${path}`, 'not_found');
    if (req.method !== 'POST') return openAiError(res, 405, `${req.method} not allowed`, 'method_not_allowed');
    const raw = await readBody(req);
    let body: Record<string, unknown> = {};
    let parsed = true;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      parsed = false;
    }
    const messages = Array.isArray(body.messages) ? (body.messages as Array<{ content?: unknown }>) : [];
    const last = chat ? messages.at(-1)?.content : body.prompt;
    const record: SeenRequest = {
      at: new Date().toISOString(),
      method: req.method,
      path: url.pathname + url.search,
      model: typeof body.model === 'string' ? body.model : null,
      stream: body.stream === true,
      bearer,
      authorized,
      accept: req.headers.accept ?? null,
      chosenBy: (req.headers['x-chosen-classifier'] as string | undefined) ?? null,
      lastMessage: typeof last === 'string' ? last : null,
      hasRouterExtension: 'nim-llm-router' in body,
    };
    seen.push(record);
    if (seen.length > options.maxSeen) seen.shift();
    if (!authorized) return openAiError(res, 401, 'Incorrect API key provided', 'invalid_api_key');
    if (!parsed) return openAiError(res, 400, 'request body is not valid JSON', 'invalid_json');
    const model = record.model;
    if (!model) return openAiError(res, 400, "'model' is required", 'missing_model');
    // Models named fail-<status> answer with that status: lets tests check pass-through.
    const fail = /^fail-(\d{3})$/.exec(model.split('/').pop() ?? '');
    if (fail) return openAiError(res, Number(fail[1]), `simulated failure for model ${model}`, 'simulated');
    if (options.delayMs > 0) await sleep(options.delayMs);
    const answer = `[llm-double model=${model}] you said: ${record.lastMessage ?? ''}`;
    const id = `chatcmpl-${crypto.randomBytes(8).toString('hex')}`;
    const created = Math.floor(Date.now() / 1000);
    const usage = {
      prompt_tokens: tokens(record.lastMessage ?? ''),
      completion_tokens: tokens(answer),
      total_tokens: tokens(record.lastMessage ?? '') + tokens(answer),
    };
    if (!record.stream) {
      return sendJson(
        res,
        200,
        chat
          ? {
              id,
              object: 'chat.completion',
              created,
              model,
              choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
              usage,
            }
          : { id, object: 'text_completion', created, model, choices: [{ index: 0, text: answer, finish_reason: 'stop' }], usage },
      );
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const event = (obj: unknown) => res.write(`data: ${JSON.stringify(obj)}\n\n`);
    const words = answer.split(' ');
    for (let i = 0; i < words.length; i++) {
      const piece = (i === 0 ? '' : ' ') + words[i];
      event(
        chat
          ? {
              id,
              object: 'chat.completion.chunk',
              created,
              model,
              choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: piece } : { content: piece }, finish_reason: null }],
            }
          : { id, object: 'text_completion', created, model, choices: [{ index: 0, text: piece, finish_reason: null }] },
      );
    }
    event(
      chat
        ? { id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }
        : { id, object: 'text_completion', created, model, choices: [{ index: 0, text: '', finish_reason: 'stop' }] },
    );
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) event({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    res.end('data: [DONE]\n\n');
  };
  return { handler, seen };
}

export async function startLlmDouble(
  options: LlmDoubleOptions,
  port: number,
  host = '0.0.0.0',
): Promise<RunningServer & { seen: SeenRequest[] }> {
  const { handler, seen } = llmHandler(options);
  const s = await listen(
    http.createServer(
      withAccessLog('llm-double', handler, (req) => ({
        // Log which token was used without printing it.
        bearer_sha256: req.headers.authorization
          ? crypto
              .createHash('sha256')
              .update(req.headers.authorization.replace(/^Bearer /, ''))
              .digest('hex')
              .slice(0, 12)
          : null,
      })),
    ),
    port,
    host,
  );
  return { ...s, seen };
}
