// KServe v2 HTTP/REST front of the mock Triton (port 8000).
import type http from 'node:http';
import { readBody, sendJson } from '../common/http.js';
import type { ModelInfo } from './repository.js';
import { SERVER_EXTENSIONS, SERVER_NAME, SERVER_VERSION, ServerState, TritonError, invalid } from './server-state.js';

const MODEL_PATH = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(?:\/(ready|config|infer|stats))?$/;

export function modelMetadata(model: ModelInfo) {
  const batch = model.maxBatchSize > 0 ? [-1] : [];
  return {
    name: model.name,
    versions: model.versions,
    platform: model.platform,
    inputs: model.classes ? [{ name: 'INPUT', datatype: 'BYTES', shape: [...batch, 1] }] : [],
    outputs: model.classes ? [{ name: 'OUTPUT', datatype: 'FP32', shape: [...batch, model.classes] }] : [],
  };
}

function modelConfig(model: ModelInfo) {
  return {
    name: model.name,
    platform: model.platform,
    max_batch_size: model.maxBatchSize,
    input: model.classes ? [{ name: 'INPUT', data_type: 'TYPE_STRING', dims: ['1'] }] : [],
    output: model.classes ? [{ name: 'OUTPUT', data_type: 'TYPE_FP32', dims: [String(model.classes)] }] : [],
  };
}

function flatten(data: unknown): unknown[] {
  return Array.isArray(data) ? data.flatMap((d) => flatten(d)) : [data];
}

interface ParsedInfer { id?: string; inputName: string; texts: string[]; batch: number }

/** Validates a KServe v2 JSON infer body for a one-input BYTES model. */
export function parseInferBody(modelName: string, body: Buffer): ParsedInfer {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw invalid(`failed to parse the request JSON buffer: ${(err as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalid('request JSON must be an object');
  const req = json as Record<string, unknown>;
  if (!Array.isArray(req.inputs)) throw invalid("Unable to find 'inputs' in JSON request");
  if (req.inputs.length !== 1) throw invalid(`expected 1 inputs but got ${req.inputs.length} inputs for model '${modelName}'`);
  const input = req.inputs[0] as Record<string, unknown>;
  if (typeof input !== 'object' || input === null) throw invalid('input tensor must be an object');
  if (typeof input.name !== 'string') throw invalid("input tensor is missing a string 'name'");
  if (input.datatype !== 'BYTES') {
    throw invalid(`inference input '${input.name}' data-type is '${String(input.datatype)}', but model '${modelName}' expects 'BYTES'`);
  }
  const shape = input.shape;
  if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isInteger(d) && (d as number) > 0)) {
    throw invalid(`input '${input.name}' for model '${modelName}' has an invalid 'shape'`);
  }
  if (shape.length > 2 || (shape.length === 2 && shape[1] !== 1)) {
    throw invalid(`unexpected shape for input '${input.name}' for model '${modelName}'. Expected [-1,1], got [${shape.join(',')}]`);
  }
  if (!('data' in input)) throw invalid(`input '${input.name}' for model '${modelName}' has no 'data' (binary tensors are not supported by the mock)`);
  const elements = flatten(input.data);
  const expected = (shape as number[]).reduce((a, b) => a * b, 1);
  if (elements.length !== expected) {
    throw invalid(`unexpected number of string elements ${elements.length} for inference input '${input.name}', expecting ${expected}`);
  }
  if (!elements.every((e) => typeof e === 'string')) throw invalid(`input '${input.name}' of type BYTES must hold strings`);
  if (req.outputs !== undefined) {
    if (!Array.isArray(req.outputs)) throw invalid("'outputs' must be an array");
    for (const o of req.outputs as Array<Record<string, unknown>>) {
      if (o?.name !== 'OUTPUT') throw invalid(`unexpected inference output '${String(o?.name)}' for model '${modelName}'`);
    }
  }
  return {
    ...(typeof req.id === 'string' ? { id: req.id } : {}),
    inputName: input.name,
    texts: elements as string[],
    batch: shape.length === 2 ? (shape[0] as number) : 1,
  };
}

function sendError(res: http.ServerResponse, err: unknown): void {
  if (err instanceof TritonError) sendJson(res, err.httpStatus, { error: err.message });
  else sendJson(res, 500, { error: err instanceof Error ? err.message : String(err) });
}

export function tritonHttpHandler(state: ServerState) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    try {
      if (p === '/v2/health/live') {
        res.writeHead(state.live ? 200 : 400, { 'content-length': 0 }).end();
        return;
      }
      if (p === '/v2/health/ready') {
        // Triton answers 400 (not 503) while not ready; probes treat both as failure.
        res.writeHead(state.isReady() ? 200 : 400, { 'content-length': 0 }).end();
        return;
      }
      if (p === '/v2' && method === 'GET') {
        sendJson(res, 200, { name: SERVER_NAME, version: SERVER_VERSION, extensions: SERVER_EXTENSIONS });
        return;
      }
      if (p === '/v2/repository/index' && method === 'POST') {
        sendJson(res, 200, state.models.map((m) => ({ name: m.name, version: m.versions.at(-1), state: state.isModelReady(m.name) ? 'READY' : 'UNAVAILABLE' })));
        return;
      }
      const m = MODEL_PATH.exec(p);
      if (!m) {
        sendJson(res, 404, { error: 'Not Found' });
        return;
      }
      const name = decodeURIComponent(m[1]!);
      const version = m[2] ? decodeURIComponent(m[2]) : undefined;
      const action = m[3];
      if (action === 'ready') {
        res.writeHead(state.isModelReady(name, version) ? 200 : 400, { 'content-length': 0 }).end();
        return;
      }
      if (action === 'infer') {
        if (method !== 'POST') throw invalid(`infer requires POST, got ${method}`);
        const body = await readBody(req);
        state.readyModel(name, version);
        const parsed = parseInferBody(name, body);
        const r = state.infer(name, version, parsed.inputName, parsed.texts, parsed.batch);
        sendJson(res, 200, {
          model_name: r.modelName,
          model_version: r.modelVersion,
          ...(parsed.id !== undefined ? { id: parsed.id } : {}),
          parameters: { sequence_id: 0, sequence_start: false, sequence_end: false },
          outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: r.shape, data: r.data }],
        });
        return;
      }
      if (method !== 'GET') throw invalid(`unsupported method ${method} for ${p}`);
      const model = state.readyModel(name, version);
      if (action === 'config') sendJson(res, 200, modelConfig(model));
      else if (action === 'stats') sendJson(res, 200, { model_stats: [] });
      else sendJson(res, 200, modelMetadata(model));
    } catch (err) {
      sendError(res, err);
    }
  };
}
