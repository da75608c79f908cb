// Parity of the two checkers built from the rules table: validate() (zod + rules) and the chart as
// real Helm 3 and Helm 4 run it (values.schema.json + the generated templates/validate.yaml).
// fast-check draws valid documents and breaks some with mutations (every rule of the table and
// every kind of schema error); each document must get the same verdict from validate() and from
// `helm template` of the whole generated chart: the same schema-error paths, or the same set of
// broken-rule lines (validate.yaml lists every broken rule, `path: message` each). Besides the draw,
// a misspelt key (with a value, and null) goes into every block with fixed keys (test/typoCases.ts):
// a null typo in an image block once passed validate() while both Helms rejected it.
//
// Helm renders one values file per process, so documents Helm should accept, and documents its
// schema should reject, go through an umbrella chart whose dependencies are BATCH aliases of the
// chart (one process checks BATCH documents: Helm validates every alias's values and names each
// alias in its errors). A template `fail` stops the whole render, so documents only rules reject
// run one per process; they are the costly part, so they are a smaller share of the draw and each
// breaks up to three rules. Every helm process of a major is queued at once; runHelm caps how many
// run together. PARITY_DOCS (default 2000) and PARITY_SEED override the draw; the test prints the
// documents per kind, the rules and schema mutations hit, and the processes and time per Helm major.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { helmTemplate, type HelmMajor } from '@llm-router-helm/kube-testkit';
import { RULES, validate, type Problem } from '../src/index.js';
import { validValues } from './arbitraries.js';
import { canon, failMessages, schemaErrorPaths, umbrellaChart } from './helmOutput.js';
import { RULE_MUTATIONS, SCHEMA_MUTATIONS, type Mutation } from './mutations.js';
import { typoCases } from './typoCases.js';

const DOCS = Number(process.env.PARITY_DOCS ?? 2000);
const SEED = Number(process.env.PARITY_SEED ?? 20261201);
/** Documents per umbrella process: past ~50 a process costs more per document, not less (measured). */
const BATCH = 50;
/**
 * With this many documents every rule and every schema mutation must come up: the default draw. At
 * 1000, with ~90 rules, a rule is drawn about 3.5 times and one of them is missed now and then.
 */
const FULL_COVERAGE_AT = 2000;
/**
 * The same helm binaries, with Go's garbage collector paced for short-lived processes: a helm run
 * here is over in a second, and GOGC=400 cuts its CPU time by a quarter (measured on both majors).
 */
const HELM_ENV = { GOGC: '400' };
const CHART = path.resolve(__dirname, '../../chart/llm-router');
jest.setTimeout(3_600_000);

type Doc = Record<string, unknown>;
type Kind = 'ok' | 'schema' | 'template';
interface Case {
  index: number;
  doc: Doc;
  mutations: string[];
  kind: Kind;
  problems: Problem[];
}

const mutated = fc
  .tuple(
    validValues,
    fc.oneof(
      { weight: 6, arbitrary: fc.constant([] as Mutation[]) },
      { weight: 3, arbitrary: fc.array(fc.constantFrom(...RULE_MUTATIONS), { minLength: 1, maxLength: 3 }) },
      {
        weight: 11,
        arbitrary: fc
          .tuple(fc.constantFrom(...SCHEMA_MUTATIONS), fc.option(fc.constantFrom(...RULE_MUTATIONS), { nil: undefined }))
          .map(([s, r]) => (r ? [s, r] : [s])),
      },
    ),
  )
  .map(([doc, mutations]) => {
    const out = structuredClone(doc) as Doc;
    for (const m of mutations) m.apply(out);
    return { doc: out, mutations: mutations.map((m) => m.name) };
  });

function classify(index: number, doc: Doc, mutations: string[]): Case {
  const r = validate(doc);
  if (r.ok) return { index, doc, mutations, kind: 'ok', problems: [] };
  return { index, doc, mutations, kind: r.problems.some((p) => !p.rule) ? 'schema' : 'template', problems: r.problems };
}

const expectedSchemaPaths = (c: Case) => new Set(c.problems.filter((p) => !p.rule).map((p) => canon(p.path)));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
// YAML 1.1 quoting: Helm reads values as YAML 1.1, where an unquoted y, no or 0x1F is no string.
const toYaml = (values: unknown) => stringify(values, { version: '1.1', aliasDuplicateObjects: false });
const describeCase = (c: Case) =>
  `document #${c.index} (seed ${SEED}, mutations: ${c.mutations.join(', ') || 'none'}):\n${toYaml(c.doc)}validate(): ${c.problems.map((p) => `${p.path}: ${p.message}`).join('\n  ') || 'ok'}`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'values-schema-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let fileCounter = 0;
/**
 * JSON is YAML Helm reads as is (every string quoted), and writing it costs a fraction of a YAML
 * writer's time. The final newline matters: Helm 4.1.4 silently ignores a flow-style (JSON) values
 * file that ends without one exactly at a multiple of 4096 bytes (found by this test; Helm 3 reads it).
 */
function valuesFile(values: unknown): string {
  const file = path.join(tmp, `values-${fileCounter++}.json`);
  writeFileSync(file, `${JSON.stringify(values)}\n`);
  return file;
}

/**
 * CPU seconds of the child processes this process has waited for (Linux: cutime + cstime of
 * /proc/self/stat, in USER_HZ, 100 a second): what the helm runs cost, whatever else loads the machine.
 */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Documents that fill unused aliases of a batch: valid, so they add no errors. */
