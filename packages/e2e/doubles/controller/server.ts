// The router-controller double's HTTP server: routing by path only, any method.
import http from 'node:http';
import { listen, sendJson, sendText, withAccessLog, type RunningServer } from '../common/http.js';
import { redacted, type RouterConfig } from './config.js';
import { ControllerMetrics } from './metrics.js';
import { proxyHandler } from './proxy.js';

export const CONTROLLER_PORT = 8084;

export function controllerHandler(config: RouterConfig, metrics: ControllerMetrics) {
  const proxy = proxyHandler(config, metrics);
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    switch (path) {
      case '/health':
        return sendJson(res, 200, { status: 'OK' });
      case '/config':
        return sendJson(res, 200, redacted(config));
      case '/metrics':
        return sendText(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);
      case '/v1/chat/completions':
      case '/completions':
        return proxy(req, res);
      default:
        return sendJson(res, 404, { path: 'Unavailable' });
    }
  };
}

export function startController(config: RouterConfig, port = CONTROLLER_PORT, host = '0.0.0.0'): Promise<RunningServer & { metrics: ControllerMetrics }> {
  const metrics = new ControllerMetrics();
  const server = http.createServer(
    withAccessLog('router-controller', controllerHandler(config, metrics), (_req, res) => {
      const chosen = res.getHeader('x-chosen-classifier');
      return chosen ? { chosen_classifier: chosen } : {};
    }),
  );
  return listen(server, port, host).then((s) => ({ ...s, metrics }));
}
