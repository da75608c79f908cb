// Small HTTP helpers shared by the doubles: body reading, JSON replies, per-request
// JSON access logs and a graceful shutdown that stops accepting, lets in-flight
// requests finish and then closes idle keep-alive sockets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { logJson } from './log.js';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`request body larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendText(res: http.ServerResponse, status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Wraps a handler with a one-line JSON access log and a 500 for thrown errors. */
export function withAccessLog(
  service: string,
  handler: Handler,
  extra?: (req: http.IncomingMessage, res: http.ServerResponse) => Record<string, unknown>,
): Handler {
  return async (req, res) => {
    const started = process.hrtime.bigint();
    res.on('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logJson(service, {
        method: req.method,
        path: req.url,
        status: res.headersSent ? res.statusCode : 0,
        duration_ms: Math.round(ms * 1000) / 1000,
        remote: req.socket.remoteAddress,
        ...(extra ? extra(req, res) : {}),
      });
    });
    try {
      await handler(req, res);
    } catch (err) {
      if (!res.headersSent) sendJson(res, 500, { error: err instanceof Error ? err.message : String(err) });
      else res.destroy();
    }
  };
}

export interface RunningServer {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 = ephemeral) and resolves once bound. */
export function listen(server: http.Server, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      resolve({ server, port: bound, close: () => closeGracefully(server) });
    });
  });
}

/** Stop accepting, let in-flight requests finish, drop idle keep-alive sockets. */
export function closeGracefully(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeIdleConnections();
    // Sockets that become idle after finishing a response are closed too.
    const timer = setInterval(() => server.closeIdleConnections(), 50);
    server.once('close', () => clearInterval(timer));
  });
}

/**
 * Installs SIGTERM/SIGINT handlers that run `stop` once and exit 0. A second signal
 * exits immediately (an operator insisting).
 */
export function exitOnSignals(service: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logJson(service, { level: 'warn', msg: `second ${signal}, exiting now` });
      process.exit(1);
    }
    stopping = true;
    logJson(service, { level: 'info', msg: `${signal} received, draining` });
    stop().then(
      () => {
        logJson(service, { level: 'info', msg: 'drained, exiting' });
        process.exit(0);
      },
      (err: unknown) => {
        logJson(service, { level: 'error', msg: `shutdown failed: ${String(err)}` });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
