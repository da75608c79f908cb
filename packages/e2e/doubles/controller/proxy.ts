// The controller's proxy path (/v1/chat/completions and /completions): read the
// nim-llm-router extension, pick an LLM (Triton classifier or manual), forward the
// request with the entry's model and API key, and relay the answer. Every error reply
// is the one observed on the real controller (runtime contract, last section): some are
// JSON, some plain text labelled application/json, some no reply at all.
import http from 'node:http';
import https from 'node:https';
import type { LlmEntry, Policy, RouterConfig } from './config.js';
import { relayable, type Exchange } from './exchange.js';
import type { ControllerLog } from './log.js';
import type { ControllerMetrics } from './metrics.js';

export const EXTENSION_KEY = 'nim-llm-router';
export const MISSING_EXTENSION = `Missing required '${EXTENSION_KEY}' parameters in request body`;
export const TRITON_UNREACHABLE = 'Triton server is unreachable';

const JSON_TYPE = { 'content-type': 'application/json' };

/** A reply the handler decided on: JSON error body, or plain text labelled application/json. */
class Reply extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(body);
  }
  static jsonError(status: number, message: string): Reply {
    return new Reply(status, JSON.stringify({ error: { message, status } }));
  }
}

/** The real handler returns an error here: the client gets no reply (counted as "system"). */
class NoReply extends Error {}

interface UpstreamReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  stream: http.IncomingMessage;
}

function post(url: string, headers: http.OutgoingHttpHeaders, body: Buffer): Promise<UpstreamReply> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reject(new Error(`builder error: relative URL without a base: '${url}'`));
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

/**
 * The messages as the controller parses them: a list of {role, content} strings. One message
 * that does not fit (content parts, a missing role) makes the whole list empty.
 */
export function parseMessages(body: unknown): Array<{ role: string; content: string }> {
  const messages = (body as Record<string, unknown> | null)?.messages;
  if (!Array.isArray(messages)) return [];
  const ok = messages.every((m) => typeof m === 'object' && m !== null && typeof m.role === 'string' && typeof m.content === 'string');
  return ok ? (messages as Array<{ role: string; content: string }>) : [];
}

/** Text sent to Triton: the last message's content ("" when the list parses as empty). */
export function classifierText(body: unknown): string {
  return parseMessages(body).at(-1)?.content ?? '';
}

const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
const isNumberArray = (v: unknown, int = false): boolean => Array.isArray(v) && v.every((x) => (int ? isInt(x) : typeof x === 'number'));

/** Deserializes a KServe v2 reply the way the controller does and returns the argmax index. */
export function chooseIndex(reply: unknown): number {
  const invalid = (why: string) => new Reply(500, `Invalid Triton response: ${why}`);
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) throw invalid('invalid type: expected struct Output');
  const r = reply as Record<string, unknown>;
  for (const field of ['model_name', 'model_version', 'parameters', 'outputs'])
    if (!(field in r)) throw invalid(`missing field \`${field}\``);
  if (typeof r.model_name !== 'string' || typeof r.model_version !== 'string')
    throw invalid('model_name and model_version must be strings');
  const p = r.parameters as Record<string, unknown>;
  if (
    typeof p !== 'object' ||
    p === null ||
    !isInt(p.sequence_id) ||
    typeof p.sequence_start !== 'boolean' ||
    typeof p.sequence_end !== 'boolean'
  ) {
    throw invalid('parameters must hold sequence_id, sequence_start and sequence_end');
  }
  if (!Array.isArray(r.outputs)) throw invalid('outputs must be a list');
  for (const o of r.outputs as Array<Record<string, unknown>>) {
    if (typeof o?.name !== 'string' || typeof o.datatype !== 'string' || !isNumberArray(o.shape, true) || !isNumberArray(o.data)) {
      throw invalid('every output needs name, datatype, shape and numeric data');
    }
  }
  const first = r.outputs[0] as { data: number[] } | undefined;
  if (!first) throw new Reply(500, 'No outputs returned from the Triton response');
  if (first.data.length === 0) throw new Reply(500, 'Could not determine model selection from probability distribution');
  // argmax that keeps the LAST of equal maxima, as the real controller's max_by does
  let best = 0;
  for (let i = 1; i < first.data.length; i++) if (first.data[i]! >= first.data[best]!) best = i;
  return best;
}

