// Real Helm 3.17 and Helm 4 check values through the generated values.schema.json. A throwaway chart
// (Chart.yaml + the generated values.yaml and values.schema.json + one trivial template) keeps this
// independent of the renderer.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { helmBinary } from '@llm-router-helm/kube-testkit';
import { renderFailTemplate, renderValuesSchemaJson, renderValuesYaml } from '../src/index.js';
import { BAD_INPUTS, pointer, type BadInput } from './badInputs.js';

const run = promisify(execFile);
jest.setTimeout(120_000);

let dir: string;
let chart: string;
const helm: Record<3 | 4, string> = { 3: '', 4: '' };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'values-schema-helm-'));
  chart = path.join(dir, 'chart');
  await mkdir(path.join(chart, 'templates'), { recursive: true });
  await writeFile(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: llm-router\nversion: 0.1.0\nappVersion: "1.0.0"\n');
  await writeFile(path.join(chart, 'values.yaml'), renderValuesYaml());
  await writeFile(path.join(chart, 'values.schema.json'), renderValuesSchemaJson());
  await writeFile(path.join(chart, 'templates', 'validate.yaml'), renderFailTemplate());
  await writeFile(
    path.join(chart, 'templates', 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-values\ndata:\n  replicas: {{ .Values.routerServer.replicas | quote }}\n',
  );
  helm[3] = await helmBinary(3);
  helm[4] = await helmBinary(4);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function template(major: 3 | 4, values: unknown, name: string): Promise<{ ok: boolean; output: string }> {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}-${major}.yaml`);
  await writeFile(file, stringify(values));
  const env = {
    ...process.env,
    HELM_CACHE_HOME: path.join(dir, 'cache'),
    HELM_CONFIG_HOME: path.join(dir, 'config'),
    HELM_DATA_HOME: path.join(dir, 'data'),
  };
  try {
    const { stdout, stderr } = await run(helm[major], ['template', 'r', chart, '-f', file], { env });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Helm 3 (gojsonschema) names "a.b.c:", Helm 4 (santhosh-tekuri/jsonschema) names '/a/b/c' (either may name a deeper path). */
function namesPath(output: string, bad: BadInput): boolean {
  if (bad.schemaPath === '(root)') return output.includes('routerServr');
  const dotted = new RegExp(`(^|\\s)${escape(bad.schemaPath)}[.:]`, 'm');
  const pointed = new RegExp(`'${escape(pointer(bad.schemaPath))}['/]`);
  return dotted.test(output) || pointed.test(output);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe.each([3, 4] as const)('helm %i template', (major) => {
  test('accepts the default values and a subchart-style global/enabled', async () => {
    const r = await template(
      major,
      { enabled: true, global: { fromParent: 'x', imageRegistry: 'registry.example.com' }, apiKeys: { existingSecret: 'keys' } },
      'good',
    );
    expect(r.output).toContain('replicas: "1"');
    expect(r.ok).toBe(true);
  });

  test.each(BAD_INPUTS.map((b) => [b.name, b] as const))('rejects %s naming the path', async (name, bad) => {
    const r = await template(
      major,
      { ...bad.values, apiKeys: { existingSecret: 'keys', ...(bad.values.apiKeys as object | undefined) } },
      name,
    );
    expect(r.ok).toBe(false);
    if (bad.rule) {
      expect(r.output).toContain(`${bad.path}: ${bad.message}`);
      return;
    }
    expect(r.output).toMatch(/schema/i);
    if (!namesPath(r.output, bad)) throw new Error(`helm ${major} output does not name ${bad.schemaPath}:\n${r.output}`);
  });
});
