// Realistic mistakes (test/corpus/mistakes.ts, by category) must be rejected, naming the value
// path, by all three checkers a user meets: the llm-router-values CLI, Helm 3 and Helm 4 on the
// generated chart. Realistic production values (test/corpus/production.ts and the chart's
// examples) must pass all three. Prints the rejection rate per category and checker.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { helmTemplate, type HelmMajor } from '@llm-router-helm/kube-testkit';
import { main } from '../src/cliMain.js';
import { MISTAKES, type Mistake } from './corpus/mistakes.js';
import { PRODUCTION } from './corpus/production.js';
import { canon, failMessage, schemaErrorPaths, umbrellaChart } from './helmOutput.js';

jest.setTimeout(3_600_000);
const CHART = path.resolve(__dirname, '../../chart/llm-router');
const EXAMPLES = path.resolve(__dirname, '../../chart/examples');
const BATCH = 20;
const TARGET = 0.97;
/** Every mistake (and production value) is written on top of what a release needs: an API-key source and the registry holding the router images. */
const BASE = { apiKeys: { existingSecret: 'keys' }, global: { imageRegistry: 'registry.example.com/llm-router' } };

type Doc = Record<string, unknown>;
const isMap = (v: unknown): v is Doc => v !== null && typeof v === 'object' && !Array.isArray(v);
const over = (a: Doc, b: Doc): Doc =>
  Object.fromEntries(
    [...Object.keys(a), ...Object.keys(b)].map((k) => [
      k,
      isMap(a[k]) && isMap(b[k]) ? over(a[k] as Doc, b[k] as Doc) : k in b ? b[k] : a[k],
    ]),
  );
// YAML 1.1 quoting, as Helm reads it.
const toYaml = (v: unknown) => stringify(v, { version: '1.1', aliasDuplicateObjects: false });

const tmp = mkdtempSync(path.join(os.tmpdir(), 'values-schema-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const file = (text: string) => {
  const f = path.join(tmp, `v${n++}.yaml`);
  writeFileSync(f, text);
  return f;
};

const mistakeText = (m: Mistake) => m.yaml ?? toYaml(over(BASE, m.values ?? {}));
const goodDocs: { name: string; text: string }[] = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `example ${f}`, text: readFileSync(path.join(EXAMPLES, f), 'utf8') })),
  ...PRODUCTION.map((p) => ({ name: p.name, text: toYaml(over(BASE, p.values)) })),
];

/** The CLI on one file: rejected (non-zero exit) naming the path. */
function cli(text: string, stdin = false): { code: number; output: string } {
  const out: string[] = [];
  const code = main(['validate', stdin ? '-' : 'values.yaml'], { out: (t) => out.push(t), err: (t) => out.push(t), read: () => text });
  return { code, output: out.join('') };
}
const cliNames = (output: string, p: string | null) => p === null || output.split('\n').some((l) => l.startsWith(`${p}: `));

/** Helm's verdict on many documents: for each, the value paths it rejected it with (empty: accepted). */
async function helmVerdicts(major: HelmMajor, umbrella: string, docs: Doc[]): Promise<Set<string>[]> {
  const verdicts: Set<string>[] = docs.map(() => new Set());
  const single: number[] = [];
  for (let start = 0; start < docs.length; start += BATCH) {
    const batch = docs.slice(start, start + BATCH);
    const values: Doc = {};
    for (let i = 0; i < BATCH; i++) values[`d${i}`] = batch[i] ?? BASE;
    const r = await helmTemplate(major, umbrella, [file(toYaml(values))]);
    const paths = schemaErrorPaths(r.stderr, true);
    batch.forEach((_, i) => {
      const got = paths.get(`d${i}`);
      if (got && got.size > 0) verdicts[start + i] = got;
      // No schema error for this one: its templates may still fail; that needs a process of its own.
      else if (r.code !== 0) single.push(start + i);
    });
  }
  await Promise.all(
    single.map(async (i) => {
      const r = await helmTemplate(major, CHART, [file(toYaml(docs[i]))]);
      if (r.code === 0) return;
      const message = failMessage(r.stderr);
      const at = message ? message.slice(0, message.indexOf(': ')) : '';
      verdicts[i] = new Set([canon(at || '(unknown)')]);
    }),
  );
  return verdicts;
}

