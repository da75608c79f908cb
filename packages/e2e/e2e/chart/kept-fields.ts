// What an API server silently dropped from the objects it was sent: a field whose feature gate
// is off on that Kubernetes minor disappears on create instead of failing it. Compares each
// object helm sent with the object the API server stored.
type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Values the API server's serialisation may omit although it kept them (Go `omitempty`): null,
 * [], {}, and the zero values false, 0 and "".
 */
const mayBeOmitted = (v: Json) =>
  v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

/** JSON pointers of every field in `sent` that `stored` lacks. */
export function droppedFields(sent: Json, stored: Json, path = ''): string[] {
  if (Array.isArray(sent)) {
    if (!Array.isArray(stored)) return [path];
    return sent.flatMap((item, i) => (i < stored.length ? droppedFields(item, stored[i], `${path}/${i}`) : [`${path}/${i}`]));
  }
  if (!isObject(sent)) return [];
  if (!isObject(stored)) return [path];
  return Object.entries(sent).flatMap(([key, value]) => {
    if (mayBeOmitted(value)) return [];
    if (!(key in stored)) return [`${path}/${key}`];
    return droppedFields(value, stored[key], `${path}/${key}`);
  });
}

interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
}

/** "Kind name: /path" for every field the cluster dropped; objects are matched by kind and name. */
export function droppedByServer(sent: KubeObject[], stored: KubeObject[]): string[] {
  const id = (o: KubeObject) => `${o.kind}/${o.metadata?.name}`;
  const byId = new Map(stored.map((o) => [id(o), o]));
  return sent.flatMap((o) => {
    const s = byId.get(id(o));
    if (!s) return [`${o.kind} ${o.metadata?.name}: not found on the cluster`];
    // Secret stringData is write-only: the API server folds it into data
    const sentCopy = o.kind === 'Secret' ? { ...o, stringData: undefined } : o;
    return droppedFields(JSON.parse(JSON.stringify(sentCopy)), s).map((p) => `${o.kind} ${o.metadata?.name}: ${p}`);
  });
}
