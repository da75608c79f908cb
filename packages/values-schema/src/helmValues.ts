// What the chart's templates see: Helm merges the user's values onto values.yaml (the defaults)
// before checking values.schema.json and rendering. validate() merges the same way, so it checks
// the values the templates will get (e.g. `resources.limits: {cpu: 4}` keeps the default memory
// and GPU limits), with one deliberate difference for null.
import type { z } from 'zod';

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

type Def = {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  valueType?: z.core.$ZodType;
  element?: z.core.$ZodType;
};

/** The schema under defaults, optional, nullable, prefault and pipe wrappers. */
export function unwrap(t: z.core.$ZodType): z.core.$ZodType {
  const def = t._zod.def as Def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return t;
}

/** The schema of a child key (object field or map entry) or list item; undefined where nothing is known. */
export function childSchema(schema: z.core.$ZodType | undefined, key: PropertyKey): z.core.$ZodType | undefined {
  if (!schema) return undefined;
  const def = unwrap(schema)._zod.def as Def;
  if (def.type === 'object' && def.shape) return def.shape[String(key)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

const hasFixedKeys = (schema: z.core.$ZodType | undefined): boolean => !!schema && (unwrap(schema)._zod.def as Def).type === 'object';

/**
 * Helm's merge: maps merge key by key, lists and scalars replace, and a null deletes a key the
 * defaults have (and with it the default). Here a null stays in place where the schema has a fixed
 * key, so the schema decides: a nullable field means "unset" (what the template sees when the key
 * is gone), any other field reports the null instead of quietly getting its default back. Entries
 * of maps with free keys (labels, resources, Kubernetes objects) are deleted by null exactly as
 * Helm does. A null under a key the defaults do not have stays, as in Helm, which then checks it
 * against the schema: a misspelt key (`image: {tagg: null}`) or a label left empty is an error.
 */
export function mergeLikeHelm(defaults: unknown, user: unknown, schema: z.core.$ZodType | undefined): unknown {
  if (user === undefined) return defaults;
  if (!isMap(user)) return user;
  const out: Record<string, unknown> = isMap(defaults) ? { ...defaults } : {};
  const fixed = hasFixedKeys(schema);
  for (const [key, value] of Object.entries(user)) {
    const sub = childSchema(schema, key);
    if (value === null && !(fixed && sub) && key in out) delete out[key];
    else out[key] = mergeLikeHelm(out[key], value, sub);
  }
  return out;
}
