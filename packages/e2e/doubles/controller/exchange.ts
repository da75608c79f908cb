// One request/response pair over HTTP/1.1 or h2c, behind the few operations the controller
// needs: read the body, reply, stream a reply, or drop the exchange without a reply (what the
// real controller does when its handler fails: HTTP/1.1 closes the connection, HTTP/2 resets
// the stream).
import http from 'node:http';
import http2 from 'node:http2';
import { readBody } from '../common/http.js';

export type AnyRequest = http.IncomingMessage | http2.Http2ServerRequest;
export type AnyResponse = http.ServerResponse | http2.Http2ServerResponse;

/** Headers that belong to one connection: never relayed, and forbidden in HTTP/2. */
const CONNECTION_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
  'host',
]);

export function relayable(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (!CONNECTION_HEADERS.has(k) && !k.startsWith(':') && v !== undefined) out[k] = v;
  return out;
}

export class Exchange {
  constructor(
    readonly req: AnyRequest,
    readonly res: AnyResponse,
  ) {}

  get method(): string {
    return this.req.method ?? 'GET';
  }
  /** path and query as the client sent them */
  get target(): string {
    return this.req.url ?? '/';
  }
  get httpVersion(): string {
    return this.req.httpVersion;
  }
  get headers(): http.IncomingHttpHeaders {
    return this.req.headers;
  }
  get sent(): boolean {
    return this.res.headersSent;
  }

  body(): Promise<Buffer> {
    return readBody(this.req as http.IncomingMessage);
  }

  /** A complete reply; `headers` decide the Content-Type (none when absent, as the real one sends). */
  send(status: number, headers: http.OutgoingHttpHeaders, body: Buffer | string): void {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    (this.res as http.ServerResponse).writeHead(status, { ...headers, 'content-length': bytes.length });
    this.res.end(bytes);
  }

  start(status: number, headers: http.OutgoingHttpHeaders): void {
    (this.res as http.ServerResponse).writeHead(status, headers);
  }
  write(chunk: Buffer): void {
    (this.res as http.ServerResponse).write(chunk);
  }
  end(): void {
    this.res.end();
  }

  /** No reply at all. */
  drop(): void {
    if ('stream' in this.res) this.res.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    else this.req.socket.destroy();
  }
}
