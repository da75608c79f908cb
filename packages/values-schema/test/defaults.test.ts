import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import * as lib from '../src/index.js';
import { defaults, jsonSchema, renderValuesReference, renderValuesSchemaJson, renderValuesYaml, valuesSchema } from '../src/index.js';

describe('defaults', () => {
  test('parse({}) yields the full, production-safe defaults', () => {
    expect(valuesSchema.parse({})).toEqual(defaults);
    for (const name of ['routerServer', 'routerController', 'app'] as const) {
      const c = defaults[name];
      expect(c.podSecurityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } });
      expect(c.containerSecurityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        capabilities: { drop: ['ALL'], add: [] },
        seccompProfile: { type: 'RuntimeDefault' },
      });
      for (const probe of [c.startupProbe, c.readinessProbe, c.livenessProbe]) expect(probe.enabled).toBe(true);
      expect(c.image.tag).toBeNull();
      expect(c.runtimeClassName).toBeNull();
      expect(c.serviceAccount.automount).toBe(false);
    }
    const server = defaults.routerServer;
    expect(server.strategy).toEqual({ type: 'Recreate', rollingUpdate: null });
    expect(server.resources.limits['nvidia.com/gpu']).toBe(1);
    expect(server.modelRepository.storage.type).toBe('pvc');
    expect(server.modelRepository.storage.pvc.keep).toBe(true);
    expect(server.modelRepository.storage.hostPath.iUnderstandTheRisk).toBe(false);
    expect(defaults.app.enabled).toBe(false);
    expect(defaults.routerController.service.port).toBe(8084);
    expect(defaults.routerController.logLevel).toBe('warn');
    expect(defaults.app.routingStrategies).toEqual(['triton', 'manual']);
    expect(defaults.routerController.config.mountPath).toBe('/app/config.yaml');
  });

  test('routing policies default to the upstream tables in classifier order', () => {
    const [task, complexity] = defaults.routerController.policies;
    expect(task?.name).toBe('task_router');
    expect(task?.llms.map((l) => l.name)).toEqual([
      'Brainstorming',
      'Chatbot',
      'Classification',
      'Closed QA',
      'Code Generation',
      'Extraction',
      'Open QA',
      'Other',
      'Rewrite',
      'Summarization',
      'Text Generation',
      'Unknown',
    ]);
    expect(complexity?.name).toBe('complexity_router');
    expect(complexity?.llms.map((l) => l.name)).toEqual([
      'Creativity',
      'Reasoning',
      'Contextual-Knowledge',
      'Few-Shot',
      'Domain-Knowledge',
      'No-Label-Reason',
      'Constraint',
    ]);
    expect(task?.llms[4]?.model).toBe('nvidia/llama-3.3-nemotron-super-49b-v1');
    for (const l of [...(task?.llms ?? []), ...(complexity?.llms ?? [])]) {
      expect(l.apiBase).toBe('https://integrate.api.nvidia.com');
      expect(l.apiKey).toEqual({ secretKey: 'NVIDIA_API_KEY', secretName: null });
    }
  });

  test('defaults is not shared with later parses (no aliasing of default arrays)', () => {
    const a = valuesSchema.parse({});
    a.routerController.policies[0]?.llms.pop();
    expect(valuesSchema.parse({}).routerController.policies[0]?.llms).toHaveLength(12);
  });
});

// Kubernetes objects the chart passes through (only the references it can check are typed: names, env sources).
const K8S_PASSTHROUGH =
  /\/(extraVolumes|extraVolumeMounts|initContainers|sidecars|triggers|extraEnvFrom)\/items$|\/extraEnv\/items\/valueFrom$/;

