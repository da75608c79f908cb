// values.schema.json: zod 4's own z.toJSONSchema (draft-07, input side so defaulted keys are optional),
// then a small clean-up so Helm 3.17 (gojsonschema, drafts 4-7) and Helm 4 both accept it.
import { z } from 'zod';
import { valuesSchema } from '../schema/root.js';

export type JsonSchema = { [key: string]: unknown };

// Keywords newer than draft-07 that Helm 3's validator would silently ignore.
const FORBIDDEN = ['prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'dependentRequired', 'dependentSchemas', '$dynamicRef', '$anchor'];

function clean(node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((n, i) => clean(n, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (FORBIDDEN.includes(key)) throw new Error(`values.schema.json: keyword ${key} at ${path} is not draft-07`);
    if (key === '$ref' && !String(value).startsWith('#/$defs/')) throw new Error(`values.schema.json: external or non-$defs reference ${String(value)} at ${path}`);
    // zod bounds every integer by Number.MAX_SAFE_INTEGER; that says nothing to a chart user.
    if ((key === 'maximum' || key === 'minimum') && Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER) continue;
    out[key] = clean(value, `${path}/${key}`);
  }
  return out;
}

let cached: JsonSchema | undefined;

/** The JSON Schema object (fully inlined, no $ref at all). */
export function buildJsonSchema(): JsonSchema {
  if (cached) return structuredClone(cached);
  const raw = z.toJSONSchema(valuesSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw', reused: 'inline', cycles: 'throw' }) as JsonSchema;
  if ('definitions' in raw || '$defs' in raw) throw new Error('values.schema.json: expected a fully inlined schema');
  const { $schema, ...rest } = clean(raw, '#') as JsonSchema;
  cached = { $schema, title: 'LLM Router Helm chart values', ...rest };
  return structuredClone(cached);
}

export function renderValuesSchemaJson(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
