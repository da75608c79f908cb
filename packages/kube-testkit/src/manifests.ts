// Splits `helm template` output into objects. Parsed as YAML 1.1 like Kubernetes' own YAML
// reader (so an unquoted `yes` is a boolean here too) and with duplicate keys as errors.
import YAML from 'yaml';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

export interface RenderedObject {
  /** The template file helm reports in its `# Source:` comment. */
  source: string;
  object: KubeObject;
}

/** The comment above a document may attach to the document, its root node or its first key. */
function leadingComments(doc: YAML.Document.Parsed): string {
  const contents = doc.contents as { commentBefore?: string | null; items?: { key?: { commentBefore?: string | null } }[] } | null;
  return [doc.commentBefore, contents?.commentBefore, contents?.items?.[0]?.key?.commentBefore].filter(Boolean).join('\n');
}

export function parseManifests(text: string): RenderedObject[] {
  const docs = YAML.parseAllDocuments(text, { version: '1.1', uniqueKeys: true, merge: false });
  const out: RenderedObject[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const source = /Source: (.+)/.exec(leadingComments(doc))?.[1]?.trim() ?? '?';
    if (doc.errors.length) throw new Error(`invalid YAML in ${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value: unknown = doc.toJS({ maxAliasCount: 0 });
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${source}: a document is not a mapping`);
    out.push({ source, object: value as KubeObject });
  }
  return out;
}

/** A List kind expands to its items so each item is checked on its own. */
export function flattenLists(objects: RenderedObject[]): RenderedObject[] {
  return objects.flatMap((o) =>
    o.object.kind?.endsWith('List') && Array.isArray(o.object.items)
      ? (o.object.items as KubeObject[]).map((object) => ({ source: o.source, object }))
      : [o],
  );
}
