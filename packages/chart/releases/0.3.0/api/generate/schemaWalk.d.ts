import type { JsonSchema } from './jsonSchema.js';
/** The object-shaped branch of a node (nullable objects are anyOf [object, null]). */
export declare function objectBranch(node: JsonSchema | undefined): JsonSchema | undefined;
export declare function arrayItems(node: JsonSchema | undefined): JsonSchema | undefined;
export declare function properties(node: JsonSchema | undefined): [string, JsonSchema][];
export declare function description(node: JsonSchema | undefined): string;
/** A short type name for documentation: "integer", "string or null", "list of object", "Always | Never". */
export declare function typeName(node: JsonSchema | undefined): string;
