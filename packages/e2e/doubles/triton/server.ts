// Starts the mock Triton: model discovery, delayed loading, HTTP/gRPC/metrics fronts.
import http from 'node:http';
import type * as grpc from '@grpc/grpc-js';
import { listen, sendText, withAccessLog, type RunningServer } from '../common/http.js';
import { logJson } from '../common/log.js';
import type { TritonOptions } from './cli.js';
import { bindGrpc, tritonGrpcServer } from './grpc-api.js';
import { tritonHttpHandler } from './http-api.js';
import { TritonMetrics, visibleGpus } from './metrics.js';
import { discoverModels, RepositoryError, type ModelInfo } from './repository.js';
import { ServerState } from './server-state.js';

const SERVICE = 'mock-triton';

export interface MockTriton {
  state: ServerState;
  httpPort?: number;
  grpcPort?: number;
  metricsPort?: number;
  /** Resolves when every model has loaded. */
  loaded: Promise<void>;
  stop(): Promise<void>;
}

function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got '${v}'`);
  return n;
}

function selectModels(options: TritonOptions, found: ModelInfo[]): ModelInfo[] {
  if (options.modelControlMode !== 'explicit') return found;
  if (options.loadModels.includes('*')) return found;
  for (const name of options.loadModels) {
    if (!found.some((m) => m.name === name)) throw new RepositoryError(`failed to load '${name}', failed to poll from model repository`);
  }
  return found.filter((m) => options.loadModels.includes(m.name));
}

/**
 * Env: MOCK_TRITON_LOAD_DELAY_MS (default 1000) time until models are loaded,
 * MOCK_TRITON_GPU_COUNT / NVIDIA_VISIBLE_DEVICES the simulated GPUs,
 * MOCK_TRITON_GPU_MEMORY_BYTES total memory per GPU (default 16 GiB, a V100).
 */
export async function startMockTriton(options: TritonOptions, env: NodeJS.ProcessEnv = process.env): Promise<MockTriton> {
  const loadDelayMs = envInt(env, 'MOCK_TRITON_LOAD_DELAY_MS', 1000);
  const metrics = new TritonMetrics(visibleGpus(env), envInt(env, 'MOCK_TRITON_GPU_MEMORY_BYTES', 16 * 1024 ** 3));
  let models: ModelInfo[] = [];
  let repoError: RepositoryError | undefined;
  try {
    const found = options.modelRepositories.flatMap((r) => discoverModels(r));
    models = selectModels(options, found);
  } catch (err) {
    if (!(err instanceof RepositoryError)) throw err;
    if (options.exitOnError) throw err;
    repoError = err;
    logJson(SERVICE, { level: 'error', msg: err.message });
  }
  const state = new ServerState(models, options.strictReadiness, metrics);
  if (repoError) state.markLoaded = () => undefined;
  logJson(SERVICE, {
    level: 'info',
    msg: 'starting mock tritonserver',
    model_repository: options.modelRepositories,
    models: models.map((m) => m.name),
    load_delay_ms: loadDelayMs,
    options: options.raw,
  });

  const servers: RunningServer[] = [];
  let grpcServer: grpc.Server | undefined;
  const result: MockTriton = { state, loaded: Promise.resolve(), stop: async () => undefined };
  if (options.allowHttp) {
    const s = await listen(http.createServer(withAccessLog(SERVICE, tritonHttpHandler(state))), options.httpPort, options.httpAddress);
    servers.push(s);
    result.httpPort = s.port;
  }
  if (options.allowGrpc) {
    grpcServer = tritonGrpcServer(state);
    const host = options.grpcAddress.includes(':') ? `[${options.grpcAddress}]` : options.grpcAddress;
    result.grpcPort = await bindGrpc(grpcServer, `${host}:${options.grpcPort}`);
  }
  if (options.allowMetrics) {
    const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/metrics') return sendText(res, 404, 'Not Found\n');
      sendText(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);
    };
    const s = await listen(http.createServer(withAccessLog(SERVICE, handler)), options.metricsPort, options.metricsAddress);
    servers.push(s);
    result.metricsPort = s.port;
  }
  logJson(SERVICE, { level: 'info', msg: 'endpoints started', http: result.httpPort, grpc: result.grpcPort, metrics: result.metricsPort });

  let loadTimer: NodeJS.Timeout | undefined;
  result.loaded = new Promise<void>((resolve) => {
    loadTimer = setTimeout(() => {
      for (const m of models) {
        state.markLoaded(m.name);
        for (const v of m.versions) metrics.initModel(m.name, v);
        logJson(SERVICE, { level: 'info', msg: `successfully loaded '${m.name}' version ${m.versions.join(',')}` });
      }
      resolve();
    }, loadDelayMs);
  });

  result.stop = async () => {
    if (loadTimer) clearTimeout(loadTimer);
    state.live = false;
    await Promise.all([
      ...servers.map((s) => s.close()),
      grpcServer ? new Promise<void>((resolve) => grpcServer!.tryShutdown(() => resolve())) : Promise.resolve(),
    ]);
  };
  return result;
}