describe('generated files', () => {
  test('are byte-identical when generated twice, also from a fresh module instance', () => {
    const first = [renderValuesSchemaJson(), renderValuesYaml(), renderValuesReference()];
    const second = [renderValuesSchemaJson(), renderValuesYaml(), renderValuesReference()];
    expect(second).toEqual(first);
    let fresh: typeof lib | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof lib>('../src/index.js');
    });
    expect(fresh).not.toBe(lib);
    expect([fresh!.renderValuesSchemaJson(), fresh!.renderValuesYaml(), fresh!.renderValuesReference()]).toEqual(first);
  });

  test('values.yaml: schema line first, a comment before every key, parses back to the defaults', () => {
    const text = renderValuesYaml();
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=values.schema.json');
    expect(parseYaml(text)).toEqual(defaults);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const lines = text.split('\n');
    // Every mapping key line that starts a key (outside the repeated list entries) has a comment above it.
    const uncommented = lines.filter((line, i) => {
      if (!/^\s*[A-Za-z_][\w.-]*:/.test(line)) return false;
      const prev = lines[i - 1] ?? '';
      return !/^\s*#/.test(prev);
    });
    // Keys of second and later list entries are intentionally not repeated-commented.
    for (const line of uncommented) expect(line).toMatch(/^\s{4,}/);
    expect(uncommented.length).toBeLessThan(lines.length / 3);
    expect(text).toContain('  # Number of pods (ignored while autoscaling is enabled).\n  replicas: 1\n');
  });

  test('values.schema.json: draft-07, self-contained, closed objects, defaults and descriptions carried', () => {
    const schema = JSON.parse(renderValuesSchemaJson());
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const text = JSON.stringify(schema);
    expect(text).not.toMatch(/"\$ref"\s*:\s*"(?!#\/definitions\/)/);
    for (const keyword of ['prefixItems', 'unevaluatedProperties', 'dependentRequired', '$dynamicRef'])
      expect(text).not.toContain(`"${keyword}"`);
    const open: string[] = [];
    const undocumented: string[] = [];
    const visit = (use: Record<string, unknown>, path: string, inProperties: boolean): void => {
      // A shared shape: its def's keywords plus the use site's own description/default/examples.
      const ref =
        typeof use.$ref === 'string' ? (schema.definitions[use.$ref.slice('#/definitions/'.length)] as Record<string, unknown>) : {};
      const node = { ...ref, ...use };
      // global (parent charts add keys) and Kubernetes objects passed through verbatim stay open.
      if (node.properties && node.additionalProperties !== false && path !== '/global' && !K8S_PASSTHROUGH.test(path)) open.push(path);
      if (inProperties && typeof node.description !== 'string') undocumented.push(path);
      for (const [k, v] of Object.entries(node.properties ?? {})) visit(v as Record<string, unknown>, `${path}/${k}`, true);
      for (const key of ['items', 'additionalProperties'])
        if (node[key] && typeof node[key] === 'object') visit(node[key] as Record<string, unknown>, `${path}/${key}`, false);
      for (const key of ['anyOf', 'oneOf'])
        for (const b of (node[key] as Record<string, unknown>[] | undefined) ?? []) visit(b, path, false);
    };
    visit(schema, '', false);
    expect(open).toEqual([]);
    expect(undocumented).toEqual([]);
    expect(schema.properties.routerServer.properties.replicas).toMatchObject({ type: 'integer', minimum: 0, default: 1 });
    expect(schema.properties.global.additionalProperties).not.toBe(false);
    expect(schema.properties.enabled.type).toBe('boolean');
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(jsonSchema, defaults)).toBe(true);
    // Helm always merges values.yaml first; a defaulted key can only be missing when a null deleted it.
    expect(ajv.validate(jsonSchema, {})).toBe(false);
    expect(ajv.validate(jsonSchema, { ...defaults, routerServer: { ...defaults.routerServer, resources: undefined } })).toBe(false);
    // The written file (shapes shared through definitions) accepts and rejects the same as the inlined schema.
    expect(ajv.validate(schema, defaults)).toBe(true);
    expect(ajv.validate(schema, {})).toBe(false);
    expect(
      ajv.validate(schema, { ...defaults, routerServer: { ...defaults.routerServer, podSecurityContext: { runAsNonRoot: 'yes' } } }),
    ).toBe(false);
    expect(ajv.validate(schema, { ...defaults, app: { ...defaults.app, tolerations: [{ effect: 'Sometimes' }] } })).toBe(false);
  });

  test('values reference: a Markdown row per value with type, default and description', () => {
    const md = renderValuesReference();
    expect(md.split('\n')[0]).toBe('| Key | Type | Default | Description |');
    expect(md).toContain(
      '| `routerServer.image.pullPolicy` | "Always" \\| "IfNotPresent" \\| "Never" | `"IfNotPresent"` | Image pull policy. |',
    );
    expect(md).toContain('| `routerServer.replicas` | integer | `1` |');
    expect(md).toContain('`routerController.policies[].llms[].apiBase`');
  });
});
