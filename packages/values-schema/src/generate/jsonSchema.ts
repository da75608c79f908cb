// values.schema.json: zod 4's own z.toJSONSchema (draft-07, input side so defaulted keys are optional),
// then a small clean-up so Helm 3.17 (gojsonschema, drafts 4-7) and Helm 4 both accept it.
import { z } from 'zod';
import { defaults } from '../defaults.js';
import { valuesSchema } from '../schema/root.js';
import { cheapPattern } from './cheapPatterns.js';
import { layoutSchemaJson } from './schemaLayout.js';
import { shareRepeatedSubschemas } from './sharedDefs.js';

export type JsonSchema = { [key: string]: unknown };

// Keywords newer than draft-07 that Helm 3's validator would silently ignore.
const FORBIDDEN = [
  'prefixItems',
  'unevaluatedProperties',
  'unevaluatedItems',
  'dependentRequired',
  'dependentSchemas',
  '$dynamicRef',
  '$anchor',
];

// Values, not schemas: copied as they are.
const DATA_KEYWORDS = new Set(['default', 'examples', 'enum', 'const']);

/** zod's `{type: "string"}` for record keys (every JSON key is one) and `{}` (anything) say nothing. */
const isNoop = (key: string, value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  (((key === 'additionalProperties' || key === 'items') && Object.keys(value).length === 0) ||
    (key === 'propertyNames' && Object.keys(value).length === 1 && (value as JsonSchema).type === 'string'));

function clean(node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((n, i) => clean(n, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (FORBIDDEN.includes(key)) throw new Error(`values.schema.json: keyword ${key} at ${path} is not draft-07`);
    if (key === '$ref' && !String(value).startsWith('#/definitions/'))
      throw new Error(`values.schema.json: external or non-$defs reference ${String(value)} at ${path}`);
    // zod bounds every integer by Number.MAX_SAFE_INTEGER; that says nothing to a chart user.
    if ((key === 'maximum' || key === 'minimum') && Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER) continue;
    // Each subschema costs Helm a compile (and Helm 4 a meta-schema check) on every render.
    if (isNoop(key, value)) continue;
    out[key] = DATA_KEYWORDS.has(key) ? value : clean(value, `${path}/${key}`);
  }
  return mergeTypeUnion(keysByPattern(collapseNullable(cheapPattern(out, path))));
}

/** Keywords that constrain one JSON type only (a value of another type passes them). */
const TYPE_KEYWORDS: Record<string, string[]> = {
  string: ['pattern', 'minLength', 'maxLength', 'format'],
  object: ['properties', 'required', 'additionalProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties'],
  array: ['items', 'minItems', 'maxItems', 'uniqueItems'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
};
const ANNOTATIONS = new Set(['type', 'description', 'title', 'examples', 'default']);

/**
 * anyOf over branches of different JSON types (a Secret name or a {name} object) is one schema
 * with a list of types: each keyword only constrains its own type. Equivalent, one subschema
 * instead of three, and Helm 4 then names the failing value itself (`.../0/name`) instead of the
 * list item whose anyOf failed.
 */
function mergeTypeUnion(node: JsonSchema): JsonSchema {
  const branches = node.anyOf as JsonSchema[] | undefined;
  if (!Array.isArray(branches) || branches.length < 2) return node;
  const types = branches.map((b) => b.type);
  const distinct = new Set(types);
  const mergeable =
    types.every((t) => typeof t === 'string' && t in TYPE_KEYWORDS) &&
    distinct.size === types.length &&
    !(distinct.has('number') && distinct.has('integer')) &&
    branches.every((b) => Object.keys(b).every((k) => ANNOTATIONS.has(k) || TYPE_KEYWORDS[b.type as string]!.includes(k)));
  if (!mergeable) return node;
  const { anyOf: _anyOf, ...annotations } = node;
  const merged: JsonSchema = {};
  for (const { type: _type, description: _d, title: _t, examples: _e, default: _def, ...constraints } of branches)
    Object.assign(merged, constraints);
  return { ...annotations, type: types, ...merged };
}

/**
 * zod writes a map whose keys follow a pattern as propertyNames; Helm 4 reports a key that breaks
 * it at the document root ("at '': invalid propertyName"). patternProperties with
 * additionalProperties false says the same, and both Helms then name the map.
 */
function keysByPattern(node: JsonSchema): JsonSchema {
  const names = node.propertyNames as JsonSchema | undefined;
  const values = node.additionalProperties;
  if (!names || typeof names.pattern !== 'string' || Object.keys(names).some((k) => k !== 'type' && k !== 'pattern')) return node;
  if (values === undefined || values === false || node.patternProperties) return node;
  const { propertyNames: _p, additionalProperties: _a, ...rest } = node;
  return { ...rest, patternProperties: { [names.pattern]: values === true ? {} : values }, additionalProperties: false };
}

// Keywords that constrain one JSON type only, so adding "null" to `type` leaves them meaning the same.
const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', 'const', '$ref'];

/**
 * zod writes an optional constrained value as anyOf [X, {type: null}]. Folding that into X with
 * type [T, "null"] (and null in X's enum) is equivalent and roughly halves the subschemas Helm
 * has to compile on every `helm template`. Nested bare anyOfs are flattened for the same reason.
 */
function collapseNullable(node: JsonSchema): JsonSchema {
  const branches = node.anyOf as JsonSchema[] | undefined;
  if (!Array.isArray(branches)) return node;
  const flat = branches.flatMap((b) => (Object.keys(b).length === 1 && Array.isArray(b.anyOf) ? (b.anyOf as JsonSchema[]) : [b]));
  const isNull = (b: JsonSchema) => Object.keys(b).length === 1 && b.type === 'null';
  const rest = flat.filter((b) => !isNull(b));
  const { anyOf: _anyOf, ...annotations } = node;
  const only = rest[0];
  if (rest.length === 1 && flat.length === 2 && only && typeof only.type === 'string' && !COMBINATORS.some((k) => k in only)) {
    const merged: JsonSchema = { ...annotations, ...only, type: [only.type, 'null'] };
    if (Array.isArray(only.enum)) merged.enum = [...only.enum, null];
    return merged;
  }
  return { ...annotations, anyOf: flat };
}

const acceptsNull = (node: JsonSchema): boolean =>
  Object.keys(node).every(
    (k) => !['type', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'not', '$ref', 'pattern', 'properties'].includes(k),
  ) ||
  node.type === 'null' ||
  (Array.isArray(node.type) && node.type.includes('null')) ||
  (Array.isArray(node.enum) && node.enum.includes(null)) ||
  (Array.isArray(node.anyOf) && (node.anyOf as JsonSchema[]).some(acceptsNull));

/**
 * Helm deletes a key the user sets to null, and with it the default from values.yaml, before it
 * checks the schema (so `routerServer.resources: null` would silently drop the GPU request). Every
 * key that values.yaml sets to a non-null value where null is not allowed is therefore required:
 * only a null can remove it. Not inside lists or maps: Helm gives their entries no defaults.
 */
function requireDefaultedKeys(node: JsonSchema, value: unknown): void {
  const props = node.properties as Record<string, JsonSchema> | undefined;
  if (!props || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, sub] of Object.entries(props)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (!acceptsNull(sub)) required.add(key);
    requireDefaultedKeys(sub, v);
  }
  if (required.size > 0) node.required = Object.keys(props).filter((k) => required.has(k));
}

let cached: JsonSchema | undefined;

/** The JSON Schema object (fully inlined, no $ref at all). */
export function buildJsonSchema(): JsonSchema {
  if (cached) return structuredClone(cached);
  const raw = z.toJSONSchema(valuesSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'throw',
    reused: 'inline',
    cycles: 'throw',
  }) as JsonSchema;
  if ('definitions' in raw || '$defs' in raw) throw new Error('values.schema.json: expected a fully inlined schema');
  const { $schema, ...rest } = clean(raw, '#') as JsonSchema;
  requireDefaultedKeys(rest, defaults);
  cached = { $schema, title: 'LLM Router Helm chart values', ...rest };
  return structuredClone(cached);
}

/** The file Helm reads: the same schema with repeated shapes shared through `#/definitions`, leaves one per line. */
export function renderValuesSchemaJson(): string {
  return layoutSchemaJson(shareRepeatedSubschemas(buildJsonSchema()));
}
