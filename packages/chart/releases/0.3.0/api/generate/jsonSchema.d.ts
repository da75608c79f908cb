export type JsonSchema = {
    [key: string]: unknown;
};
/** The JSON Schema object (fully inlined, no $ref at all). */
export declare function buildJsonSchema(): JsonSchema;
/** The file Helm reads: the same schema with repeated shapes shared through `#/definitions`, leaves one per line. */
export declare function renderValuesSchemaJson(): string;
