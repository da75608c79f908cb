// Test helpers: JSON HTTP calls on loopback, waiting for a server, and spawning a
// double's entry point as its own process (for CLI and signal tests).
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { spawnCollecting, type Collected } from '../triton/run.js';

export const DOUBLES = path.join(__dirname, '..', 'doubles');

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
  text: string;
  json<T = any>(): T;
}

export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body =
      options.body === undefined
        ? undefined
        : typeof options.body === 'string' || Buffer.isBuffer(options.body)
          ? options.body
          : JSON.stringify(options.body);
    const req = http.request(
      url,
      {
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = raw.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export type Spawned = Collected;

/** Runs a double's entry through `node --import tsx` (one process, so signals reach it directly). */
export function spawnDouble(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Spawned {
  return spawnCollecting(process.execPath, ['--import', 'tsx', path.join(DOUBLES, entry), ...args], { ...process.env, ...env });
}

/** Waits until a line matches, returns the match. */
export async function waitForLine(s: Spawned, re: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const l of s.lines) {
      const m = re.exec(l);
      if (m) return m;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${re}; output:\n${s.lines.join('\n')}`);
    if (s.child.exitCode !== null) throw new Error(`process exited (${s.child.exitCode}) before ${re}; output:\n${s.lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls url until it answers `status`; fails early (with the output) when the process exits.
 * Connection errors count as "not yet" (Triton opens no port until its models have loaded).
 */
export async function waitForHttp(
  url: string,
  status: number,
  timeoutMs: number,
  proc?: { child: ChildProcess; lines: string[] },
): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      if ((await request(url)).status === status) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (proc && proc.child.exitCode !== null)
      throw new Error(
        `process exited (${proc.child.exitCode}) before ${url} answered ${status}; output:\n${proc.lines.slice(-40).join('\n')}`,
      );
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `${url} did not answer ${status} within ${timeoutMs} ms${proc ? `; output:\n${proc.lines.slice(-40).join('\n')}` : ''}`,
      );
    await sleep(200);
  }
}
