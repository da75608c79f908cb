// How Helm combines the chart's values.yaml with user values before checking values.schema.json:
// maps merge key by key, anything else (lists included) replaces, and a user null deletes the key.
type Json = unknown;

const isMap = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function helmMerge(chart: Json, user: Json): Json {
  if (!isMap(chart) || !isMap(user)) return user === undefined ? structuredClone(chart) : structuredClone(user);
  const out: Record<string, Json> = structuredClone(chart);
  for (const [key, value] of Object.entries(user)) {
    if (value === null) delete out[key];
    else out[key] = key in out ? helmMerge(out[key], value) : structuredClone(value);
  }
  return out;
}
