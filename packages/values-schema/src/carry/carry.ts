// Carrying a values file written for an earlier version of this chart to this one: the changes an
// "Upgrading" note calls mechanical are made in the YAML document itself (comments and layout stay),
// each edit is listed with its path, and what needs a decision is left alone and named.
//   0.3.0  registries: no scheme, no trailing or doubled "/"           (rewritten)
//          tag "latest" in any case                                       (decision: pin a version)
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { IMAGE_BLOCKS } from '../rules/images.js';

export interface CarryEdit {
  path: string;
  from: unknown;
  to: unknown;
}

export interface CarryResult {
  /** The values file with the mechanical changes made. */
  text: string;
  edits: CarryEdit[];
  /** Paths that need the user's decision, with what to decide. */
  decisions: { path: string; message: string }[];
}

/** Every image block of the values, as key paths. */
const IMAGE_PATHS = IMAGE_BLOCKS.map((b) => b.split('.'));

/** A registry as 0.3.0 accepts it: scheme dropped, no trailing or doubled slashes. */
export function cleanRegistry(registry: string): string {
  return registry
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '');
}

function scalarAt(doc: Document, path: string[]): unknown {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node.value : undefined;
}

export function carryValues(text: string): CarryResult {
  const doc = parseDocument(text, { version: '1.1', keepSourceTokens: true });
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  const edits: CarryEdit[] = [];
  const decisions: CarryResult['decisions'] = [];
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error('the top level of a values file must be a map');
  const registries = [['global', 'imageRegistry'], ...IMAGE_PATHS.map((b) => [...b, 'registry'])];
  for (const path of registries) {
    const value = scalarAt(doc, path);
    if (typeof value !== 'string') continue;
    const cleaned = cleanRegistry(value);
    if (cleaned !== value) {
      doc.setIn(path, cleaned);
      edits.push({ path: path.join('.'), from: value, to: cleaned });
    }
  }
  for (const block of IMAGE_PATHS) {
    const tag = scalarAt(doc, [...block, 'tag']);
    if (typeof tag === 'string' && tag.toLowerCase() === 'latest')
      decisions.push({
        path: [...block, 'tag'].join('.'),
        message: 'is "latest": pin the version you run (or set digest); the chart refuses a moving tag',
      });
  }
  return { text: edits.length ? doc.toString() : text, edits, decisions };
}
