// The text layout of values.schema.json. Helm parses the whole file on every `helm template` (Go's
// encoding/json scans each byte twice), and two-space indentation made 40% of its bytes. A schema
// without subschemas (a leaf: type, bounds, description, default) goes on one line, containers stay
// indented: still one value per line in a diff, 30% fewer bytes. Measured in README "Cost of validation".
import type { JsonSchema } from './jsonSchema.js';

// Keywords whose value is a subschema, an array of subschemas or a map of subschemas.
const SUBSCHEMA_KEYS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains']);
const SUBSCHEMA_LIST_KEYS = new Set(['anyOf', 'oneOf', 'allOf']);
const SUBSCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions']);

const isObject = (v: unknown): v is JsonSchema => v !== null && typeof v === 'object' && !Array.isArray(v);

const hasSubschema = (node: JsonSchema): boolean =>
  Object.entries(node).some(([k, v]) => (SUBSCHEMA_KEYS.has(k) && isObject(v)) || SUBSCHEMA_LIST_KEYS.has(k) || SUBSCHEMA_MAP_KEYS.has(k));

function schemaText(node: JsonSchema, indent: string): string {
  if (!hasSubschema(node)) return JSON.stringify(node);
  const inner = `${indent}  `;
  const lines = Object.entries(node).map(([k, v]) => {
    let text: string;
    if (SUBSCHEMA_MAP_KEYS.has(k)) text = mapText(v as Record<string, JsonSchema>, inner);
    else if (SUBSCHEMA_LIST_KEYS.has(k))
      text = `[\n${(v as JsonSchema[]).map((s) => `${inner}  ${schemaText(s, `${inner}  `)}`).join(',\n')}\n${inner}]`;
    else if (SUBSCHEMA_KEYS.has(k) && isObject(v)) text = schemaText(v, inner);
    else text = JSON.stringify(v); // annotations, enums, required: one line
    return `${inner}${JSON.stringify(k)}: ${text}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function mapText(map: Record<string, JsonSchema>, indent: string): string {
  const entries = Object.entries(map);
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  return `{\n${entries.map(([k, s]) => `${inner}${JSON.stringify(k)}: ${schemaText(s, inner)}`).join(',\n')}\n${indent}}`;
}

/** values.schema.json's text: JSON.parse gives back `schema` exactly; leaves one per line. */
export function layoutSchemaJson(schema: JsonSchema): string {
  return `${schemaText(schema, '')}\n`;
}
