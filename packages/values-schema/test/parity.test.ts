// Parity of the two checkers built from the rules table: validate() (zod + rules) and the chart as
// real Helm 3 and Helm 4 run it (values.schema.json + the generated templates/validate.yaml).
// fast-check draws valid documents and breaks some with one or two mutations (every rule of the
// table and every kind of schema error); each document must get the same verdict and the same
// value path from validate() and from `helm template` of the whole generated chart.
//
// Helm renders one values file per process, so documents Helm should accept, and documents its
// schema should reject, go through an umbrella chart whose dependencies are N aliases of the chart
// (one process checks N documents: Helm validates every alias's values and names each alias in
// its errors). A template `fail` stops the whole render, so documents only a rule rejects run one
// per process. PARITY_DOCS (default 200) sets the number of documents; the test prints the count
// and the time per Helm major.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { helmTemplate, type HelmMajor } from '@llm-router-helm/kube-testkit';
import { validate, type Problem } from '../src/index.js';
import { validValues } from './arbitraries.js';
import { canon, failMessage, schemaErrorPaths, umbrellaChart } from './helmOutput.js';
import { RULE_MUTATIONS, SCHEMA_MUTATIONS, type Mutation } from './mutations.js';

const DOCS = Number(process.env.PARITY_DOCS ?? 200);
const SEED = Number(process.env.PARITY_SEED ?? 20261201);
const BATCH = 20;
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
      { weight: 4, arbitrary: fc.constant([] as Mutation[]) },
      { weight: 3, arbitrary: fc.array(fc.constantFrom(...RULE_MUTATIONS), { minLength: 1, maxLength: 2 }) },
      {
        weight: 3,
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
const describeCase = (c: Case) =>
  `document #${c.index} (seed ${SEED}, mutations: ${c.mutations.join(', ') || 'none'}):\n${toYaml(c.doc)}validate(): ${c.problems.map((p) => `${p.path}: ${p.message}`).join('\n  ') || 'ok'}`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'values-schema-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let fileCounter = 0;
// YAML 1.1 quoting: Helm reads values as YAML 1.1, where an unquoted y, no or 0x1F is no string.
const toYaml = (values: unknown) => stringify(values, { version: '1.1', aliasDuplicateObjects: false });
function valuesFile(values: unknown): string {
  const file = path.join(tmp, `values-${fileCounter++}.yaml`);
  writeFileSync(file, toYaml(values));
  return file;
}

/** Documents that fill unused aliases of a batch: valid, so they add no errors. */
const FILLER = { apiKeys: { existingSecret: 'filler' }, global: { imageRegistry: 'registry.example.com' } };

async function checkBatch(major: HelmMajor, chart: string, batch: Case[], failures: string[]): Promise<void> {
  const values: Doc = {};
  for (let i = 0; i < BATCH; i++) values[`d${i}`] = batch[i]?.doc ?? FILLER;
  const r = await helmTemplate(major, chart, [valuesFile(values)]);
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
  const r = await helmTemplate(major, CHART, [valuesFile(c.doc)]);
  const message = failMessage(r.stderr);
  const lines = c.problems.map((p) => `${p.path}: ${p.message}`);
  if (r.code === 0 || !message || !lines.includes(message))
    failures.push(`helm ${major} said ${r.code === 0 ? 'ok' : JSON.stringify(message ?? r.stderr)}\n${describeCase(c)}`);
}

test(`validate() and Helm 3 / Helm 4 agree on ${DOCS} property-generated documents (verdict and value path)`, async () => {
  const docs = fc.sample(mutated, { numRuns: DOCS, seed: SEED });
  const cases = docs.map((d, i) => classify(i, d.doc, d.mutations));
  const byKind = (k: Kind) => cases.filter((c) => c.kind === k);
  const rulesHit = new Set(cases.flatMap((c) => c.problems.map((p) => p.rule).filter(Boolean)));
  console.log(
    `parity: ${DOCS} documents (seed ${SEED}): ${byKind('ok').length} valid, ${byKind('schema').length} rejected by the schema, ${byKind('template').length} rejected by a rule only; ${rulesHit.size} rules hit`,
  );
  const chart = umbrellaChart(CHART, path.join(tmp, 'umbrella'), BATCH);
  const failures: string[] = [];
  for (const major of [3, 4] as const) {
    const start = Date.now();
    let processes = 0;
    for (const kind of ['ok', 'schema'] as const) {
      const list = byKind(kind);
      for (let i = 0; i < list.length; i += BATCH) {
        processes++;
        await checkBatch(major, chart, list.slice(i, i + BATCH), failures);
      }
    }
    await Promise.all(byKind('template').map((c) => checkTemplate(major, c, failures)));
    processes += byKind('template').length;
    console.log(`parity: helm ${major}: ${DOCS} documents in ${processes} helm processes, ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
  if (failures.length > 0) throw new Error(`${failures.length} disagreement(s); first ones:\n\n${failures.slice(0, 5).join('\n\n')}`);
});
