// The controller's proxy path (/v1/chat/completions and /completions): read the
// nim-llm-router extension, pick an LLM (Triton classifier or manual), forward the
// request with the entry's model and API key, and relay the answer.
import http from 'node:http';
import https from 'node:https';
import { readBody, sendJson } from '../common/http.js';
import type { LlmEntry, Policy, RouterConfig } from './config.js';
import type { ControllerMetrics } from './metrics.js';

export const EXTENSION_KEY = 'nim-llm-router';

class ProxyError extends Error {
  constructor(readonly status: number, message: string, readonly rawBody?: { contentType: string; body: Buffer }) {
    super(message);
  }
}

/** Marker for failures where the real controller drops the connection without a reply. */
class DropConnection extends Error {}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade', 'te', 'trailer', 'proxy-authenticate', 'proxy-authorization']);

interface UpstreamReply { status: number; headers: http.IncomingHttpHeaders; stream: http.IncomingMessage }

function post(url: string, headers: http.OutgoingHttpHeaders, body: Buffer): Promise<UpstreamReply> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reject(new Error(`invalid URL '${url}'`));
      return;
    }
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(target, { method: 'POST', headers: { ...headers, 'content-length': body.length } }, (res) =>
      resolve({ status: res.statusCode ?? 502, headers: res.headers, stream: res }),
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function collect(stream: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Text sent to Triton: the last message's content, or "" when any content is not a string. */
export function classifierText(body: Record<string, unknown>): string {
  const messages = body.messages;
  if (!Array.isArray(messages)) return '';
  const parsed: string[] = [];
  for (const m of messages) {
    if (typeof m !== 'object' || m === null || typeof (m as { content?: unknown }).content !== 'string') return '';
    parsed.push((m as { content: string }).content);
  }
  return parsed.at(-1) ?? '';
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}

/** Checks the KServe v2 reply the way the real controller deserializes it, returns argmax. */
export function chooseIndex(reply: unknown): number {
  const bad = (why: string) => new ProxyError(500, `invalid Triton response: ${why}`);
  if (typeof reply !== 'object' || reply === null) throw bad('not an object');
  const r = reply as Record<string, unknown>;
  if (typeof r.model_name !== 'string') throw bad('model_name missing');
  if (typeof r.model_version !== 'string') throw bad('model_version missing or not a string');
  const p = r.parameters as Record<string, unknown> | undefined;
  if (typeof p !== 'object' || p === null) throw bad('parameters missing');
  if (!Number.isInteger(p.sequence_id) || typeof p.sequence_start !== 'boolean' || typeof p.sequence_end !== 'boolean') {
    throw bad('parameters must hold sequence_id, sequence_start and sequence_end');
  }
  if (!Array.isArray(r.outputs) || r.outputs.length === 0) throw bad('outputs missing or empty');
  for (const o of r.outputs as Array<Record<string, unknown>>) {
    if (typeof o?.name !== 'string' || typeof o.datatype !== 'string' || !isNumberArray(o.shape) || !isNumberArray(o.data)) {
      throw bad('every output needs name, datatype, shape and numeric data');
    }
  }
  const data = (r.outputs[0] as { data: number[] }).data;
  if (data.length === 0) throw bad('outputs[0].data is empty');
  let best = 0;
  for (let i = 1; i < data.length; i++) if (data[i]! > data[best]!) best = i;
  return best;
}

async function selectByTriton(policy: Policy, body: Record<string, unknown>): Promise<LlmEntry> {
  const tritonBody = Buffer.from(JSON.stringify({ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [[classifierText(body)]] }] }));
  let reply: UpstreamReply;
  try {
    reply = await post(policy.url, { 'content-type': 'application/json', accept: 'application/json' }, tritonBody);
  } catch (err) {
    throw new ProxyError(503, `failed to reach Triton at ${policy.url}: ${(err as Error).message}`);
  }
  const raw = await collect(reply.stream);
  if (reply.status < 200 || reply.status >= 300) {
    throw new ProxyError(reply.status, 'Triton error', { contentType: String(reply.headers['content-type'] ?? 'application/json'), body: raw });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ProxyError(500, 'invalid Triton response: not JSON');
  }
  const index = chooseIndex(json);
  const llm = policy.llms[index];
  if (!llm) throw new ProxyError(500, `Triton chose class ${index} but policy '${policy.name}' has ${policy.llms.length} llms`);
  return llm;
}

