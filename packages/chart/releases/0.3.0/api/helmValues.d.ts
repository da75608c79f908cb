import type { z } from 'zod';
/** The schema under defaults, optional, nullable, prefault and pipe wrappers. */
export declare function unwrap(t: z.core.$ZodType): z.core.$ZodType;
/** The schema of a child key (object field or map entry) or list item; undefined where nothing is known. */
export declare function childSchema(schema: z.core.$ZodType | undefined, key: PropertyKey): z.core.$ZodType | undefined;
/**
 * Helm's merge: maps merge key by key, lists and scalars replace, and a null deletes a key the
 * defaults have (and with it the default). Here a null stays in place where the schema has a fixed
 * key, so the schema decides: a nullable field means "unset" (what the template sees when the key
 * is gone), any other field reports the null instead of quietly getting its default back. Entries
 * of maps with free keys (labels, resources, Kubernetes objects) are deleted by null exactly as
 * Helm does. A null under a key the defaults do not have stays, as in Helm, which then checks it
 * against the schema: a misspelt key (`image: {tagg: null}`) or a label left empty is an error.
 */
export declare function mergeLikeHelm(defaults: unknown, user: unknown, schema: z.core.$ZodType | undefined): unknown;
