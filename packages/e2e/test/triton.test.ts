import * as grpc from '@grpc/grpc-js';
import fs from 'node:fs';
import path from 'node:path';
import { COMPLEXITY_CLASSES, TASK_CLASSES } from '../doubles/triton/classifier.js';
import { parseTritonArgs } from '../doubles/triton/cli.js';
import { inferenceServiceCtor } from '../doubles/triton/grpc-loader.js';
import { visibleGpus } from '../doubles/triton/metrics.js';
import { discoverModels, RepositoryError } from '../doubles/triton/repository.js';
import { seedModelRepository } from '../doubles/triton/seed.js';
import { startMockTriton, type MockTriton } from '../doubles/triton/server.js';
import { request, tempModelRepository } from './helpers.js';

const LOOPBACK = ['--http-address=127.0.0.1', '--grpc-address=127.0.0.1', '--metrics-address=127.0.0.1', '--http-port=0', '--grpc-port=0', '--metrics-port=0'];
const inferBody = (text: string) => ({ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [[text]] }] });

describe('model repository discovery', () => {
  it('serves only subdirectories that hold a config.pbtxt', () => {
    const repo = tempModelRepository([
      { name: 'task_router_ensemble' }, { name: 'complexity_router_ensemble' }, { name: 'half_copied_model', config: false },
    ]);
    fs.writeFileSync(path.join(repo, 'README.txt'), 'not a model');
    const models = discoverModels(repo);
    expect(models.map((m) => m.name)).toEqual(['complexity_router_ensemble', 'task_router_ensemble']);
    expect(models.map((m) => m.classes)).toEqual([7, 12]);
  });

  it('fails on a missing directory, an object-storage URL and a name mismatch', () => {
    expect(() => discoverModels('/nonexistent/models')).toThrow(/failed to stat file \/nonexistent\/models/);
    expect(() => discoverModels('s3://bucket/models')).toThrow(RepositoryError);
    const repo = tempModelRepository([{ name: 'task_router_ensemble' }]);
    fs.writeFileSync(path.join(repo, 'task_router_ensemble', 'config.pbtxt'), 'name: "other"\n');
    expect(() => discoverModels(repo)).toThrow(/does not match directory/);
  });

  it('an empty repository starts with no models; a missing one fails startup with exit-on-error', async () => {
    const empty = tempModelRepository([]);
    const t = await startMockTriton(parseTritonArgs([`--model-repository=${empty}`, ...LOOPBACK]), { MOCK_TRITON_LOAD_DELAY_MS: '0' });
    await t.loaded;
    expect((await request(`http://127.0.0.1:${t.httpPort}/v2/models/task_router_ensemble/ready`)).status).toBe(400);
    await t.stop();
    await expect(startMockTriton(parseTritonArgs(['--model-repository=/nonexistent', ...LOOPBACK]), {})).rejects.toThrow(/failed to stat/);
  });
});

