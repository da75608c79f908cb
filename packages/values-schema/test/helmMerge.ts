// How Helm combines the chart's values.yaml with user values before checking values.schema.json:
// maps merge key by key, anything else (lists included) replaces, and a user null deletes the key.
// Unchanged subtrees are shared with the inputs (callers only read the result).
type Json = unknown;

const isMap = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function helmMerge(chart: Json, user: Json): Json {
  if (user === undefined) return chart;
  if (!isMap(chart) || !isMap(user)) return user;
  const out: Record<string, Json> = { ...chart };
  for (const [key, value] of Object.entries(user)) {
    if (value === null) delete out[key];
    else out[key] = key in out ? helmMerge(out[key], value) : value;
  }
  return out;
}