interface Extension {
  policy: string;
  routing_strategy?: 'triton' | 'manual';
  model?: string;
}

/** The extension, or undefined when it is missing or does not deserialize (-> 400). */
export function parseExtension(body: unknown): Extension | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const e = (body as Record<string, unknown>)[EXTENSION_KEY];
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return undefined;
  const x = e as Record<string, unknown>;
  const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || v === null || ok(v);
  if (typeof x.policy !== 'string') return undefined;
  if (!optional(x.routing_strategy, (v) => v === 'triton' || v === 'manual')) return undefined;
  if (!optional(x.model, (v) => typeof v === 'string')) return undefined;
  if (!optional(x.threshold, (v) => typeof v === 'number')) return undefined;
  return {
    policy: x.policy,
    ...(x.routing_strategy ? { routing_strategy: x.routing_strategy as 'triton' | 'manual' } : {}),
    ...(typeof x.model === 'string' ? { model: x.model } : {}),
  };
}

/**
 * Usage counted from a streamed completion: only from `data:` events that also carry choices.
 * A final usage-only chunk (`choices: []`, what `stream_options.include_usage` produces) is not.
 */
export class StreamUsage {
  private buffer = '';
  constructor(private readonly onUsage: (usage: unknown) => void) {}
  push(chunk: Buffer): void {
    this.buffer += chunk.toString('utf8');
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }
  end(): void {
    this.line(this.buffer);
    this.buffer = '';
  }
  private line(line: string): void {
    if (!line.startsWith('data:')) return;
    const payload = line.slice(5).trim();
    if (payload === '[DONE]') return;
    try {
      const event = JSON.parse(payload) as { choices?: unknown; usage?: unknown };
      if (Array.isArray(event.choices) && event.choices.length > 0 && event.usage) this.onUsage(event.usage);
    } catch {
      /* partial or non-JSON event: nothing to count */
    }
  }
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

export function proxyHandler(config: RouterConfig, metrics: ControllerMetrics, log: ControllerLog) {
  async function selectByTriton(policy: Policy, text: string): Promise<number> {
    log.info('Using policy', { policy: policy.name });
    log.info('Triton input text', { text });
    const tritonBody = Buffer.from(JSON.stringify({ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [[text]] }] }));
    let reply: UpstreamReply;
    try {
      reply = await post(policy.url, JSON_TYPE, tritonBody);
    } catch (err) {
      log.error('Failed to reach Triton server', { url: policy.url, error: (err as Error).message });
      throw new Reply(503, TRITON_UNREACHABLE);
    }
    const raw = await collect(reply.stream);
    if (reply.status < 200 || reply.status >= 300) {
      log.error('Triton error response', { status: reply.status, body: raw.toString('utf8') });
      throw new Reply(reply.status, `Triton service error: ${raw.toString('utf8')}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch (err) {
      log.error('Failed to parse Triton response', { error: (err as Error).message });
      throw new Reply(500, `Invalid Triton response: ${(err as Error).message}`);
    }
    try {
      const index = chooseIndex(json);
      log.info('model_index chosen by classifier', { index });
      return index;
    } catch (err) {
      if (err instanceof Reply) log.error('Failed to parse Triton response', { error: err.body });
      throw err;
    }
  }

  /** Handles one proxied request; returns the status sent, or throws NoReply / Reply. */
  async function route(ex: Exchange, timing: { selection: number; llm: number }): Promise<{ status: number; streaming?: Promise<void> }> {
    log.info('parts', { method: ex.method, uri: ex.target, version: `HTTP/${ex.httpVersion}`, headers: ex.headers });
    let raw: Buffer;
    try {
      raw = await ex.body();
    } catch {
      throw new NoReply();
    }
    const bodyText = raw.toString('utf8');
    log.info('body_str', { body: bodyText });
    let json: unknown = null;
    try {
      json = JSON.parse(bodyText);
    } catch {
      /* Null: the extension is then missing */
    }
    const streaming =
      ex.method === 'POST' &&
      ex.headers['content-type'] === 'application/json' &&
      (json as Record<string, unknown> | null)?.stream === true;
    const messages = parseMessages(json);
    log.info('messages', { messages });

    const ext = parseExtension(json);
    if (!ext) throw Reply.jsonError(400, MISSING_EXTENSION);
    const policy = config.policies.find((p) => p.name === ext.policy);
    if (!policy) throw Reply.jsonError(404, `Policy '${ext.policy}' not found`);
    metrics.requestsPerPolicy().inc({ policy: policy.name });

    let index: number;
    if (ext.routing_strategy === 'manual') {
      metrics.strategyUsage().inc({ routing_policy: 'manual' });
      if (ext.model === undefined) throw new NoReply('No model specified for manual routing');
      index = policy.llms.findIndex((l) => l.name === ext.model);
      if (index < 0) throw new Reply(404, `Model not found: ${ext.model}`);
    } else if (ext.routing_strategy === 'triton') {
      metrics.strategyUsage().inc({ routing_policy: 'triton' });
      const t0 = process.hrtime.bigint();
      index = await selectByTriton(policy, messages.at(-1)?.content ?? '');
      timing.selection = seconds(t0);
      metrics.selectionTime().observe(timing.selection);
    } else {
      throw new NoReply('No routing strategy specified');
    }
    const llm: LlmEntry | undefined = policy.llms[index];
    if (!llm) throw new NoReply(`LLM not found at index ${index}`);
    log.info('Chosen Classifier', { classifier: llm.name });
    metrics.requestsPerModel().inc({ model: llm.name });
    log.info('api_base', { api_base: llm.api_base });
    log.info('model', { model: llm.model });

    const forward = { ...(json as Record<string, unknown>) };
    delete forward[EXTENSION_KEY];
    forward.model = llm.model;
    const t0 = process.hrtime.bigint();
    let upstream: UpstreamReply;
    try {
      upstream = await post(
        `${llm.api_base}${ex.target}`,
        { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${llm.api_key}` },
        Buffer.from(JSON.stringify(forward)),
      );
    } catch (err) {
      log.error('Failed to reach LLM server', { error: (err as Error).message });
      throw new NoReply('LLM server is unreachable');
    }
    timing.llm = seconds(t0);
    metrics.llmTime().observe({ llm: llm.name }, timing.llm);
    const headers = { ...relayable(upstream.headers), 'x-chosen-classifier': llm.name };

    if (upstream.status < 200 || upstream.status >= 300) {
      const body = await collect(upstream.stream);
      log.error('error_response', { status: upstream.status, classifier: llm.name });
      ex.send(upstream.status, headers, body);
      return { status: upstream.status };
    }
    if (streaming) {
      // like the real controller, the request counts as done once the headers are out
      ex.start(upstream.status, headers);
      const usage = new StreamUsage((u) => metrics.recordUsage(llm.name, u));
      const relay = (async () => {
        try {
          for await (const chunk of upstream.stream) {
            ex.write(chunk as Buffer);
            usage.push(chunk as Buffer);
          }
          usage.end();
          ex.end();
        } catch (err) {
          log.error('stream error', { error: (err as Error).message });
          ex.drop();
        }
      })();
      return { status: upstream.status, streaming: relay };
    }
    const body = await collect(upstream.stream);
    try {
      metrics.recordUsage(llm.name, (JSON.parse(body.toString('utf8')) as { usage?: unknown }).usage);
    } catch {
      /* non-JSON answers carry no usage */
    }
    ex.send(upstream.status, headers, body);
    log.info('client_res', { status: upstream.status, classifier: llm.name });
    return { status: upstream.status };
  }

  return async (ex: Exchange): Promise<void> => {
    const started = process.hrtime.bigint();
    const timing = { selection: 0, llm: 0 };
    metrics.numRequests().inc();
    let outcome: number | 'system';
    let streaming: Promise<void> | undefined;
    try {
      ({ status: outcome, streaming } = await route(ex, timing));
    } catch (err) {
      if (err instanceof Reply) {
        ex.send(err.status, JSON_TYPE, err.body);
        outcome = err.status;
      } else {
        if (!(err instanceof NoReply)) log.error('handler error', { error: String(err) });
        ex.drop();
        outcome = 'system';
      }
    }
    const total = seconds(started);
    metrics.latency().observe(total);
    // not clamped: the real controller subtracts both parts from the total as measured
    metrics.overhead().observe(total - timing.llm - timing.selection);
    metrics.recordOutcome(outcome);
    await streaming;
  };
}
