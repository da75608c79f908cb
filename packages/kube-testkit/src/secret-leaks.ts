// Finds secret values outside the one place they may be: the data/stringData of a kind: Secret.
// Looks for each value as given and base64-encoded, in every key and string of every other
// object and in a Secret's metadata.
import type { KubeObject } from './manifests.js';

export interface Leak {
  object: string;
  path: string;
  /** Which secret leaked (its index in the list given), never the value itself. */
  secretIndex: number;
}

function walk(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, `${path}/${k}(key)`);
      walk(v, `${path}/${k}`, visit);
    }
  }
}

/** Leaks of any of `secrets` (values shorter than 6 characters are too common to search for). */
export function findSecretLeaks(objects: KubeObject[], secrets: string[], extraTexts: Record<string, string> = {}): Leak[] {
  const needles = secrets.map((s, i) => ({ i, forms: [s, Buffer.from(s).toString('base64')] })).filter((n) => n.forms[0]!.length >= 6);
  const leaks: Leak[] = [];
  const visit = (object: string) => (text: string, path: string) => {
    for (const n of needles) if (n.forms.some((f) => text.includes(f))) leaks.push({ object, path, secretIndex: n.i });
  };
  for (const o of objects) {
    const name = `${o.kind ?? '?'} ${o.metadata?.name ?? '?'}`;
    if (o.kind === 'Secret' && o.apiVersion === 'v1') {
      const { data: _data, stringData: _stringData, ...rest } = o;
      walk(rest, '', visit(name));
    } else {
      walk(o, '', visit(name));
    }
  }
  for (const [name, text] of Object.entries(extraTexts)) visit(name)(text, '');
  return leaks;
}
