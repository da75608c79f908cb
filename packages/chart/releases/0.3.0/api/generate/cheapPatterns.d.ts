import type { JsonSchema } from './jsonSchema.js';
/** zod's pattern -> the equivalent cheap form. test/schemaCost.test.ts checks each pair on strings. */
export declare const CHEAP_PATTERNS: Record<string, JsonSchema>;
/** `node` with its pattern replaced by the cheap form; throws on an expensive pattern without one. */
export declare function cheapPattern(node: JsonSchema, path: string): JsonSchema;
