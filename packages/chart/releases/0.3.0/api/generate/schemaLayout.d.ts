import type { JsonSchema } from './jsonSchema.js';
/** values.schema.json's text: JSON.parse gives back `schema` exactly; leaves one per line. */
export declare function layoutSchemaJson(schema: JsonSchema): string;
