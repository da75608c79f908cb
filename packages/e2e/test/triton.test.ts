// The real Triton Inference Server 2.51 (PyPI nvidia-pytriton, installed by triton/install.sh)
// serving our CPU stand-in model repository on loopback: HTTP (JSON and binary tensors),
// gRPC through NVIDIA's client, and Prometheus metrics.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tritonForTests } from '../triton/install.js';
import { COMPLEXITY_CLASSES, TASK_CLASSES } from '../triton/routers.js';
import { grpcCalls, SEEDER, seededRepository, startTriton, type TritonProcess } from '../triton/run.js';
import { request, waitForHttp } from './helpers.js';

const install = tritonForTests('triton.test');
const suite = install ? describe : describe.skip;
jest.setTimeout(480_000);

const inferBody = (...texts: string[]) => ({
  inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [texts.length, 1], data: texts.map((t) => [t]) }],
});
const MODELS = [
  'complexity_router',
  'complexity_router_ensemble',
  'postprocessing_complexity_router',
  'postprocessing_task_router',
  'preprocessing_complexity_router',
  'preprocessing_task_router',
  'task_router',
  'task_router_ensemble',
];

suite('stand-in model repository (seed-model-repository)', () => {
  it("writes upstream's v1 layout: per router an ensemble over preprocessing, classifier and postprocessing", () => {
    const repo = seededRepository(install!);
    expect(fs.readdirSync(repo).sort()).toEqual(MODELS);
    for (const [router, n] of [
      ['task_router', 12],
      ['complexity_router', 7],
    ] as const) {
      const ensemble = fs.readFileSync(path.join(repo, `${router}_ensemble`, 'config.pbtxt'), 'utf8');
      expect(ensemble).toContain('platform: "ensemble"');
      expect(ensemble).toContain('max_batch_size: 8');
      expect(ensemble).toContain('input [ { name: "INPUT" data_type: TYPE_STRING dims: [ 1 ] } ]');
      expect(ensemble).toContain('output [ { name: "OUTPUT" data_type: TYPE_FP32 dims: [ -1 ] } ]');
      expect([...ensemble.matchAll(/model_name: "(\w+)"/g)].map((m) => m[1])).toEqual([
        `preprocessing_${router}`,
        router,
        `postprocessing_${router}`,
      ]);
      for (const m of [`preprocessing_${router}`, router, `postprocessing_${router}`]) {
        const config = fs.readFileSync(path.join(repo, m, 'config.pbtxt'), 'utf8');
        expect(config).toContain('backend: "python"');
        expect(config).toContain('kind: KIND_CPU');
        expect(fs.existsSync(path.join(repo, m, '1', 'model.py'))).toBe(true);
      }
      expect(JSON.parse(fs.readFileSync(path.join(repo, router, '1', 'keywords.json'), 'utf8')).classes).toHaveLength(n);
    }
  });

  it("takes $MODEL_REPOSITORY like the chart's loader, leaves a filled directory alone, and needs a directory", () => {
    const repo = seededRepository(install!);
    const again = execFileSync(install!.python, [SEEDER], { env: { ...process.env, MODEL_REPOSITORY: repo }, encoding: 'utf8' });
    expect(JSON.parse(again)).toEqual({ service: 'seed-model-repository', dir: repo, result: 'already filled' });
    const usage = spawnSync(install!.python, [SEEDER], { env: { ...process.env, MODEL_REPOSITORY: '' }, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: seed-model-repository [DIR]');
  });
});

suite('real tritonserver with the stand-in models: HTTP, gRPC, metrics', () => {
  let t: TritonProcess;

  beforeAll(async () => {
    t = await startTriton(install!, seededRepository(install!));
    await waitForHttp(`${t.http}/v2/health/ready`, 200, 360_000, t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('is live and ready, with every model (composing models included) ready in version 1 only', async () => {
    expect((await request(`${t.http}/v2/health/live`)).status).toBe(200);
    expect((await request(`${t.http}/v2/health/ready`)).status).toBe(200);
    for (const m of MODELS) expect([m, (await request(`${t.http}/v2/models/${m}/ready`)).status]).toEqual([m, 200]);
    const v2 = await request(`${t.http}/v2/models/task_router_ensemble/versions/2/ready`);
    expect([v2.status, v2.json()]).toEqual([400, { error: 'Model version not ready' }]);
  });

  it('serves server metadata, model metadata and the ensemble config with its scheduling steps', async () => {
    const server = (await request(`${t.http}/v2`)).json();
    expect(server).toMatchObject({ name: 'triton', version: install!.serverVersion });
    expect(server.extensions).toEqual(expect.arrayContaining(['binary_tensor_data', 'model_repository', 'statistics', 'parameters']));
    expect((await request(`${t.http}/v2/models/complexity_router_ensemble`)).json()).toEqual({
      name: 'complexity_router_ensemble',
      versions: ['1'],
      platform: 'ensemble',
      inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [-1, 1] }],
      outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [-1, -1] }],
    });
    const config = (await request(`${t.http}/v2/models/task_router_ensemble/config`)).json();
    expect(config).toMatchObject({ name: 'task_router_ensemble', platform: 'ensemble', max_batch_size: 8 });
    expect(config.ensemble_scheduling.step.map((s: { model_name: string }) => s.model_name)).toEqual([
      'preprocessing_task_router',
      'task_router',
      'postprocessing_task_router',
    ]);
    expect((await request(`${t.http}/v2/models/task_router/config`)).json()).toMatchObject({
      backend: 'python',
      instance_group: [{ kind: 'KIND_CPU', count: 1 }],
    });
  });

  it.each([
    ['task_router_ensemble', 'Write a Python function that reverses a list', 'Code Generation'],
    ['task_router_ensemble', 'Please summarize this article', 'Summarization'],
    ['task_router_ensemble', 'Hello there, how are you?', 'Chatbot'],
    ['task_router_ensemble', 'What is the capital of France?', 'Open QA'],
    ['task_router_ensemble', 'Brainstorm ideas for a party', 'Brainstorming'],
    ['task_router_ensemble', '', 'Unknown'],
    ['task_router_ensemble', 'zebra', 'Other'],
    ['complexity_router_ensemble', 'Solve this step by step', 'Reasoning'],
    ['complexity_router_ensemble', 'Write a poem about the sea', 'Creativity'],
    ['complexity_router_ensemble', 'Answer in at most ten words', 'Constraint'],
    ['complexity_router_ensemble', 'plain words', 'No-Label-Reason'],
  ])(
    'HTTP infer on %s classifies %j as %s: a 1-D one-hot of shape [N], with parameters, as the controller expects',
    async (model, text, label) => {
      const classes = model === 'task_router_ensemble' ? TASK_CLASSES : COMPLEXITY_CLASSES;
      const r = await request(`${t.http}/v2/models/${model}/infer`, { body: inferBody(text) });
      expect(r.status).toBe(200);
      expect(r.json()).toEqual({
        model_name: model,
        model_version: '1',
        parameters: { sequence_id: 0, sequence_start: false, sequence_end: false },
        outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [classes.length], data: classes.map((c) => (c === label ? 1 : 0)) }],
      });
    },
  );

  it('a batch of several texts gives [B, N]', async () => {
    const r = (await request(`${t.http}/v2/models/task_router_ensemble/infer`, { body: inferBody('summarize it', 'python code') })).json();
    expect(r.outputs[0].shape).toEqual([2, 12]);
    expect(r.outputs[0].data.indexOf(1)).toBe(TASK_CLASSES.indexOf('Summarization'));
    expect(r.outputs[0].data.lastIndexOf(1)).toBe(12 + TASK_CLASSES.indexOf('Code Generation'));
  });

  it.each([
    ['{not json', 500, /^failed to parse the request JSON buffer/],
    [{ inputs: 'x' }, 500, /^Unable to parse 'inputs'/],
    [{ inputs: [] }, 400, /expected 1 inputs but got 0 inputs/],
    [
      { inputs: [{ name: 'INPUT', datatype: 'FP32', shape: [1, 1], data: [1] }] },
      400,
      /data-type is 'FP32', but model 'task_router_ensemble' expects 'BYTES'/,
    ],
    [{ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], data: [['a', 'b']] }] }, 400, /unexpected number of string elements 2/],
    [{ inputs: [{ name: 'WRONG', datatype: 'BYTES', shape: [1, 1], data: [['a']] }] }, 400, /unexpected inference input 'WRONG'/],
    [{ inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1], data: ['a'] }] }, 400, /Expected \[-1,1\], got \[1\]/],
    [inferBody(...'abcdefghi'.split('')), 400, /batch-size must be <= 8/],
    [{ ...inferBody('x'), outputs: [{ name: 'PROBS' }] }, 400, /unexpected inference output 'PROBS'/],
  ])('rejects malformed request %j with %i', async (body, status, message) => {
    const r = await request(`${t.http}/v2/models/task_router_ensemble/infer`, { body });
    expect(r.status).toBe(status);
    expect(r.json().error).toMatch(message);
  });

  it('answers unknown models 404 and unknown paths 404', async () => {
    const r = await request(`${t.http}/v2/models/no_such_model/infer`, { body: inferBody('x') });
    expect([r.status, r.json()]).toEqual([404, { error: "Request for unknown model: 'no_such_model' is not found" }]);
    expect((await request(`${t.http}/v2/models/no_such_model`)).status).toBe(404);
    expect((await request(`${t.http}/v3/nothing`)).status).toBe(404);
  });

  it('a failing classifier fails the ensemble request with 500 naming the ensemble', async () => {
    const r = await request(`${t.http}/v2/models/task_router_ensemble/infer`, { body: inferBody('[[standin-fail]] please') });
    expect(r.status).toBe(500);
    expect(r.json().error).toMatch(/^in ensemble 'task_router_ensemble', stand-in classifier: request failed on purpose/);
  });

  it('speaks the binary tensor extension: length-prefixed BYTES in, little-endian FP32 out', async () => {
    const text = Buffer.from('please summarize this');
    const element = Buffer.concat([Buffer.alloc(4), text]);
    element.writeUInt32LE(text.length, 0);
    const header = Buffer.from(
      JSON.stringify({
        inputs: [{ name: 'INPUT', datatype: 'BYTES', shape: [1, 1], parameters: { binary_data_size: element.length } }],
        outputs: [{ name: 'OUTPUT', parameters: { binary_data: true } }],
      }),
    );
    const r = await request(`${t.http}/v2/models/task_router_ensemble/infer`, {
      body: Buffer.concat([header, element]),
      headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) },
    });
    expect(r.status).toBe(200);
    const jsonLength = Number(r.headers['inference-header-content-length']);
    const json = JSON.parse(r.raw.subarray(0, jsonLength).toString('utf8'));
    expect(json.outputs).toEqual([{ name: 'OUTPUT', datatype: 'FP32', shape: [12], parameters: { binary_data_size: 48 } }]);
    const raw = r.raw.subarray(jsonLength);
    const probs = Array.from({ length: 12 }, (_, i) => raw.readFloatLE(i * 4));
    expect(probs.indexOf(1)).toBe(TASK_CLASSES.indexOf('Summarization'));
  });

  it("answers gRPC (NVIDIA's tritonclient): health, metadata, ModelConfig, RepositoryIndex, ModelInfer, Statistics", async () => {
    const [live, ready, modelReady, server, metadata, config, index, infer, notFound] = grpcCalls(install!, t.grpc, [
      ['server_live'],
      ['server_ready'],
      ['model_ready', 'task_router_ensemble'],
      ['server_metadata'],
      ['model_metadata', 'task_router_ensemble'],
      ['model_config', 'complexity_router_ensemble'],
      ['repository_index'],
      ['infer', 'task_router_ensemble', 'write some code'],
      ['model_config', 'no_such_model'],
    ]) as any[];
    expect([live, ready, modelReady]).toEqual([{ live: true }, { ready: true }, { ready: true }]);
    expect(server).toMatchObject({ name: 'triton', version: install!.serverVersion });
    expect(metadata).toMatchObject({
      name: 'task_router_ensemble',
      platform: 'ensemble',
      outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: ['-1', '-1'] }],
    });
    expect(config.config).toMatchObject({ name: 'complexity_router_ensemble', platform: 'ensemble', max_batch_size: 8 });
    expect(config.config.ensemble_scheduling.step.map((s: { model_name: string }) => s.model_name)).toEqual([
      'preprocessing_complexity_router',
      'complexity_router',
      'postprocessing_complexity_router',
    ]);
    expect(index.models).toEqual(MODELS.map((name) => ({ name, version: '1', state: 'READY' })));
    expect(infer).toMatchObject({
      model_name: 'task_router_ensemble',
      model_version: '1',
      parameters: { sequence_id: { int64Param: '0' }, sequence_start: { boolParam: false }, sequence_end: { boolParam: false } },
      outputs: [{ name: 'OUTPUT', datatype: 'FP32', shape: [12] }],
      raw_output_bytes: [48],
    });
    expect(infer.data.indexOf(1)).toBe(TASK_CLASSES.indexOf('Code Generation'));
    expect(notFound).toEqual({
      error: { status: 'StatusCode.NOT_FOUND', message: "Request for unknown model: 'no_such_model' is not found" },
    });
    // statistics after the gRPC inference above: the composing classifier counted it too
    const [stats] = grpcCalls(install!, t.grpc, [['inference_statistics', 'task_router']]) as any[];
    expect(stats.model_stats[0]).toMatchObject({ name: 'task_router', version: '1' });
    expect(Number(stats.model_stats[0].inference_stats.success.count)).toBeGreaterThan(0);
  });

  it('exports nv_inference_* for every model (composing models too), failures with a reason label, CPU but no GPU series', async () => {
    await request(`${t.http}/v2/models/complexity_router_ensemble/infer`, { body: inferBody('why?') });
    await request(`${t.http}/v2/models/task_router_ensemble/infer`, { body: inferBody('[[standin-fail]]') });
    const text = (await request(`${t.metrics}/metrics`)).text;
    for (const name of [
      'nv_inference_request_success',
      'nv_inference_count',
      'nv_inference_exec_count',
      'nv_inference_request_duration_us',
      'nv_inference_queue_duration_us',
      'nv_inference_compute_infer_duration_us',
    ]) {
      for (const m of MODELS) expect(text).toMatch(new RegExp(`^${name}\\{model="${m}",version="1"\\} \\d+$`, 'm'));
    }
    for (const m of MODELS) {
      for (const reason of ['BACKEND', 'CANCELED', 'OTHER', 'REJECTED']) {
        expect(text).toMatch(new RegExp(`^nv_inference_request_failure\\{model="${m}",reason="${reason}",version="1"\\} \\d+$`, 'm'));
      }
    }
    expect(text).toMatch(/^nv_inference_request_success\{model="complexity_router",version="1"\} [1-9]/m);
    const failures = [
      ...text.matchAll(/^nv_inference_request_failure\{model="task_router_ensemble",reason="(\w+)",version="1"\} (\d+)$/gm),
    ];
    expect(failures.reduce((sum, m) => sum + Number(m[2]), 0)).toBeGreaterThan(0);
    expect(text).toMatch(/^nv_cpu_utilization [0-9.e+-]+$/m);
    expect(text).toMatch(/^nv_cpu_memory_total_bytes \d+$/m);
    expect(text).not.toMatch(/^nv_gpu_/m);
  });
});
