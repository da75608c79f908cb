// Property-based: random valid documents pass validate() AND ajv (draft-07) on values.schema.json;
// the same documents with one random corruption fail both.
import Ajv from 'ajv';
import fc from 'fast-check';
import { defaults, jsonSchema, validate, type JsonSchema } from '../src/index.js';
import { validValues } from './arbitraries.js';
import { helmMerge } from './helmMerge.js';

jest.setTimeout(120_000);

const ajv = new Ajv({ allErrors: false, strict: false });
const checkSchema = ajv.compile(jsonSchema);
const RUNS = 2000;

type Leaf = { path: string[]; node: JsonSchema };

/** Every property reachable through plain object nesting (no lists, no nullable objects). */
function collect(node: JsonSchema, path: string[], leaves: Leaf[], objects: Leaf[]): void {
  const props = node.properties as Record<string, JsonSchema> | undefined;
  if (props) {
    if (node.additionalProperties === false) objects.push({ path, node });
    for (const [k, v] of Object.entries(props)) collect(v, [...path, k], leaves, objects);
  } else leaves.push({ path, node });
}
const leaves: Leaf[] = [];
const closedObjects: Leaf[] = [];
collect(jsonSchema, [], leaves, closedObjects);

function allowedTypes(node: JsonSchema): Set<string> | null {
  const out = new Set<string>();
  const add = (n: JsonSchema): boolean => {
    if (Array.isArray(n.enum)) n.enum.forEach((v) => out.add(v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v));
    else if (typeof n.type === 'string') out.add(n.type);
    else if (Array.isArray(n.type)) n.type.forEach((t) => out.add(String(t)));
    else if (Array.isArray(n.anyOf)) return (n.anyOf as JsonSchema[]).every(add);
    else return false;
    return true;
  };
  return add(node) ? out : null;
}

const typeOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? ['array']
    : v === null
      ? ['null']
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? ['integer', 'number']
          : ['number']
        : [typeof v];

const CANDIDATES: unknown[] = [true, 'zz-wrong', 7, 2.5, [], { zz: 1 }];

interface Corruption {
  kind: string;
  path: string[];
  value: unknown;
}

const wrongType = leaves.flatMap((l): Corruption[] => {
  const allowed = allowedTypes(l.node);
  if (!allowed) return [];
  const value = CANDIDATES.find((c) => !typeOf(c).some((t) => allowed.has(t)));
  return value === undefined ? [] : [{ kind: 'wrong type', path: l.path, value }];
});
const unknownKey = closedObjects.map((o): Corruption => ({ kind: 'unknown key', path: [...o.path, 'zzUnknownKey'], value: 1 }));
const outOfRange = leaves.flatMap((l): Corruption[] => {
  const n = l.node.anyOf ? ((l.node.anyOf as JsonSchema[]).find((b) => b.type === 'integer' || b.type === 'number') ?? l.node) : l.node;
  const out: Corruption[] = [];
  if (typeof n.minimum === 'number') out.push({ kind: 'out of range', path: l.path, value: n.minimum - 1 });
  if (typeof n.maximum === 'number') out.push({ kind: 'out of range', path: l.path, value: n.maximum + 1 });
  return out;
});
const badEnum = leaves
  .filter((l) => Array.isArray(l.node.enum))
  .map((l): Corruption => ({ kind: 'bad enum', path: l.path, value: 'NotAnOption' }));
const corruptions = [...wrongType, ...unknownKey, ...outOfRange, ...badEnum];

function corrupt(doc: Record<string, unknown>, c: Corruption): Record<string, unknown> {
  const out = structuredClone(doc);
  let cur: Record<string, unknown> = out;
  for (const key of c.path.slice(0, -1)) {
    const next = cur[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[c.path[c.path.length - 1] as string] = c.value;
  return out;
}

test('corruption catalogue covers every kind', () => {
  console.log(
    `corruptions available: ${wrongType.length} wrong type, ${unknownKey.length} unknown key, ${outOfRange.length} out of range, ${badEnum.length} bad enum`,
  );
  for (const list of [wrongType, unknownKey, outOfRange, badEnum]) expect(list.length).toBeGreaterThan(10);
  // global stays open for parent charts, so it is no unknown-key target.
  expect(unknownKey.some((c) => c.path[0] === 'global')).toBe(false);
});

test(`${RUNS} random valid documents pass validate() and the JSON schema`, () => {
  let runs = 0;
  fc.assert(
    fc.property(validValues, (doc) => {
      runs++;
      const result = validate(doc);
      if (!result.ok)
        throw new Error(`validate() rejected a valid document:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
      if (!checkSchema(helmMerge(defaults, doc)))
        throw new Error(`JSON schema rejected a valid document: ${ajv.errorsText(checkSchema.errors)}`);
      if (!checkSchema(result.values)) throw new Error(`JSON schema rejected validate()'s output: ${ajv.errorsText(checkSchema.errors)}`);
    }),
    { numRuns: RUNS },
  );
  console.log(`property: ${runs} valid documents passed validate() and ajv`);
  expect(runs).toBe(RUNS);
});

test(`${RUNS} corrupted documents fail both validate() and the JSON schema`, () => {
  let runs = 0;
  const kinds: Record<string, number> = {};
  fc.assert(
    fc.property(validValues, fc.constantFrom(...corruptions), (doc, c) => {
      runs++;
      kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
      const bad = corrupt(doc as Record<string, unknown>, c);
      const where = `${c.kind} at ${c.path.join('.')} = ${JSON.stringify(c.value)}`;
      if (validate(bad).ok) throw new Error(`validate() accepted ${where}`);
      if (checkSchema(helmMerge(defaults, bad))) throw new Error(`JSON schema accepted ${where}`);
    }),
    { numRuns: RUNS },
  );
  console.log(
    `property: ${runs} corrupted documents failed both (${Object.entries(kinds)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')})`,
  );
  expect(runs).toBe(RUNS);
});