const FILLER = { apiKeys: { existingSecret: 'filler' }, global: { imageRegistry: 'registry.example.com' } };

async function checkBatch(major: HelmMajor, chart: string, batch: Case[], failures: string[]): Promise<void> {
  const values: Doc = {};
  for (let i = 0; i < BATCH; i++) values[`d${i}`] = batch[i]?.doc ?? FILLER;
  const r = await helmTemplate(major, chart, [valuesFile(values)], [], undefined, HELM_ENV);
  const kind = batch[0]?.kind;
  if (kind === 'ok') {
    if (r.code !== 0)
      failures.push(`helm ${major} rejected documents validate() accepts:\n${r.stderr}\n${batch.map(describeCase).join('\n')}`);
    return;
  }
  const paths = schemaErrorPaths(r.stderr);
  batch.forEach((c, i) => {
    const got = paths.get(`d${i}`) ?? new Set<string>();
    const want = expectedSchemaPaths(c);
    if (!sameSet(got, want))
      failures.push(`helm ${major} schema errors name [${[...got].join(', ')}], validate() [${[...want].join(', ')}]\n${describeCase(c)}`);
  });
  for (const name of paths.keys())
    if (!/^d\d+$/.test(name) || Number(name.slice(1)) >= batch.length) failures.push(`helm ${major} rejected filler ${name}:\n${r.stderr}`);
}

async function checkTemplate(major: HelmMajor, c: Case, failures: string[]): Promise<void> {
  const r = await helmTemplate(major, CHART, [valuesFile(c.doc)], [], undefined, HELM_ENV);
  const got = new Set(r.code === 0 ? [] : (failMessages(r.stderr) ?? [r.stderr]));
  const want = new Set(c.problems.map((p) => `${p.path}: ${p.message}`));
  if (!sameSet(got, want)) failures.push(`helm ${major} said ${r.code === 0 ? 'ok' : [...got].join('\n  ')}\n${describeCase(c)}`);
}

test(`validate() and Helm 3 / Helm 4 agree on ${DOCS} property-generated documents (verdict and value paths)`, async () => {
  const started = Date.now();
  const startCpu = process.cpuUsage();
  const docs = fc.sample(mutated, { numRuns: DOCS, seed: SEED });
  // Besides the draw: a misspelt key (with a value, and null) in every block, so no block's typos go unseen.
  const typos = typoCases(FILLER);
  const cases = [...docs, ...typos.map((t) => ({ doc: t.doc, mutations: [t.name] }))].map((d, i) => classify(i, d.doc, d.mutations));
  const typosAccepted = cases.slice(docs.length).filter((c) => c.kind === 'ok');
  const byKind = (k: Kind) => cases.filter((c) => c.kind === k);
  const rulesHit = new Set(cases.flatMap((c) => c.problems.map((p) => p.rule).filter(Boolean)));
  const rulesMissed = RULES.map((r) => r.id).filter((id) => !rulesHit.has(id));
  const drawn = (names: string[]) => names.map((n) => `${n} ${cases.filter((c) => c.mutations.includes(n)).length}`).join(', ');
  console.log(
    `parity: ${DOCS} documents (seed ${SEED}): ${byKind('ok').length} valid, ${byKind('schema').length} rejected by the schema, ` +
      `${byKind('template').length} rejected by rules only; ${rulesHit.size} of ${RULES.length} rules hit` +
      `${rulesMissed.length ? ` (not: ${rulesMissed.join(', ')})` : ''}\n` +
      `schema mutations drawn: ${drawn(SCHEMA_MUTATIONS.map((m) => m.name))}\n` +
      `typo cases: ${typos.length} (a misspelt key with a value and null in each block with fixed keys)\n` +
      `prepared in ${((Date.now() - started) / 1000).toFixed(1)} s (CPU ${(process.cpuUsage(startCpu).user / 1e6).toFixed(1)} s)`,
  );
  const chart = umbrellaChart(CHART, path.join(tmp, 'umbrella'), BATCH);
  const failures: string[] = [];
  for (const major of [3, 4] as const) {
    const start = Date.now();
    const cpu = childCpuSeconds();
    const batches = (['ok', 'schema'] as const).flatMap((kind) => {
      const list = byKind(kind);
      return Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) => list.slice(i * BATCH, (i + 1) * BATCH));
    });
    // Umbrella batches are queued first: the longest jobs start first and the single renders fill the end.
    await Promise.all([
      ...batches.map((b) => checkBatch(major, chart, b, failures)),
      ...byKind('template').map((c) => checkTemplate(major, c, failures)),
    ]);
    const processes = batches.length + byKind('template').length;
    console.log(
      `parity: helm ${major}: ${DOCS} documents in ${processes} helm processes, ${((Date.now() - start) / 1000).toFixed(1)} s ` +
        `(helm CPU ${(childCpuSeconds() - cpu).toFixed(1)} s)`,
    );
  }
  console.log(`parity: whole test ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(typosAccepted.map(describeCase)).toEqual([]);
  if (failures.length > 0) throw new Error(`${failures.length} disagreement(s); first ones:\n\n${failures.slice(0, 5).join('\n\n')}`);
  if (DOCS >= FULL_COVERAGE_AT) {
    expect(rulesMissed).toEqual([]);
    expect(SCHEMA_MUTATIONS.filter((m) => !cases.some((c) => c.mutations.includes(m.name))).map((m) => m.name)).toEqual([]);
  }
});
