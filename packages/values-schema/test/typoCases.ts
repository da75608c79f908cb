// A misspelt key in every block of the values with fixed keys (image blocks, probes, list items such
// as policies[].llms[].apiKey included), once with a value and once left null. Helm keeps a null
// under a key its values.yaml does not have, so its schema rejects both; the parity test runs them
// all through validate() and both Helms (a random draw would hit each block too rarely).
import { defaults } from '../src/index.js';
import { schemaKeysAt } from '../src/validate.js';

type Doc = Record<string, unknown>;
export interface TypoCase {
  name: string;
  doc: Doc;
}

const isMap = (v: unknown): v is Doc => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every path (keys and list indices) of the defaults that holds a block with fixed keys. */
function blockPaths(value: unknown, path: (string | number)[], out: (string | number)[][]): (string | number)[][] {
  if (isMap(value)) {
    if (schemaKeysAt(path).length > 0) out.push(path);
    for (const [k, v] of Object.entries(value)) blockPaths(v, [...path, k], out);
  } else if (Array.isArray(value)) value.forEach((v, i) => blockPaths(v, [...path, i], out));
  return out;
}

/** The document: `base`, plus the misspelt key at `path` (a list on the way is copied whole from the defaults: Helm replaces lists). */
function withKey(base: Doc, path: (string | number)[], key: string, value: unknown): Doc {
  const doc = structuredClone(base);
  let cur: Doc | unknown[] = doc;
  let dflt: unknown = defaults;
  for (const seg of path) {
    dflt = (dflt as Record<string | number, unknown>)[seg];
    const here = cur as Record<string | number, unknown>;
    if (here[seg] === undefined) here[seg] = Array.isArray(dflt) ? structuredClone(dflt) : {};
    cur = here[seg] as Doc | unknown[];
  }
  (cur as Doc)[key] = value;
  return doc;
}

/** A key one letter off the block's first key (its last letter doubled), as typed in a hurry. */
const misspell = (key: string) => `${key}${key.slice(-1)}`;

export function typoCases(base: Doc): TypoCase[] {
  return blockPaths(defaults, [], []).flatMap((path) => {
    const key = misspell(schemaKeysAt(path)[0] as string);
    const at = path.join('.') || '(root)';
    return [
      { name: `typo ${at}.${key}`, doc: withKey(base, path, key, 'x') },
      { name: `typo ${at}.${key} (null)`, doc: withKey(base, path, key, null) },
    ];
  });
}
