// The mock server's model state and inference, shared by the HTTP and gRPC fronts.
import { CLASSIFIERS, oneHot } from './classifier.js';
import type { ModelInfo } from './repository.js';
import type { TritonMetrics } from './metrics.js';

export const SERVER_NAME = 'triton';
// Triton 2.51.0 is the server inside nvcr.io/nvidia/tritonserver:24.10-py3.
export const SERVER_VERSION = '2.51.0';
export const SERVER_EXTENSIONS = [
  'classification', 'sequence', 'model_repository', 'model_repository(unload_dependents)', 'schedule_policy',
  'model_configuration', 'system_shared_memory', 'cuda_shared_memory', 'binary_tensor_data', 'parameters',
  'statistics', 'trace', 'logging',
];

/** An error with the HTTP status and gRPC code Triton would use. */
export class TritonError extends Error {
  constructor(message: string, readonly httpStatus: number, readonly grpcCode: number) {
    super(message);
  }
}
const GRPC_INVALID_ARGUMENT = 3;
const GRPC_NOT_FOUND = 5;
const GRPC_UNAVAILABLE = 14;
const GRPC_UNIMPLEMENTED = 12;

export const invalid = (msg: string) => new TritonError(msg, 400, GRPC_INVALID_ARGUMENT);

export interface InferResult {
  modelName: string;
  modelVersion: string;
  shape: [number, number];
  data: number[];
  labels: string[];
}

export class ServerState {
  private loaded = new Set<string>();
  live = true;
  /** Inference requests that reached a model (for tests asserting Triton was or wasn't called). */
  inferCount = 0;

  constructor(
    readonly models: ModelInfo[],
    private readonly strictReadiness: boolean,
    private readonly metrics: TritonMetrics,
  ) {}

  markLoaded(name: string): void {
    this.loaded.add(name);
  }

  isReady(): boolean {
    if (!this.live) return false;
    if (!this.strictReadiness) return true;
    return this.models.every((m) => this.loaded.has(m.name));
  }

  loadedCount(): number {
    return this.loaded.size;
  }

  /** The model if it exists and is loaded (and has the version, when one is asked for). */
  readyModel(name: string, version?: string): ModelInfo {
    const model = this.models.find((m) => m.name === name);
    if (!model || !this.loaded.has(name)) {
      throw new TritonError(`Request for unknown model: '${name}' is not found`, 404, GRPC_NOT_FOUND);
    }
    if (version && version !== '' && !model.versions.includes(version)) {
      throw new TritonError(`Request for unknown model: '${name}' version ${version} is not found`, 404, GRPC_NOT_FOUND);
    }
    return model;
  }

  isModelReady(name: string, version?: string): boolean {
    try {
      this.readyModel(name, version);
      return true;
    } catch {
      return false;
    }
  }

  infer(name: string, version: string | undefined, inputName: string, texts: string[], batchDims: number): InferResult {
    const started = process.hrtime.bigint();
    this.inferCount++;
    const model = this.readyModel(name, version);
    const resolvedVersion = version && version !== '' ? version : model.versions[model.versions.length - 1]!;
    try {
      const classifier = CLASSIFIERS[name];
      if (!classifier) {
        throw new TritonError(`inference for model '${name}' is not implemented by the mock (only the router ensembles are)`, 400, GRPC_UNIMPLEMENTED);
      }
      if (inputName !== 'INPUT') throw invalid(`unexpected inference input '${inputName}' for model '${name}'`);
      if (texts.length === 0) throw invalid(`input 'INPUT' for model '${name}' has no data`);
      if (batchDims > Math.max(model.maxBatchSize, 1)) {
        throw invalid(`inference request batch-size must be <= ${Math.max(model.maxBatchSize, 1)} for '${name}'`);
      }
      const n = classifier.classes.length;
      const indices = texts.map((t) => classifier.classify(t));
      const data = indices.flatMap((i) => oneHot(i, n));
      const result: InferResult = {
        modelName: name,
        modelVersion: resolvedVersion,
        shape: [texts.length, n],
        data,
        labels: indices.map((i) => classifier.classes[i]!),
      };
      this.metrics.recordSuccess(name, resolvedVersion, texts.length, Number(process.hrtime.bigint() - started) / 1000);
      return result;
    } catch (err) {
      this.metrics.recordFailure(name, resolvedVersion);
      throw err;
    }
  }

  notReadyError(): TritonError {
    return new TritonError('Server not ready', 503, GRPC_UNAVAILABLE);
  }
}