describe('simulated GPUs', () => {
  it('follows NVIDIA_VISIBLE_DEVICES, else MOCK_TRITON_GPU_COUNT (default 1)', () => {
    expect(visibleGpus({}, 'h')).toHaveLength(1);
    expect(visibleGpus({ MOCK_TRITON_GPU_COUNT: '2' }, 'h')).toHaveLength(2);
    expect(visibleGpus({ NVIDIA_VISIBLE_DEVICES: 'GPU-aaaa,GPU-bbbb' }, 'h').map((g) => g.uuid)).toEqual(['GPU-aaaa', 'GPU-bbbb']);
    expect(visibleGpus({ NVIDIA_VISIBLE_DEVICES: 'none' }, 'h')).toEqual([]);
    expect(visibleGpus({}, 'h')[0]!.uuid).toMatch(/^GPU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(() => visibleGpus({ MOCK_TRITON_GPU_COUNT: 'x' })).toThrow(/MOCK_TRITON_GPU_COUNT/);
  });
});

describe('mock Triton over HTTP, gRPC and metrics', () => {
  let triton: MockTriton;
  let base: string;
  let client: grpc.Client & Record<string, Function>;
  const grpcCall = <T>(method: string, req: object): Promise<T> =>
    new Promise((resolve, reject) => client[method]!(req, (err: grpc.ServiceError | null, res: T) => (err ? reject(err) : resolve(res))));

  beforeAll(async () => {
    const repo = tempModelRepository([{ name: 'task_router_ensemble' }, { name: 'complexity_router_ensemble' }, { name: 'other_model' }]);
    triton = await startMockTriton(parseTritonArgs([`--model-repository=${repo}`, ...LOOPBACK, '--log-verbose=1']), {
      MOCK_TRITON_LOAD_DELAY_MS: '300',
      NVIDIA_VISIBLE_DEVICES: 'GPU-11111111-2222-3333-4444-555555555555',
    });
    base = `http://127.0.0.1:${triton.httpPort}`;
    const Ctor = inferenceServiceCtor();
    client = new Ctor(`127.0.0.1:${triton.grpcPort}`, grpc.credentials.createInsecure()) as typeof client;
  });
  afterAll(async () => {
    client.close();
    await triton.stop();
  });

  it('is live at once, and ready only after the load delay', async () => {
    expect((await request(`${base}/v2/health/live`)).status).toBe(200);
    expect((await request(`${base}/v2/health/ready`)).status).toBe(400);
    expect((await request(`${base}/v2/models/task_router_ensemble/ready`)).status).toBe(400);
    expect(await grpcCall<{ ready: boolean }>('ServerReady', {})).toEqual({ ready: false });
    await triton.loaded;
    expect((await request(`${base}/v2/health/ready`)).status).toBe(200);
    expect((await request(`${base}/v2/models/task_router_ensemble/ready`)).status).toBe(200);
    expect((await request(`${base}/v2/models/task_router_ensemble/versions/1/ready`)).status).toBe(200);
    expect((await request(`${base}/v2/models/task_router_ensemble/versions/2/ready`)).status).toBe(400);
  });

  it('serves server metadata, model metadata and config', async () => {
    await triton.loaded;
    expect((await request(`${base}/v2`)).json()).toMatchObject({ name: 'triton', version: '2.51.0' });
    expect((await request(`${base}/v2/models/complexity_router_ensemble`)).json()).toEqual({
      name: 'complexity_router_ensemble', versions: ['1'], platform: 'ensemble',
      inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [-1, 1] }],
      outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [-1, 7] }],
    });
    expect((await request(`${base}/v2/models/task_router_ensemble/versions/1/config`)).json()).toMatchObject({ name: 'task_router_ensemble', max_batch_size: 8 });
  });

  it.each([
    ['task_router_ensemble', 'Write a Python function that reverses a list', 'Code Generation', TASK_CLASSES],
    ['task_router_ensemble', 'Please summarize this article', 'Summarization', TASK_CLASSES],
    ['task_router_ensemble', 'Hello there, how are you?', 'Chatbot', TASK_CLASSES],
    ['task_router_ensemble', 'What is the capital of France?', 'Open QA', TASK_CLASSES],
    ['task_router_ensemble', 'Brainstorm ideas for a party', 'Brainstorming', TASK_CLASSES],
    ['task_router_ensemble', '', 'Unknown', TASK_CLASSES],
    ['task_router_ensemble', 'zebra', 'Other', TASK_CLASSES],
    ['complexity_router_ensemble', 'Solve this step by step', 'Reasoning', COMPLEXITY_CLASSES],
    ['complexity_router_ensemble', 'Write a poem about the sea', 'Creativity', COMPLEXITY_CLASSES],
    ['complexity_router_ensemble', 'Answer in at most ten words', 'Constraint', COMPLEXITY_CLASSES],
    ['complexity_router_ensemble', 'plain words', 'No-Label-Reason', COMPLEXITY_CLASSES],
  ])('HTTP infer on %s classifies %j as %s with exactly the controller\'s response shape', async (model, text, label, classes) => {
    await triton.loaded;
    const r = await request(`${base}/v2/models/${model}/infer`, { body: inferBody(text) });
    expect(r.status).toBe(200);
    const data = classes.map((c) => (c === label ? 1 : 0));
    expect(r.json()).toEqual({
      model_name: model, model_version: '1',
      parameters: { sequence_id: 0, sequence_start: false, sequence_end: false },
      outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [1, classes.length], data }],
    });
  });

  it.each([
    ['{not json', /failed to parse the request JSON/],
    [{ inputs: 'x' }, /Unable to find 'inputs'/],
    [{ inputs: [] }, /expected 1 inputs but got 0/],
    [{ inputs: [{ name: 'INPUT', datatype: 'FP32', shape: [1, 1], data: [1] }] }, /data-type is 'FP32'/],
    [{ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [['a', 'b']] }] }, /unexpected number of string elements 2/],
    [{ inputs: [{ name: 'WRONG', datatype: 'BYTES', shape: [1, 1], data: [['a']] }] }, /unexpected inference input 'WRONG'/],
    [{ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 2], data: ['a', 'b'] }] }, /unexpected shape/],
    [{ ...inferBody('x'), outputs: [{ name: 'PROBS' }] }, /unexpected inference output 'PROBS'/],
  ])('rejects malformed infer body %j with a KServe 400', async (body, message) => {
    await triton.loaded;
    const r = await request(`${base}/v2/models/task_router_ensemble/infer`, { body });
    expect(r.status).toBe(400);
    expect(r.json().error).toMatch(message);
  });

  it('answers unknown models and unknown paths with KServe errors', async () => {
    await triton.loaded;
    const r = await request(`${base}/v2/models/no_such_model/infer`, { body: inferBody('x') });
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ error: "Request for unknown model: 'no_such_model' is not found" });
    expect((await request(`${base}/v2/models/no_such_model`)).status).toBe(404);
    expect((await request(`${base}/v2/models/other_model/infer`, { body: inferBody('x') })).status).toBe(400);
    expect((await request(`${base}/v3/nothing`)).status).toBe(404);
  });

  it('batches several texts', async () => {
    await triton.loaded;
    const r = await request(`${base}/v2/models/task_router_ensemble/infer`, {
      body: { inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [2, 1], data: [['summarize it'], ['python code']] }] },
    });
    expect(r.json().outputs[0].shape).toEqual([2, 12]);
    expect(r.json().outputs[0].data.indexOf(1)).toBe(9);
    expect(r.json().outputs[0].data.lastIndexOf(1)).toBe(12 + 4);
  });

  it('serves KServe v2 gRPC: ServerLive, ServerMetadata, ModelReady, ModelMetadata, ModelInfer', async () => {
    await triton.loaded;
    expect(await grpcCall('ServerLive', {})).toEqual({ live: true });
    expect(await grpcCall('ServerReady', {})).toEqual({ ready: true });
    expect(await grpcCall<{ name: string }>('ServerMetadata', {})).toMatchObject({ name: 'triton', version: '2.51.0' });
    expect(await grpcCall('ModelReady', { name: 'task_router_ensemble', version: '' })).toEqual({ ready: true });
    expect(await grpcCall('ModelReady', { name: 'nope', version: '' })).toEqual({ ready: false });
    expect(await grpcCall('ModelMetadata', { name: 'task_router_ensemble' })).toMatchObject({ name: 'task_router_ensemble', outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [-1, 12] }] });
    const r = await grpcCall<{ model_name: string; outputs: Array<{ shape: number[] }>; raw_output_contents: Buffer[] }>('ModelInfer', {
      model_name: 'task_router_ensemble',
      inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], contents: { bytes_contents: [Buffer.from('please summarize')] } }],
    });
    expect(r.model_name).toBe('task_router_ensemble');
    expect(r.outputs[0]!.shape).toEqual([1, 12]);
    const raw = r.raw_output_contents[0]!;
    const probs = Array.from({ length: 12 }, (_, i) => raw.readFloatLE(i * 4));
    expect(probs.indexOf(1)).toBe(TASK_CLASSES.indexOf('Summarization'));
    // raw_input_contents: BYTES elements are length-prefixed (uint32 LE).
    const text = Buffer.from('write some code');
    const lenPrefix = Buffer.alloc(4);
    lenPrefix.writeUInt32LE(text.length);
    const r2 = await grpcCall<{ raw_output_contents: Buffer[] }>('ModelInfer', {
      model_name: 'complexity_router_ensemble', inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1] }], raw_input_contents: [Buffer.concat([lenPrefix, text])],
    });
    expect(r2.raw_output_contents[0]!.length).toBe(7 * 4);
    await expect(grpcCall('ModelInfer', { model_name: 'nope', inputs: [] })).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
    await expect(grpcCall('ModelInfer', { model_name: 'task_router_ensemble', inputs: [{ name: 'INPUT', datatype: 'INT32', shape: [1] }] }))
      .rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
  });

  it('exports Triton metric names with model/version and gpu_uuid labels', async () => {
    await triton.loaded;
    await request(`${base}/v2/models/task_router_ensemble/infer`, { body: inferBody('code please') });
    await request(`${base}/v2/models/task_router_ensemble/infer`, { body: { inputs: [{ name: 'TEXT', datatype: 'BYTES', shape: [1, 1], data: [['x']] }] } });
    const text = (await request(`http://127.0.0.1:${triton.metricsPort}/metrics`)).text;
    for (const name of ['nv_inference_request_success', 'nv_inference_request_failure', 'nv_inference_count', 'nv_inference_exec_count', 'nv_inference_request_duration_us', 'nv_inference_queue_duration_us']) {
      expect(text).toMatch(new RegExp(`^${name}\\{model="other_model",version="1"\\} \\d+$`, 'm'));
      expect(text).toMatch(new RegExp(`^${name}\\{model="task_router_ensemble",version="1"\\} \\d+`, 'm'));
    }
    expect(text).toMatch(/^nv_inference_request_failure\{model="task_router_ensemble",version="1"\} [1-9]/m);
    for (const name of ['nv_gpu_utilization', 'nv_gpu_memory_used_bytes', 'nv_gpu_memory_total_bytes', 'nv_gpu_power_usage']) {
      expect(text).toMatch(new RegExp(`^${name}\\{gpu_uuid="GPU-11111111-2222-3333-4444-555555555555"\\} [0-9.e+]+$`, 'm'));
    }
    expect(text).toMatch(/^nv_gpu_memory_total_bytes\{[^}]*\} 17179869184$/m);
  });
});

describe('seed-model-repository', () => {
  it('fills an empty directory with both ensembles and leaves a filled one alone', () => {
    const dir = tempModelRepository([]);
    expect(seedModelRepository(dir)).toBe('seeded');
    expect(discoverModels(dir).map((m) => [m.name, m.maxBatchSize, m.classes])).toEqual([['complexity_router_ensemble', 8, 7], ['task_router_ensemble', 8, 12]]);
    expect(seedModelRepository(dir)).toBe('already filled');
  });
});
