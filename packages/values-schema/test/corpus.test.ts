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
import { canon, failMessages, schemaErrorPaths, umbrellaChart } from './helmOutput.js';

jest.setTimeout(3_600_000);
const CHART = path.resolve(__dirname, '../../chart/llm-router');
const EXAMPLES = path.resolve(__dirname, '../../chart/examples');
const BATCH = 20;
const TARGET = 0.97;
/** Every kind of mistake on its own. */
const KIND_TARGET = 0.9;
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
/** Good files whose text itself matters: Helm gets them as written. */
const goodTexts: { name: string; text: string }[] = [
  { name: 'a file framed by --- lines', text: `---\n${toYaml(BASE)}---\n` },
  {
    name: 'quoted YAML 1.1 words',
    text: `${toYaml(BASE)}commonLabels:\n  monitored: "on"\n  version: "010"\nrouterServer:\n  image:\n    tag: "1.10"\n`,
  },
];

/** The CLI on one file: its exit code and output. */
function cli(text: string, stdin = false): { code: number; output: string } {
  const out: string[] = [];
  const code = main(['validate', stdin ? '-' : 'values.yaml'], { out: (t) => out.push(t), err: (t) => out.push(t), read: () => text });
  return { code, output: out.join('') };
}
const cliPaths = (output: string) =>
  new Set(
    output
      .split('\n')
      .map((l) => /^(.+?): /.exec(l)?.[1])
      .filter((p): p is string => !!p)
      .map(canon),
  );

/**
 * One checker's answer on one document: rejected or not, the value paths it named as a reader
 * who knows Helm's wording would take them (a missing key counts as its own path), and the paths
 * as printed (`literal`: Helm names only the parent of a missing key).
 */
interface Verdict {
  rejected: boolean;
  named: Set<string>;
  literal: Set<string>;
}
const ACCEPTED: Verdict = { rejected: false, named: new Set(), literal: new Set() };

function templateVerdict(code: number, stderr: string): Verdict {
  if (code === 0) return ACCEPTED;
  const lines = failMessages(stderr);
  // No fail message: Helm could not read the file (invalid YAML) or a schema error of a single render.
  const schema = schemaErrorPaths(stderr, true).get('llm-router');
  const literalSchema = schemaErrorPaths(stderr, false, true).get('llm-router');
  const named = lines ? new Set(lines.map((l) => canon(l.slice(0, l.indexOf(': '))))) : (schema ?? new Set<string>());
  return { rejected: true, named, literal: lines ? named : (literalSchema ?? new Set<string>()) };
}