test(`mistakes are rejected naming the path by the CLI, Helm 3 and Helm 4 (target ${TARGET * 100}%); production values pass`, async () => {
  const umbrella = umbrellaChart(CHART, path.join(tmp, 'umbrella'), BATCH);
  const categories = [...new Set(MISTAKES.map((m) => m.category))];
  const tools = ['CLI', 'Helm 3', 'Helm 4'] as const;
  const hits: Record<(typeof tools)[number], boolean[]> = { CLI: [], 'Helm 3': [], 'Helm 4': [] };
  const missed: string[] = [];

  MISTAKES.forEach((m, i) => {
    const r = cli(mistakeText(m), m.stdin);
    hits.CLI[i] = r.code !== 0 && cliNames(r.output, m.path);
    if (!hits.CLI[i]) missed.push(`CLI accepted or did not name ${m.path}: ${m.category}/${m.name}\n${r.output}`);
  });
  // Helm parses YAML itself: duplicate keys and aliases are the CLI's category only.
  const helmMistakes = MISTAKES.map((m, i) => [m, i] as const).filter(([m]) => m.category !== 'cli');
  for (const major of [3, 4] as const) {
    const tool = `Helm ${major}` as const;
    const verdicts = await helmVerdicts(
      major,
      umbrella,
      helmMistakes.map(([m]) => over(BASE, m.values ?? {})),
    );
    helmMistakes.forEach(([m, i], k) => {
      const got = verdicts[k] ?? new Set<string>();
      hits[tool][i] = got.has(canon(m.path ?? ''));
      if (!hits[tool][i])
        missed.push(`${tool} ${got.size ? `named ${[...got].join(', ')}, not` : 'accepted'} ${m.path}: ${m.category}/${m.name}`);
    });
  }

  const rows = [['category', 'mistakes', ...tools]];
  const rate = (tool: (typeof tools)[number], idx: number[]) => {
    const judged = idx.filter((i) => hits[tool][i] !== undefined);
    return judged.length === 0 ? 'n/a' : `${judged.filter((i) => hits[tool][i]).length}/${judged.length}`;
  };
  for (const c of [...categories, 'all']) {
    const idx = MISTAKES.map((m, i) => (c === 'all' || m.category === c ? i : -1)).filter((i) => i >= 0);
    rows.push([c, String(idx.length), ...tools.map((t) => rate(t, idx))]);
  }
  const overall = Object.fromEntries(tools.map((t) => [t, hits[t].filter(Boolean).length / hits[t].filter((h) => h !== undefined).length]));
  rows.push(['rejected', '', ...tools.map((t) => `${(overall[t]! * 100).toFixed(1)}%`)]);

  // Production values: nothing rejected anywhere.
  const goodRejected: string[] = [];
  for (const g of goodDocs) {
    const r = cli(g.text);
    if (r.code !== 0) goodRejected.push(`CLI rejected ${g.name}:\n${r.output}`);
  }
  for (const major of [3, 4] as const) {
    const verdicts = await helmVerdicts(
      major,
      umbrella,
      goodDocs.map((g) => (parse(g.text, { version: '1.1' }) ?? {}) as Doc),
    );
    verdicts.forEach((v, i) => v.size > 0 && goodRejected.push(`Helm ${major} rejected ${goodDocs[i]!.name}: ${[...v].join(', ')}`));
  }
  rows.push([
    'production values rejected',
    String(goodDocs.length),
    ...tools.map((t) => String(goodRejected.filter((g) => g.startsWith(t === 'CLI' ? 'CLI' : t)).length)),
  ]);
  console.log(
    `rejection rate of realistic mistakes (rejected naming the value path / judged):\n${rows.map((r) => r.map((c, i) => c.padEnd(i === 0 ? 28 : 10)).join(' ')).join('\n')}`,
  );

  expect(goodRejected).toEqual([]);
  for (const t of tools)
    if (overall[t]! < TARGET)
      throw new Error(`${t} rejects ${(overall[t]! * 100).toFixed(1)}% (< ${TARGET * 100}%):\n${missed.join('\n')}`);
  if (missed.length) console.log(`not rejected:\n${missed.join('\n')}`);
});