function parseExtension(body: unknown, config: RouterConfig): { policy: Policy; strategy: 'triton' | 'manual'; model?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ProxyError(400, 'request body must be a JSON object');
  const ext = (body as Record<string, unknown>)[EXTENSION_KEY];
  if (typeof ext !== 'object' || ext === null) throw new ProxyError(400, `missing '${EXTENSION_KEY}' object in request body`);
  const e = ext as Record<string, unknown>;
  if (typeof e.policy !== 'string') throw new ProxyError(400, `'${EXTENSION_KEY}.policy' is required`);
  const strategy = e.routing_strategy ?? 'triton';
  if (strategy !== 'triton' && strategy !== 'manual') throw new ProxyError(400, `'${EXTENSION_KEY}.routing_strategy' must be triton or manual`);
  if (e.model !== undefined && typeof e.model !== 'string') throw new ProxyError(400, `'${EXTENSION_KEY}.model' must be a string`);
  if (e.threshold !== undefined && typeof e.threshold !== 'number') throw new ProxyError(400, `'${EXTENSION_KEY}.threshold' must be a number`);
  const policy = config.policies.find((p) => p.name === e.policy);
  if (!policy) throw new ProxyError(404, `policy '${e.policy}' not found`);
  return { policy, strategy, ...(typeof e.model === 'string' ? { model: e.model } : {}) };
}

function relayHeaders(headers: http.IncomingHttpHeaders, chosen: string): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (!HOP_BY_HOP.has(k) && v !== undefined) out[k] = v;
  out['x-chosen-classifier'] = chosen;
  return out;
}

/** Sums `usage` from SSE `data:` lines of a streamed completion. */
function usageFromSse(text: string): unknown {
  let usage: unknown;
  for (const line of text.split('\n')) {
    if (!line.startsWith('data:')) continue;
    const payload = line.slice(5).trim();
    if (payload === '[DONE]') continue;
    try {
      const u = (JSON.parse(payload) as { usage?: unknown }).usage;
      if (u) usage = u;
    } catch {
      /* partial or non-JSON event: not our business */
    }
  }
  return usage;
}

export function proxyHandler(config: RouterConfig, metrics: ControllerMetrics) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
    let llmSeconds = 0;
    metrics.numRequests.inc();
    try {
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new ProxyError(400, 'request body is not valid JSON');
      }
      const { policy, strategy, model } = parseExtension(body, config);
      const json = body as Record<string, unknown>;
      metrics.requestsPerPolicy.inc({ policy: policy.name });
      metrics.strategyUsage.inc({ routing_policy: strategy });
      let llm: LlmEntry;
      const selStart = process.hrtime.bigint();
      if (strategy === 'manual') {
        const found = policy.llms.find((l) => l.name === model);
        if (!found) throw new ProxyError(400, `manual routing needs '${EXTENSION_KEY}.model' naming an llm of policy '${policy.name}'`);
        llm = found;
      } else {
        llm = await selectByTriton(policy, json);
      }
      metrics.selectionTime.observe(seconds(selStart));
      metrics.requestsPerModel.inc({ model: llm.model });

      const forward = { ...json };
      delete forward[EXTENSION_KEY];
      forward.model = llm.model;
      const streaming = req.method === 'POST' && req.headers['content-type'] === 'application/json' && json.stream === true;
      const llmStart = process.hrtime.bigint();
      let upstream: UpstreamReply;
      try {
        upstream = await post(
          `${llm.api_base}${req.url ?? ''}`,
          { authorization: `Bearer ${llm.api_key}`, accept: 'application/json', 'content-type': 'application/json' },
          Buffer.from(JSON.stringify(forward)),
        );
      } catch {
        throw new DropConnection();
      }
      res.setHeader('x-chosen-classifier', llm.name);
      if (streaming) {
        res.writeHead(upstream.status, relayHeaders(upstream.headers, llm.name));
        let tail = '';
        for await (const chunk of upstream.stream) {
          res.write(chunk);
          tail = (tail + (chunk as Buffer).toString('utf8')).slice(-8192);
        }
        res.end();
        metrics.recordUsage(llm.name, usageFromSse(tail));
      } else {
        const answer = await collect(upstream.stream);
        res.writeHead(upstream.status, { ...relayHeaders(upstream.headers, llm.name), 'content-length': answer.length });
        res.end(answer);
        try {
          metrics.recordUsage(llm.name, (JSON.parse(answer.toString('utf8')) as { usage?: unknown }).usage);
        } catch {
          /* non-JSON answers carry no usage */
        }
      }
      llmSeconds = seconds(llmStart);
      metrics.llmTime.observe({ llm: llm.name }, llmSeconds);
      metrics.recordOutcome(upstream.status);
    } catch (err) {
      if (err instanceof DropConnection) {
        metrics.recordOutcome('system');
        res.destroy();
      } else if (err instanceof ProxyError) {
        metrics.recordOutcome(err.status);
        if (err.rawBody) {
          res.writeHead(err.status, { 'content-type': err.rawBody.contentType, 'content-length': err.rawBody.body.length });
          res.end(err.rawBody.body);
        } else sendJson(res, err.status, { error: { message: err.message, status: err.status } });
      } else {
        metrics.recordOutcome('system');
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(err), status: 500 } });
        else res.destroy();
      }
    } finally {
      const total = seconds(started);
      metrics.latency.observe(total);
      metrics.overhead.observe(Math.max(0, total - llmSeconds));
    }
  };
}