/** Helm's verdict on many documents (values) and raw files (text): one umbrella render per BATCH documents, single renders for the rest. */
async function helmVerdicts(major: HelmMajor, umbrella: string, docs: (Doc | string)[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = docs.map(() => ACCEPTED);
  const single: number[] = [];
  const batched = docs.map((d, i) => [d, i] as const).filter(([d]) => typeof d !== 'string');
  for (let start = 0; start < batched.length; start += BATCH) {
    const batch = batched.slice(start, start + BATCH);
    const values: Doc = {};
    for (let i = 0; i < BATCH; i++) values[`d${i}`] = (batch[i]?.[0] as Doc | undefined) ?? BASE;
    const r = await helmTemplate(major, umbrella, [file(toYaml(values))]);
    const named = schemaErrorPaths(r.stderr, true);
    const literal = schemaErrorPaths(r.stderr, false, true);
    batch.forEach(([, index], i) => {
      const got = named.get(`d${i}`);
      if (got && got.size > 0) verdicts[index] = { rejected: true, named: got, literal: literal.get(`d${i}`) ?? new Set() };
      // No schema error for this one: its templates may still fail; that needs a process of its own.
      else if (r.code !== 0) single.push(index);
    });
  }
  single.push(...docs.map((d, i) => (typeof d === 'string' ? i : -1)).filter((i) => i >= 0));
  await Promise.all(
    single.map(async (i) => {
      const d = docs[i]!;
      const r = await helmTemplate(major, CHART, [file(typeof d === 'string' ? d : toYaml(d))]);
      verdicts[i] = templateVerdict(r.code, r.stderr);
    }),
  );
  return verdicts;
}

const TOOLS = ['CLI', 'Helm 3', 'Helm 4'] as const;
type Tool = (typeof TOOLS)[number];
/** Helm reads YAML itself and keeps the last of two equal keys silently: those entries are the CLI's alone. */
const helmJudges = (m: Mistake) => m.category !== 'cli' && !m.cliOnly;

test(`mistakes are rejected naming the path by the CLI, Helm 3 and Helm 4 (target ${TARGET * 100}%, ${KIND_TARGET * 100}% per kind); production values pass`, async () => {
  const umbrella = umbrellaChart(CHART, path.join(tmp, 'umbrella'), BATCH);
  const categories = [...new Set(MISTAKES.map((m) => m.category))];
  const verdicts: Record<Tool, (Verdict | undefined)[]> = { CLI: [], 'Helm 3': [], 'Helm 4': [] };
  MISTAKES.forEach((m, i) => {
    const r = cli(mistakeText(m), m.stdin);
    const paths = cliPaths(r.output);
    verdicts.CLI[i] = { rejected: r.code !== 0, named: paths, literal: paths };
  });
  const helmMistakes = MISTAKES.map((m, i) => [m, i] as const).filter(([m]) => helmJudges(m));
  for (const major of [3, 4] as const) {
    const got = await helmVerdicts(
      major,
      umbrella,
      helmMistakes.map(([m]) => m.yaml ?? over(BASE, m.values ?? {})),
    );
    helmMistakes.forEach(([, i], k) => (verdicts[`Helm ${major}`][i] = got[k]));
  }

  // rejected: any rejection; named: the expected path among those named; exact: named as printed.
  const score = (m: Mistake, v: Verdict) => {
    const want = m.path === null ? null : canon(m.path);
    return {
      rejected: v.rejected,
      named: v.rejected && (want === null || v.named.has(want)),
      exact: v.rejected && (want === null || v.literal.has(want)),
    };
  };
  const missed: string[] = [];
  const rows = [['category', 'mistakes', ...TOOLS.map((t) => `${t} rejected/named/exact`)]];
  const share = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(0)}%`);
  const totals: Record<Tool, { judged: number; rejected: number; named: number; exact: number }> = {
    CLI: { judged: 0, rejected: 0, named: 0, exact: 0 },
    'Helm 3': { judged: 0, rejected: 0, named: 0, exact: 0 },
    'Helm 4': { judged: 0, rejected: 0, named: 0, exact: 0 },
  };
  const weakKinds: string[] = [];
  for (const c of [...categories, 'all']) {
    const idx = MISTAKES.map((m, i) => (c === 'all' || m.category === c ? i : -1)).filter((i) => i >= 0);
    const cells = TOOLS.map((t) => {
      const judged = idx.filter((i) => verdicts[t][i] !== undefined);
      const s = judged.map((i) => score(MISTAKES[i]!, verdicts[t][i]!));
      const [r, n, e] = [s.filter((x) => x.rejected).length, s.filter((x) => x.named).length, s.filter((x) => x.exact).length];
      if (c === 'all') totals[t] = { judged: judged.length, rejected: r, named: n, exact: e };
      else if (judged.length > 0 && n / judged.length < KIND_TARGET)
        weakKinds.push(`${t} names the path in ${share(n, judged.length)} of ${c}`);
      return judged.length === 0 ? 'n/a' : `${share(r, judged.length)}/${share(n, judged.length)}/${share(e, judged.length)}`;
    });
    rows.push([c, String(idx.length), ...cells]);
  }
  MISTAKES.forEach((m, i) => {
    for (const t of TOOLS) {
      const v = verdicts[t][i];
      if (!v) continue;
      const s = score(m, v);
      if (!s.named)
        missed.push(
          `${t} ${v.rejected ? `named ${[...v.named].join(', ') || '(nothing)'}, not` : 'accepted'} ${m.path}: ${m.category}/${m.name}`,
        );
      else if (!s.exact) missed.push(`${t} named only an ancestor (${[...v.literal].join(', ')}) of ${m.path}: ${m.category}/${m.name}`);
    }
  });
  // Every checker must reach the same verdict where all three judge.
  const disagree = helmMistakes
    .filter(([, i]) => new Set(TOOLS.map((t) => verdicts[t][i]!.rejected)).size > 1)
    .map(([m, i]) => `${m.category}/${m.name}: ${TOOLS.map((t) => `${t} ${verdicts[t][i]!.rejected ? 'rejects' : 'accepts'}`).join(', ')}`);

  // Production values: nothing rejected anywhere.
  const goodRejected: string[] = [];
  for (const g of [...goodDocs, ...goodTexts]) {
    const r = cli(g.text);
    if (r.code !== 0) goodRejected.push(`CLI rejected ${g.name}:\n${r.output}`);
  }
  for (const major of [3, 4] as const) {
    const got = await helmVerdicts(major, umbrella, [
      ...goodDocs.map((g) => (parse(g.text, { version: '1.1' }) ?? {}) as Doc),
      ...goodTexts.map((g) => g.text),
    ]);
    const names = [...goodDocs, ...goodTexts].map((g) => g.name);
    got.forEach((v, i) => v.rejected && goodRejected.push(`Helm ${major} rejected ${names[i]}: ${[...v.named].join(', ')}`));
  }
  rows.push([
    'production values rejected',
    String(goodDocs.length + goodTexts.length),
    ...TOOLS.map((t) => String(goodRejected.filter((g) => g.startsWith(t)).length)),
  ]);
  console.log(
    `realistic mistakes: share rejected / rejected naming the value path / naming it as printed (not only an ancestor):\n${rows.map((r) => r.map((c, i) => c.padEnd(i === 0 ? 28 : i === 1 ? 9 : 30)).join(' ')).join('\n')}` +
      `${disagree.length ? `\nverdicts differ:\n${disagree.join('\n')}` : ''}${missed.length ? `\nnot named exactly:\n${missed.join('\n')}` : ''}`,
  );

  expect(goodRejected).toEqual([]);
  expect(disagree).toEqual([]);
  for (const t of TOOLS)
    if (totals[t].named / totals[t].judged < TARGET)
      throw new Error(
        `${t} rejects naming the path ${share(totals[t].named, totals[t].judged)} (< ${TARGET * 100}%):\n${missed.join('\n')}`,
      );
  expect(weakKinds).toEqual([]);
});
