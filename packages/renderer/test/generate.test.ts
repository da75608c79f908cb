// Generation: same input, same bytes; committed chart files equal fresh output; examples pass the schema.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { validate } from '@llm-router-helm/values-schema';
import { EXAMPLES, generateChart, GENERATED_DIRS, GENERATED_NOTE } from '../src/index.js';

const CHART_ROOT = path.resolve(__dirname, '../../chart');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

describe('generateChart', () => {
  it('is deterministic: two runs give the same bytes', () => {
    const a = generateChart();
    const b = generateChart();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k)).toBe(v);
  });

  it('drift: committed files under packages/chart equal fresh output (no hand edits, no stale files)', () => {
    const fresh = generateChart();
    const onDisk = GENERATED_DIRS.flatMap((d) => listFiles(path.join(CHART_ROOT, d))).map((f) =>
      path.relative(CHART_ROOT, f).split(path.sep).join('/'),
    );
    expect(onDisk.sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([rel, text]) => readFileSync(path.join(CHART_ROOT, rel), 'utf8') !== text).map(([rel]) => rel);
    expect(differing).toEqual([]);
  });

  it('writes no timestamps or tool versions into generated files', () => {
    for (const [rel, text] of generateChart()) {
      expect({ rel, date: /\b20\d\d-\d\d-\d\dT\d\d:/.test(text) }).toEqual({ rel, date: false });
    }
  });

  it('marks every generated file whose format has comments as generated (one line, at the top)', () => {
    const unmarked = [...generateChart()]
      .filter(([rel]) => !rel.endsWith('.json') || rel.endsWith('.schema.json'))
      .filter(
        ([, text]) =>
          !text
            .split('\n')
            .slice(0, 3)
            .some((line) => /(Generated|generated).*do not edit/.test(line)),
      )
      .map(([rel]) => rel);
    expect(unmarked).toEqual([]);
    expect(generateChart().get('llm-router/templates/NOTES.txt')!.split('\n')[0]).toBe(`{{- /* ${GENERATED_NOTE} */ -}}`);
  });

  it('L5: every template module is one small file with a comment saying why it exists', () => {
    const src = path.resolve(__dirname, '../src');
    for (const f of listFiles(src)) {
      const first = readFileSync(f, 'utf8').split('\n')[0] ?? '';
      expect({ f, comment: first.startsWith('//') }).toEqual({ f, comment: true });
    }
  });
});

describe('examples', () => {
  it.each(EXAMPLES.map((e) => e.name))('%s passes validate() from the values-schema package', (name) => {
    const text = generateChart().get(`examples/${name}.yaml`)!;
    expect(text.split('\n').slice(0, 2)).toEqual([`# ${GENERATED_NOTE}`, `# Example values: ${name}`]);
    const result = validate(YAML.parse(text));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers every scenario the issue lists', () => {
    expect(EXAMPLES.map((e) => e.name).sort()).toEqual(
      [
        'default',
        'production-ha',
        's3',
        'gcs',
        'azure',
        'nfs',
        'existing-claim',
        'external-secret',
        'ingress-tls',
        'gateway-api',
        'openshift',
        'monitoring',
        'network-policy',
        'app',
        'everything-on',
      ].sort(),
    );
  });

  it('D-api-base: no example sets an api_base ending in /v1', () => {
    for (const [rel, text] of generateChart()) if (rel.startsWith('examples/')) expect(text).not.toMatch(/apiBase: .*\/v1\/?$/m);
  });
});
