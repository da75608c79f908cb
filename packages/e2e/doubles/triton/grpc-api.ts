// KServe v2 gRPC front of the mock Triton (port 8001).
import * as grpc from '@grpc/grpc-js';
import { inferenceServiceCtor } from './grpc-loader.js';
import { modelMetadata } from './http-api.js';
import { SERVER_EXTENSIONS, SERVER_NAME, SERVER_VERSION, ServerState, TritonError, invalid } from './server-state.js';
import { logJson } from '../common/log.js';

type Call = grpc.ServerUnaryCall<any, any>;
type Callback = grpc.sendUnaryData<any>;

/** BYTES tensors in raw form are a sequence of (uint32 little-endian length, bytes). */
export function decodeRawBytes(buf: Buffer): string[] {
  const out: string[] = [];
  let off = 0;
  while (off < buf.length) {
    if (off + 4 > buf.length) throw invalid('malformed raw BYTES input: truncated length prefix');
    const len = buf.readUInt32LE(off);
    off += 4;
    if (off + len > buf.length) throw invalid('malformed raw BYTES input: element longer than the buffer');
    out.push(buf.subarray(off, off + len).toString('utf8'));
    off += len;
  }
  return out;
}

function fail(cb: Callback, err: unknown): void {
  if (err instanceof TritonError) cb({ code: err.grpcCode, details: err.message });
  else cb({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) });
}

function logged(method: string, fn: (call: Call, cb: Callback) => void) {
  return (call: Call, cb: Callback) => {
    const started = process.hrtime.bigint();
    const done: Callback = (err, value) => {
      logJson('mock-triton', {
        proto: 'grpc',
        method,
        status: err ? (err as { code?: number }).code ?? 2 : 0,
        duration_ms: Number(process.hrtime.bigint() - started) / 1e6,
        peer: call.getPeer(),
      });
      cb(err, value);
    };
    try {
      fn(call, done);
    } catch (err) {
      fail(done, err);
    }
  };
}

export function tritonGrpcServer(state: ServerState): grpc.Server {
  const server = new grpc.Server();
  server.addService(inferenceServiceCtor().service, {
    ServerLive: logged('ServerLive', (_c, cb) => cb(null, { live: state.live })),
    ServerReady: logged('ServerReady', (_c, cb) => cb(null, { ready: state.isReady() })),
    ModelReady: logged('ModelReady', (c, cb) => cb(null, { ready: state.isModelReady(c.request.name, c.request.version || undefined) })),
    ServerMetadata: logged('ServerMetadata', (_c, cb) => cb(null, { name: SERVER_NAME, version: SERVER_VERSION, extensions: SERVER_EXTENSIONS })),
    ModelMetadata: logged('ModelMetadata', (c, cb) => cb(null, modelMetadata(state.readyModel(c.request.name, c.request.version || undefined)))),
    ModelInfer: logged('ModelInfer', (c, cb) => {
      const r = c.request as {
        model_name: string; model_version: string; id: string;
        inputs: Array<{ name: string; datatype: string; shape: number[]; contents: { bytes_contents: Buffer[] } | null }>;
        raw_input_contents: Buffer[];
      };
      const version = r.model_version || undefined;
      state.readyModel(r.model_name, version);
      if (r.inputs.length !== 1) throw invalid(`expected 1 inputs but got ${r.inputs.length} inputs for model '${r.model_name}'`);
      const input = r.inputs[0]!;
      if (input.datatype !== 'BYTES') {
        throw invalid(`inference input '${input.name}' data-type is '${input.datatype}', but model '${r.model_name}' expects 'BYTES'`);
      }
      const texts = r.raw_input_contents.length > 0
        ? decodeRawBytes(r.raw_input_contents[0]!)
        : (input.contents?.bytes_contents ?? []).map((b) => Buffer.from(b).toString('utf8'));
      const expected = input.shape.reduce((a, b) => a * b, 1);
      if (input.shape.length === 0 || texts.length !== expected) {
        throw invalid(`unexpected number of string elements ${texts.length} for inference input '${input.name}', expecting ${expected}`);
      }
      const result = state.infer(r.model_name, version, input.name, texts, input.shape.length === 2 ? input.shape[0]! : 1);
      // Triton answers gRPC inference with raw little-endian output contents.
      const raw = Buffer.alloc(result.data.length * 4);
      result.data.forEach((v, i) => raw.writeFloatLE(v, i * 4));
      cb(null, {
        model_name: result.modelName,
        model_version: result.modelVersion,
        id: r.id,
        outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: result.shape }],
        raw_output_contents: [raw],
      });
    }),
  });
  return server;
}

export function bindGrpc(server: grpc.Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port)));
  });
}
