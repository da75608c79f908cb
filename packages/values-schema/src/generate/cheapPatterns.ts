// Regular expressions are compiled by Helm on every `helm template` (Helm 4 twice: once to check the
// schema against its meta-schema, once to use it), and Go's regexp expands a bounded repetition into
// one copy of the repeated part per count: `[A-Za-z0-9_.-]{0,127}` alone cost ~0.3 ms per compile,
// more than the other 26 patterns together. Such a pattern is written with `*` plus the length keywords,
// which accept exactly the same strings (the patterns are ASCII-only, so length counts characters).
import type { JsonSchema } from './jsonSchema.js';

/** zod's pattern -> the equivalent cheap form. test/schemaCost.test.ts checks each pair on strings. */
export const CHEAP_PATTERNS: Record<string, JsonSchema> = {
  // image tag: a word character, then at most 127 of [word . -]
  '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$': { pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]*$', maxLength: 128 },
  // image digest: "sha256:" and 64 hex digits, 71 characters
  '^sha256:[a-f0-9]{64}$': { pattern: '^sha256:[a-f0-9]*$', minLength: 71, maxLength: 71 },
};

// Above this count a repetition is expensive enough to need a cheap form (`{1,3}` in an IP address is fine).
const MAX_BOUNDED_REPEAT = 16;

/** `node` with its pattern replaced by the cheap form; throws on an expensive pattern without one. */
export function cheapPattern(node: JsonSchema, path: string): JsonSchema {
  if (typeof node.pattern !== 'string') return node;
  const cheap = CHEAP_PATTERNS[node.pattern];
  if (cheap) {
    for (const k of ['minLength', 'maxLength'] as const)
      if (k in node && k in cheap) throw new Error(`values.schema.json: ${path} has both ${k} and a pattern that implies one`);
    return { ...node, ...cheap };
  }
  for (const m of node.pattern.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    if (Math.max(Number(m[1]), Number(m[2] || 0)) > MAX_BOUNDED_REPEAT)
      throw new Error(
        `values.schema.json: pattern ${node.pattern} at ${path} repeats ${m[0]}; Helm compiles it on every render: add a cheap form to CHEAP_PATTERNS`,
      );
  }
  return node;
}
