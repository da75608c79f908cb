import type { JsonSchema } from './jsonSchema.js';
/**
 * Returns a copy of `schema` where each validation shape used more than once lives once under
 * `definitions` and is referenced from its uses. A definition is named after the value path of its
 * first use (`routerServer.podSecurityContext`, `ingress.hosts.item.paths`): a name an unrelated
 * edit cannot shift, unlike a counter. Greedy, biggest saving first, so outer shapes are shared
 * whole before their parts; deterministic for the same input.
 */
export declare function shareRepeatedSubschemas(schema: JsonSchema): JsonSchema;
