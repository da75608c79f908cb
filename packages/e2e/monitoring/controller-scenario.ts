// The controller double's /metrics after a request mix that runs every code path that touches a
// metric (its metrics are registered lazily, so a quiet controller exports nothing): routed by
// a KServe stand-in for Triton, manual, streamed, a 400, Triton unreachable (503) and a dropped
// connection. Used to check the chart's rules and panels against the series it really exports.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfigText } from '../doubles/controller/config.js';
import { startController } from '../doubles/controller/server.js';
import { startLlmDouble } from '../doubles/llm/server.js';

function post(url: string, body: unknown): Promise<number> {
  return new Promise((resolve) => {
    const text = JSON.stringify(body);
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0)); // dropped on purpose by the controller
    req.end(text);
  });
}

export async function controllerScenarioMetrics(): Promise<string> {
  // KServe v2 reply shaped like real Triton's for the ensembles: class 1 of 2
  const triton = http.createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          model_name: 'task_router_ensemble',
          model_version: '1',
          parameters: { sequence_id: 0, sequence_start: false, sequence_end: false },
          outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [2], data: [0, 1] }],
        }),
      ),
    );
  });
  await new Promise<void>((r) => triton.listen(0, '127.0.0.1', () => r()));
  const llm = await startLlmDouble({ apiKey: 'k', models: ['m'], delayMs: 0, maxSeen: 10 }, 0, '127.0.0.1');
  const tritonUrl = `http://127.0.0.1:${(triton.address() as AddressInfo).port}/v2/models/task_router_ensemble/infer`;
  const llms = `      - {name: Chatbot, api_base: "http://127.0.0.1:${llm.port}", api_key: k, model: m}\n      - {name: Code Generation, api_base: "http://127.0.0.1:${llm.port}", api_key: k, model: m}\n`;
  const { config } = loadConfigText(
    `policies:\n  - name: task_router\n    url: ${tritonUrl}\n    llms:\n${llms}  - name: triton_down\n    url: http://127.0.0.1:1/x\n    llms:\n${llms}`,
    {},
  );
  const controller = await startController(config, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${controller.port}/v1/chat/completions`;
  const messages = [{ role: 'user', content: 'write code' }];
  try {
    await post(url, { messages, 'nim-llm-router': { policy: 'task_router', routing_strategy: 'triton' } });
    await post(url, { messages, 'nim-llm-router': { policy: 'task_router', routing_strategy: 'manual', model: 'Chatbot' } });
    await post(url, { messages, stream: true, 'nim-llm-router': { policy: 'task_router', routing_strategy: 'triton' } });
    await post(url, { messages }); // 400
    await post(url, { messages, 'nim-llm-router': { policy: 'triton_down', routing_strategy: 'triton' } }); // 503
    await post(url, { messages, 'nim-llm-router': { policy: 'task_router' } }); // dropped: system
    return await controller.metrics.registry.metrics();
  } finally {
    await controller.close();
    await llm.close();
    triton.close();
  }
}
