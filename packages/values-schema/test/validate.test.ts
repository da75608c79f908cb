import Ajv from 'ajv';
import { defaults, jsonSchema, validate } from '../src/index.js';
import { BAD_INPUTS, pointer } from './badInputs.js';
import { helmMerge } from './helmMerge.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const checkSchema = ajv.compile(jsonSchema);

describe('validate() rejects bad input naming the exact path', () => {
  test.each(BAD_INPUTS.map((b) => [b.name, b] as const))('%s', (_name, bad) => {
    const result = validate(bad.values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toEqual(expect.arrayContaining([expect.stringContaining(`${bad.path}: ${bad.message}`)]));
  });
});

describe('the JSON schema (ajv, draft-07) rejects the same input, merged with the defaults like Helm does, at the same place', () => {
  test.each(BAD_INPUTS.filter((b) => !b.rule).map((b) => [b.name, b] as const))('%s', (_name, bad) => {
    expect(checkSchema(helmMerge(defaults, bad.values))).toBe(false);
    const at = (checkSchema.errors ?? []).map((e) => e.instancePath);
    expect(at).toContain(pointer(bad.schemaPath));
  });
  // Cross-field rules live in the rules table and fail in the chart's validate.yaml (helm.test.ts), not in the schema.
  test.each(BAD_INPUTS.filter((b) => b.rule).map((b) => [b.name, b] as const))('%s is a rule, left to the template', (_name, bad) => {
    expect(checkSchema(helmMerge(defaults, bad.values))).toBe(true);
    const r = validate(bad.values);
    expect(r.ok ? [] : r.problems.filter((p) => p.rule).map((p) => p.path)).toContain(bad.path);
  });
});

describe('messages a person understands', () => {
  test('unknown key, wrong type, range and enum messages read as documented', () => {
    const r = validate({ routerServer: { replicaz: 3, image: { pullPolicy: 'Sometimes' } }, routerController: { service: { port: 0 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.map((p) => `${p.path}: ${p.message}`);
    expect(text).toContain('routerServer: unknown key "replicaz" (did you mean "replicas"?)');
    expect(text).toContain('routerServer.image.pullPolicy: must be one of Always, IfNotPresent, Never (got "Sometimes")');
    expect(text).toContain('routerController.service.port: must be >= 1 (got 0)');
  });

  test('paths of list entries use [index] and odd keys are quoted', () => {
    const r = validate({ commonLabels: { 'app.kubernetes.io/part-of': 3 }, global: { imagePullSecrets: [{ name: 'Bad Name' }] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('commonLabels["app.kubernetes.io/part-of"]');
    expect(paths).toContain('global.imagePullSecrets[0].name');
  });

  test('an inline secret is rejected without echoing it', () => {
    const r = validate({
      routerServer: { huggingFace: { token: 'hf_SECRET1' }, modelRepository: { credentials: { s3: 'AKIA_SECRET2' } } },
      routerController: {
        policies: [{ name: 'p', llms: [{ name: 'a', apiBase: 'https://x.example.com', model: 'm', apiKey: 'nvapi-SECRET3' }] }],
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(3);
    expect(JSON.stringify(r.problems)).not.toMatch(/SECRET/);
  });

  test('every problem is reported, not only the first', () => {
    const r = validate({ routerServer: { replicas: -1, service: { port: 99999 } }, app: { enabled: 'yes' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['app.enabled', 'routerServer.replicas', 'routerServer.service.port']);
  });

  test('null and an empty document mean "no values" (which still need an API-key source); global and enabled are accepted at the root', () => {
    const empty = validate(null);
    expect(empty.ok ? [] : empty.problems.map((p) => p.rule)).toEqual([
      ...Array(19).fill('api-key-source'),
      'image-registry:routerServer',
      'image-registry:routerController',
    ]);
    expect(
      validate({ enabled: true, apiKeys: { existingSecret: 'k' }, global: { imageRegistry: 'r.example.com', fromParent: { anything: 1 } } })
        .ok,
    ).toBe(true);
    expect(checkSchema(helmMerge(defaults, { enabled: true, global: { fromParent: { anything: 1 } } }))).toBe(true);
  });

  test('good values pass and come back with defaults filled in', () => {
    const r = validate({
      routerServer: {
        replicas: 2,
        modelRepository: { storage: { type: 'nfs', nfs: { server: 'nfs.example.com', path: '/exports/models' } } },
      },
      apiKeys: { existingSecret: 'llm-api-keys' },
      global: { imageRegistry: 'registry.example.com' },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.values.routerServer.replicas).toBe(2);
      expect(r.values.routerController.policies).toHaveLength(2);
    }
  });
});
