// Reads a values file the way Helm does (YAML 1.1: `yes`/`on` are booleans), but refuses what Helm
// lets through silently: a key given twice in one map (Helm keeps the last) is a problem with its
// path, several documents (Helm 3 reads the first, Helm 4 the last) are refused, and an alias bomb is
// stopped (yaml's maxAliasCount) instead of exhausting memory.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import { formatPath, type Problem } from './problems.js';

export type Parsed = { ok: true; value: unknown; problems: Problem[] } | { ok: false; error: string };

/** Where a node sits in the document, from the ancestors `visit` hands over. */
function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1];
    const child = chain[i];
    if (isPair(child) && isScalar(child.key)) path.push(String(child.key.value));
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
  }
  return path;
}

function duplicateKeys(doc: Document, text: string): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Map(_key, map, ancestors) {
      const seen = new Set<string>();
      for (const item of map.items) {
        if (!isScalar(item.key)) continue;
        const name = String(item.key.value);
        if (seen.has(name)) {
          const at = item.key.range ? ` (line ${text.slice(0, item.key.range[0]).split('\n').length})` : '';
          problems.push({
            path: formatPath([...pathOf(ancestors, map), name]),
            message: `duplicate key${at}: YAML keeps only the last value (Helm does so silently); remove one of them`,
          });
        }
        seen.add(name);
      }
    },
  });
  return problems;
}

/** Measured with helm 3.17.3 and 4.1.4: of a values file with several documents, Helm 3 reads the first, Helm 4 the last. */
export const MULTI_DOCUMENT_ERROR =
  'expected exactly one YAML document: Helm 3 reads only the first of several documents and Helm 4 only the last, so they would install different values; merge them or split them into separate files (-f a.yaml -f b.yaml)';

export function parseValuesYaml(text: string): Parsed {
  const all = parseAllDocuments(text, { version: '1.1', uniqueKeys: false });
  if (!Array.isArray(all)) return { ok: false, error: 'not valid YAML' };
  // An empty document (a trailing "---") is nothing to both Helms; two with content they read differently.
  const docs = all.filter((d) => d.errors.length > 0 || !(d.contents === null || (isScalar(d.contents) && d.contents.value === null)));
  if (docs.length > 1) return { ok: false, error: MULTI_DOCUMENT_ERROR };
  const [doc] = docs;
  if (!doc) return { ok: true, value: {}, problems: [] };
  if (doc.errors.length > 0) return { ok: false, error: `not valid YAML: ${doc.errors[0]?.message ?? ''}` };
  try {
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    return { ok: true, value, problems: isMap(doc.contents as Node) ? duplicateKeys(doc, text) : [] };
  } catch (err) {
    // yaml throws (a ReferenceError) when aliases expand beyond maxAliasCount: a "billion laughs" file.
    return { ok: false, error: `not valid YAML: ${(err as Error).message}` };
  }
}
