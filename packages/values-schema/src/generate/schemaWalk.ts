// Reads the generated JSON Schema as plain data: the documentation generators walk it instead of zod internals.
import type { JsonSchema } from './jsonSchema.js';

/** The object-shaped branch of a node (nullable objects are anyOf [object, null]). */
export function objectBranch(node: JsonSchema | undefined): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.properties) return node;
  for (const b of (node.anyOf ?? node.oneOf ?? []) as JsonSchema[]) {
    const o = objectBranch(b);
    if (o) return o;
  }
  return undefined;
}

export function arrayItems(node: JsonSchema | undefined): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.items) return node.items as JsonSchema;
  for (const b of (node.anyOf ?? []) as JsonSchema[]) {
    const i = arrayItems(b);
    if (i) return i;
  }
  return undefined;
}

export function properties(node: JsonSchema | undefined): [string, JsonSchema][] {
  const o = objectBranch(node);
  return o ? Object.entries(o.properties as Record<string, JsonSchema>) : [];
}

export function description(node: JsonSchema | undefined): string {
  return typeof node?.description === 'string' ? node.description : '';
}

/** A short type name for documentation: "integer", "string or null", "list of object", "Always | Never". */
export function typeName(node: JsonSchema | undefined): string {
  if (!node) return 'any';
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in node) return JSON.stringify(node.const);
  const branches = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (branches) return [...new Set(branches.map(typeName))].join(' or ');
  const t = node.type;
  if (Array.isArray(t)) return t.join(' or ');
  if (t === 'array') return `list of ${typeName(node.items as JsonSchema)}`;
  // A map whose keys follow a pattern (e.g. environment variable names).
  const byPattern = node.patternProperties as Record<string, JsonSchema> | undefined;
  if (t === 'object' && !node.properties && byPattern && Object.keys(byPattern).length === 1)
    return `map of ${typeName(Object.values(byPattern)[0])}`;
  if (t === 'object' && !node.properties && node.additionalProperties && typeof node.additionalProperties === 'object') {
    const v = node.additionalProperties as JsonSchema;
    return Object.keys(v).length === 0 ? 'object' : `map of ${typeName(v)}`;
  }
  return typeof t === 'string' ? t : 'any';
}
