// The router-controller double's server: HTTP/1.1 and h2c (HTTP/2 with prior knowledge) on
// one port, like the real controller's hyper server; routing by path only, any method.
// /health, /config and the 404 carry no Content-Type (observed); /metrics is Prometheus text.
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { redacted, type RouterConfig } from './config.js';
import { Exchange, type AnyRequest, type AnyResponse } from './exchange.js';
import { ControllerLog, controllerLogLevel } from './log.js';
import { ControllerMetrics } from './metrics.js';
import { proxyHandler } from './proxy.js';

export const CONTROLLER_PORT = 8084;

export function controllerHandler(config: RouterConfig, metrics: ControllerMetrics, log: ControllerLog) {
  const proxy = proxyHandler(config, metrics, log);
  return async (ex: Exchange): Promise<void> => {
    const path = new URL(ex.target, 'http://x').pathname;
    log.info('Received request for URI', { path });
    switch (path) {
      case '/health':
        return ex.send(200, {}, JSON.stringify({ status: 'OK' }));
      case '/config':
        return ex.send(200, {}, JSON.stringify(redacted(config)));
      case '/metrics':
        // nothing registered yet: an empty body, as the real controller's encoder writes
        return ex.send(
          200,
          { 'content-type': metrics.registry.contentType },
          metrics.registry.getMetricsAsArray().length ? await metrics.registry.metrics() : '',
        );
      case '/v1/chat/completions':
      case '/completions':
        return proxy(ex);
      default:
        return ex.send(404, {}, JSON.stringify({ path: 'Unavailable' }));
    }
  };
}

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

function startsLikePreface(chunk: Buffer): boolean {
  const n = Math.min(chunk.length, PREFACE.length);
  return n >= 3 && chunk.subarray(0, n).equals(PREFACE.subarray(0, n));
}

/**
 * A Duplex over `socket` that first replays `head` (bytes already read while sniffing the
 * protocol): the HTTP/2 session reads from it as from the socket itself.
 */
function replaying(socket: net.Socket, head: Buffer): Duplex {
  const d = new Duplex({
    read: () => socket.resume(),
    write: (chunk, _enc, cb) => socket.write(chunk, cb),
    final: (cb) => socket.end(cb),
    destroy: (err, cb) => {
      socket.destroy(err ?? undefined);
      cb(err);
    },
  });
  d.push(head);
  socket.on('data', (c: Buffer) => {
    if (!d.push(c)) socket.pause();
  });
  socket.on('end', () => d.push(null));
  socket.on('error', (e) => d.destroy(e));
  socket.on('close', () => d.destroy());
  return d;
}

export interface RunningController {
  server: net.Server;
  port: number;
  metrics: ControllerMetrics;
  close(): Promise<void>;
}

export function startController(
  config: RouterConfig,
  port = CONTROLLER_PORT,
  host = '0.0.0.0',
  log = new ControllerLog(controllerLogLevel(process.env.RUST_LOG)),
): Promise<RunningController> {
  const metrics = new ControllerMetrics();
  const handle = controllerHandler(config, metrics, log);
  const onRequest = (req: AnyRequest, res: AnyResponse) => {
    const ex = new Exchange(req, res);
    handle(ex).catch((err: unknown) => {
      log.error('handler error', { error: String(err) });
      if (!ex.sent) ex.drop();
    });
  };
  const h1 = http.createServer(onRequest);
  const h2 = http2.createServer(onRequest);
  h2.on('sessionError', (err) => log.warn('connection error', { error: err.message }));
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (head: Buffer) => {
      socket.pause();
      if (startsLikePreface(head)) {
        h2.emit('connection', replaying(socket, head));
      } else {
        socket.unshift(head);
        h1.emit('connection', socket);
        socket.resume();
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as net.AddressInfo).port;
      log.info(`listening on ${host}:${bound}`);
      resolve({
        server,
        port: bound,
        metrics,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}
