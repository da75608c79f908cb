// Compatibility of the chart's values between two versions: compares two values.schema.json trees
// (draft-07, closed objects, local $refs to #/definitions) by value path and classifies each difference.
//   breaking  a values file the old schema accepted may be refused (or mean something else) under the new one
//   behaviour the same values file is accepted but renders differently (a default changed)
//   addition  everything the old schema accepted is still accepted (a new optional key, a widening)
export type CompatKind = 'breaking' | 'behaviour' | 'addition';

export interface CompatFinding {
  kind: CompatKind;
  /** Value path, e.g. "routerServer.replicas", "ingress.hosts[]", "commonLabels.*". */
  path: string;
  /** Short code: removed, added, possible-rename, type, enum, required, minimum, maximum, ... */
  change: string;
  /** What changed, in words, with the old and new values. */
  detail: string;
}

export interface CompatReport {
  findings: CompatFinding[];
  breaking: boolean;
  counts: Record<CompatKind, number>;
}

type Schema = Record<string, unknown>;

const json = (v: unknown): string => JSON.stringify(v);

function deref(root: Schema, node: unknown, seen: Set<string> = new Set()): Schema {
  if (node === true || node === undefined) return {};
  if (node === false) return { not: {} };
  const s = node as Schema;
  const ref = s.$ref;
  if (typeof ref !== 'string') return s;
  if (seen.has(ref) || !ref.startsWith('#/')) return s;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = (target as Schema | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  const rest = { ...s };
  delete rest.$ref;
  // Sibling keywords (default, description) of a $ref win over the target's (as the generator writes them).
  return { ...deref(root, target, new Set([...seen, ref])), ...rest };
}

function types(s: Schema): Set<string> | undefined {
  const t = s.type;
  if (t === undefined) return undefined;
  const set = new Set(Array.isArray(t) ? (t as string[]) : [t as string]);
  if (set.has('number')) set.add('integer');
  return set;
}

/** A one-line shape of a subtree, to spot a rename (removed + added with the same shape). */
function shape(root: Schema, node: unknown, depth = 0): string {
  const s = deref(root, node);
  if (depth > 6) return '';
  const keys = Object.keys((s.properties as Schema) ?? {}).sort();
  return json({
    t: s.type,
    e: s.enum,
    p: s.pattern,
    k: keys.map((k) => [k, shape(root, (s.properties as Schema)[k], depth + 1)]),
    i: s.items ? shape(root, s.items, depth + 1) : undefined,
    a: (s.anyOf ?? s.oneOf) ? ((s.anyOf ?? s.oneOf) as unknown[]).map((x) => shape(root, x, depth + 1)) : undefined,
  });
}

interface Ctx {
  oldRoot: Schema;
  newRoot: Schema;
  out: CompatFinding[];
}

// Numeric bounds: a lower bound tightens when it rises, an upper bound when it falls.
interface Bound {
  key: string;
  name: string;
  upper: boolean;
}
const BOUNDS: Bound[] = [
  { key: 'minimum', name: 'minimum', upper: false },
  { key: 'exclusiveMinimum', name: 'exclusive minimum', upper: false },
  { key: 'minLength', name: 'minLength', upper: false },
  { key: 'minItems', name: 'minItems', upper: false },
  { key: 'minProperties', name: 'minProperties', upper: false },
  { key: 'maximum', name: 'maximum', upper: true },
  { key: 'exclusiveMaximum', name: 'exclusive maximum', upper: true },
  { key: 'maxLength', name: 'maxLength', upper: true },
  { key: 'maxItems', name: 'maxItems', upper: true },
  { key: 'maxProperties', name: 'maxProperties', upper: true },
];

function add(ctx: Ctx, kind: CompatKind, path: string, change: string, detail: string): void {
  ctx.out.push({ kind, path: path || '(root)', change, detail });
}

// Keywords that apply to one JSON type only: a node with `type: [a, b]` and these is the union of one
// branch per type, which is how draft-07 reads it. Splitting both sides into such branches lets
// `anyOf: [{type: integer, minimum: 0}, {type: string, pattern}]` and
// `{type: [integer, string], minimum: 0, pattern}` compare as the same thing.
const TYPE_KEYWORDS: Record<string, string[]> = {
  string: ['pattern', 'format', 'minLength', 'maxLength'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['items', 'minItems', 'maxItems', 'uniqueItems'],
  object: ['properties', 'additionalProperties', 'required', 'minProperties', 'maxProperties'],
  boolean: [],
  null: [],
};
/** Keywords that say nothing about which values are accepted. */
const ANNOTATIONS = new Set(['description', 'default', 'title', 'examples', '$comment']);

/** One schema per JSON type that `s` accepts, or undefined when `s` is not such a union (no type, enum, not ...). */
function typeBranches(root: Schema, s: Schema, depth = 0): Schema[] | undefined {
  if (depth > 8) return undefined;
  const keys = Object.keys(s).filter((k) => !ANNOTATIONS.has(k));
  if (Array.isArray(s.anyOf) && keys.every((k) => k === 'anyOf')) {
    const out: Schema[] = [];
    for (const b of s.anyOf as unknown[]) {
      const split = typeBranches(root, deref(root, b), depth + 1);
      if (!split) return undefined;
      out.push(...split);
    }
    return out;
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : undefined;
  if (!types || keys.some((k) => k !== 'type' && !types.some((t) => TYPE_KEYWORDS[t]?.includes(k)))) return undefined;
  return types.map((t) => {
    const b: Schema = { type: t };
    for (const k of TYPE_KEYWORDS[t] ?? []) if (k in s) b[k] = s[k];
    return b;
  });
}

/** The branches by type when both sides are unions with one branch per type and either has several. */
function unionsByType(ctx: Ctx, o: Schema, n: Schema): [Map<string, Schema>, Map<string, Schema>] | undefined {
  if (!Array.isArray(o.anyOf) && !Array.isArray(n.anyOf) && !Array.isArray(o.type) && !Array.isArray(n.type)) return undefined;
  const ob = typeBranches(ctx.oldRoot, o);
  const nb = typeBranches(ctx.newRoot, n);
  if (!ob || !nb || (ob.length < 2 && nb.length < 2)) return undefined;
  const byType = (bs: Schema[]) => new Map(bs.map((b) => [b.type as string, b]));
  const om = byType(ob);
  const nm = byType(nb);
  return om.size === ob.length && nm.size === nb.length ? [om, nm] : undefined;
}

function compareUnions(ctx: Ctx, path: string, o: Schema, n: Schema, depth: number): boolean {
  const unions = unionsByType(ctx, o, n);
  if (!unions) return false;
  const [om, nm] = unions;
  // an integer branch is covered by a number branch
  const counterpart = (m: Map<string, Schema>, t: string) => m.get(t) ?? (t === 'integer' ? m.get('number') : undefined);
  const lost = [...om.keys()].filter((t) => !counterpart(nm, t));
  const gained = [...nm.keys()].filter((t) => !om.has(t) && !(t === 'number' && om.has('integer') && !nm.has('integer')));
  if (lost.length) add(ctx, 'breaking', path, 'type', `type narrowed: ${json([...om.keys()])} -> ${json([...nm.keys()])}`);
  else if (gained.length) add(ctx, 'addition', path, 'type', `type widened: ${json([...om.keys()])} -> ${json([...nm.keys()])}`);
  for (const [t, b] of om) {
    const other = counterpart(nm, t);
    if (other) compareNode(ctx, path, b, other, depth + 1);
  }
  compareDefault(ctx, path, o, n);
  return true;
}

/**
 * A map whose keys match a pattern, written as `propertyNames: {pattern}` + `additionalProperties: S`, in
 * the equivalent form `patternProperties: {pattern: S}` + `additionalProperties: false`.
 */
function keyPatterns(root: Schema, s: Schema): Schema {
  if (!s.propertyNames || typeof s.additionalProperties !== 'object' || s.patternProperties || s.properties) return s;
  const names = deref(root, s.propertyNames);
  if (typeof names.pattern !== 'string' || Object.keys(names).some((k) => k !== 'pattern' && k !== 'type')) return s;
  const rest = { ...s };
  delete rest.propertyNames;
  return { ...rest, patternProperties: { [names.pattern]: s.additionalProperties }, additionalProperties: false };
}

function compareKeyPatterns(ctx: Ctx, path: string, o: Schema, n: Schema, depth: number): void {
  const op = (o.patternProperties as Schema | undefined) ?? {};
  const np = (n.patternProperties as Schema | undefined) ?? {};
  const at = path ? `${path}.*` : '*';
  for (const k of Object.keys(op).sort()) {
    if (k in np) compareNode(ctx, at, op[k], np[k], depth + 1);
    else if (n.additionalProperties === false) add(ctx, 'breaking', at, 'key-pattern', `keys matching ${json(k)} are no longer accepted`);
  }
  for (const k of Object.keys(np).sort())
    if (!(k in op) && o.additionalProperties === false)
      add(ctx, 'addition', at, 'key-pattern', `keys matching ${json(k)} are now accepted`);
}

function compareDefault(ctx: Ctx, path: string, o: Schema, n: Schema): void {
  if ('default' in o || 'default' in n) {
    if (json(o.default) !== json(n.default) && 'default' in o && 'default' in n)
      add(ctx, 'behaviour', path, 'default', `default changed: ${json(o.default)} -> ${json(n.default)}`);
    else if ('default' in o !== 'default' in n)
      add(ctx, 'behaviour', path, 'default', `default ${'default' in o ? 'removed' : 'added'}: ${json(o.default ?? n.default)}`);
  }
}

function compareNode(ctx: Ctx, path: string, oldNode: unknown, newNode: unknown, depth: number): void {
  if (depth > 40) return;
  const o = keyPatterns(ctx.oldRoot, deref(ctx.oldRoot, oldNode));
  const n = keyPatterns(ctx.newRoot, deref(ctx.newRoot, newNode));
  if (compareUnions(ctx, path, o, n, depth)) return;

  // type
  const ot = types(o);
  const nt = types(n);
  if (ot && nt) {
    const lost = [...ot].filter((t) => !nt.has(t) && !(t === 'integer' && nt.has('number')));
    const gained = [...nt].filter((t) => !ot.has(t));
    if (lost.length) add(ctx, 'breaking', path, 'type', `type narrowed: ${json(o.type)} -> ${json(n.type)}`);
    else if (gained.length) add(ctx, 'addition', path, 'type', `type widened: ${json(o.type)} -> ${json(n.type)}`);
  } else if (!ot && nt) add(ctx, 'breaking', path, 'type', `type constrained: any -> ${json(n.type)}`);
  else if (ot && !nt) add(ctx, 'addition', path, 'type', `type widened: ${json(o.type)} -> any`);

  // enum / const
  const oe = (o.enum as unknown[] | undefined) ?? ('const' in o ? [o.const] : undefined);
  const ne = (n.enum as unknown[] | undefined) ?? ('const' in n ? [n.const] : undefined);
  if (oe && ne) {
    const removed = oe.filter((v) => !ne.some((w) => json(w) === json(v)));
    const added = ne.filter((v) => !oe.some((w) => json(w) === json(v)));
    if (removed.length) add(ctx, 'breaking', path, 'enum', `enum value(s) removed: ${removed.map(json).join(', ')}`);
    if (added.length) add(ctx, 'addition', path, 'enum', `enum value(s) added: ${added.map(json).join(', ')}`);
  } else if (!oe && ne) add(ctx, 'breaking', path, 'enum', `restricted to enum ${json(ne)}`);
  else if (oe && !ne) add(ctx, 'addition', path, 'enum', `enum ${json(oe)} lifted`);

  // bounds
  for (const { key, name, upper } of BOUNDS) {
    const a = o[key] as number | undefined;
    const b = n[key] as number | undefined;
    if (a === b) continue;
    const tightened = b !== undefined && (a === undefined || (upper ? b < a : b > a));
    const [tighter, looser] = upper ? ['lowered', 'raised'] : ['raised', 'lowered'];
    if (tightened) add(ctx, 'breaking', path, key, `${name} ${tighter}: ${a ?? 'none'} -> ${b}`);
    else add(ctx, 'addition', path, key, `${name} ${looser}: ${a} -> ${b ?? 'none'}`);
  }
  if (o.multipleOf !== n.multipleOf) {
    if (n.multipleOf !== undefined) add(ctx, 'breaking', path, 'multipleOf', `multipleOf: ${o.multipleOf ?? 'none'} -> ${n.multipleOf}`);
    else add(ctx, 'addition', path, 'multipleOf', `multipleOf ${o.multipleOf} lifted`);
  }
  if (o.uniqueItems !== n.uniqueItems) {
    if (n.uniqueItems === true) add(ctx, 'breaking', path, 'uniqueItems', 'items must now be unique');
    else add(ctx, 'addition', path, 'uniqueItems', 'items need no longer be unique');
  }

  // pattern / format
  for (const key of ['pattern', 'format'] as const) {
    if (o[key] === n[key]) continue;
    if (n[key] === undefined) add(ctx, 'addition', path, key, `${key} ${json(o[key])} lifted`);
    else add(ctx, 'breaking', path, key, `${key} changed: ${json(o[key] ?? null)} -> ${json(n[key])}`);
  }

  compareDefault(ctx, path, o, n);

  // object properties
  const op = (o.properties as Schema | undefined) ?? {};
  const np = (n.properties as Schema | undefined) ?? {};
  const oreq = new Set((o.required as string[] | undefined) ?? []);
  const nreq = new Set((n.required as string[] | undefined) ?? []);
  const join = (k: string) => (path ? `${path}.${k}` : k);
  const removed = Object.keys(op)
    .filter((k) => !(k in np))
    .sort();
  const added = Object.keys(np)
    .filter((k) => !(k in op))
    .sort();
  const newClosed = n.additionalProperties === false;
  for (const k of removed) {
    const sh = shape(ctx.oldRoot, op[k]);
    const twin = added.find((a) => shape(ctx.newRoot, np[a]) === sh);
    if (twin) add(ctx, 'breaking', join(k), 'possible-rename', `key removed; ${join(twin)} was added with the same shape (renamed?)`);
    else add(ctx, 'breaking', join(k), 'removed', newClosed ? 'key removed (now refused)' : 'key removed (now ignored)');
  }
  // A required key with a default is no burden: Helm merges values.yaml (which carries it) before validating.
  const hasDefault = (node: unknown): boolean => 'default' in deref(ctx.newRoot, node);
  // In an object that accepted any key, a "new" key was already accepted, with the old
  // additionalProperties schema: what it accepts now is compared with that.
  const oldOpen = o.additionalProperties !== false && (types(o)?.has('object') ?? true);
  for (const k of added) {
    if (nreq.has(k) && !hasDefault(np[k])) add(ctx, 'breaking', join(k), 'required', 'new required key (no default)');
    else if (oldOpen) compareNode(ctx, join(k), o.additionalProperties ?? true, np[k], depth + 1);
    else add(ctx, 'addition', join(k), 'added', 'new optional key');
  }
  for (const k of Object.keys(op)
    .filter((x) => x in np)
    .sort()) {
    if (!oreq.has(k) && nreq.has(k) && !hasDefault(np[k])) add(ctx, 'breaking', join(k), 'required', 'key is now required (no default)');
    if (oreq.has(k) && !nreq.has(k)) add(ctx, 'addition', join(k), 'required', 'key is no longer required');
    compareNode(ctx, join(k), op[k], np[k], depth + 1);
  }

  // additionalProperties
  const oa = o.additionalProperties;
  const na = n.additionalProperties;
  const isObj = (ot?.has('object') ?? false) || (nt?.has('object') ?? false) || 'properties' in o || 'properties' in n;
  if (isObj) {
    compareKeyPatterns(ctx, path, o, n, depth);
    const oOpen = oa === undefined || oa === true || typeof oa === 'object';
    const nOpen = na === undefined || na === true || typeof na === 'object';
    if (oOpen && !nOpen) add(ctx, 'breaking', path, 'additionalProperties', 'object closed: other keys are now refused');
    else if (!oOpen && nOpen) add(ctx, 'addition', path, 'additionalProperties', 'object opened: other keys are now accepted');
    else if (typeof oa === 'object' || typeof na === 'object') compareNode(ctx, path ? `${path}.*` : '*', oa, na, depth + 1);
  }

  // items
  if (o.items !== undefined || n.items !== undefined) {
    if (!Array.isArray(o.items) && !Array.isArray(n.items)) compareNode(ctx, `${path}[]`, o.items, n.items, depth + 1);
  }

  // anyOf / oneOf: pair branches by position when the counts agree, otherwise compare as sets of shapes
  for (const key of ['anyOf', 'oneOf'] as const) {
    const ob = o[key] as unknown[] | undefined;
    const nb = n[key] as unknown[] | undefined;
    if (!ob && !nb) continue;
    if (ob && nb && ob.length === nb.length) {
      ob.forEach((b, i) => compareNode(ctx, `${path}<${key}[${i}]>`, b, nb[i], depth + 1));
      continue;
    }
    const os = (ob ?? []).map((b) => shape(ctx.oldRoot, b));
    const ns = (nb ?? []).map((b) => shape(ctx.newRoot, b));
    const lost = os.filter((s) => !ns.includes(s)).length;
    const gained = ns.filter((s) => !os.includes(s)).length;
    if (!ob) add(ctx, 'breaking', path, key, `now constrained by ${key} (${nb!.length} alternatives)`);
    else if (!nb) add(ctx, 'addition', path, key, `${key} constraint lifted`);
    else {
      if (lost) add(ctx, 'breaking', path, key, `${lost} ${key} alternative(s) removed or changed (${ob.length} -> ${nb.length})`);
      if (gained && !lost) add(ctx, 'addition', path, key, `${gained} ${key} alternative(s) added (${ob.length} -> ${nb.length})`);
    }
  }
}

const ORDER: Record<CompatKind, number> = { breaking: 0, behaviour: 1, addition: 2 };

/** Every difference between two values.schema.json trees, breaking first, then by path and change. */
export function compareSchemas(oldSchema: object, newSchema: object): CompatReport {
  const ctx: Ctx = { oldRoot: oldSchema as Schema, newRoot: newSchema as Schema, out: [] };
  compareNode(ctx, '', oldSchema, newSchema, 0);
  const seen = new Set<string>();
  const findings = ctx.out
    .filter((f) => {
      const key = json(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        ORDER[a.kind] - ORDER[b.kind] ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        (a.change < b.change ? -1 : a.change > b.change ? 1 : 0),
    );
  const counts = { breaking: 0, behaviour: 0, addition: 0 };
  for (const f of findings) counts[f.kind]++;
  return { findings, breaking: counts.breaking > 0, counts };
}

/** Rules (src/rules) narrow values too: an added rule id is breaking, a removed one an addition. */
export function compareRules(oldIds: readonly string[], newIds: readonly string[]): CompatFinding[] {
  const out: CompatFinding[] = [];
  for (const id of [...newIds].filter((i) => !oldIds.includes(i)).sort())
    out.push({
      kind: 'breaking',
      path: `(rule ${id})`,
      change: 'rule-added',
      detail: `new validation rule ${id} may refuse values the old version accepted`,
    });
  for (const id of [...oldIds].filter((i) => !newIds.includes(i)).sort())
    out.push({ kind: 'addition', path: `(rule ${id})`, change: 'rule-removed', detail: `validation rule ${id} removed` });
  return out;
}

export function formatCompat(report: CompatReport): string {
  const lines = report.findings.map((f) => `${f.kind.padEnd(9)} ${f.path}: ${f.detail}`);
  lines.push(`${report.counts.breaking} breaking, ${report.counts.behaviour} behaviour change(s), ${report.counts.addition} addition(s)`);
  return `${lines.join('\n')}\n`;
}
