// Pending changes: one Markdown file per change in .changes/ at the repository root, each with a
// front matter `kind:` (Artifact Hub's change kinds, so the annotation needs no mapping) and one
// `- ` bullet per user-visible entry. The release command turns them into the CHANGELOG section and
// the artifacthub.io/changes annotation, then deletes them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const CHANGE_KINDS = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeEntry {
  kind: ChangeKind;
  description: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** Entries of one change file; `name` is used in errors only. */
export function parseChangeFile(name: string, text: string): ChangeEntry[] {
  const match = FRONT_MATTER.exec(text.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${name}: must start with a front matter block (---, kind: <kind>, ---)`);
  const meta: unknown = parse(match[1]!);
  const kind = (meta as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !(CHANGE_KINDS as readonly string[]).includes(kind))
    throw new Error(`${name}: kind must be one of ${CHANGE_KINDS.join(', ')} (got ${JSON.stringify(kind)})`);
  const entries: ChangeEntry[] = [];
  for (const [i, line] of match[2]!.split('\n').entries()) {
    if (line.startsWith('- ')) entries.push({ kind: kind as ChangeKind, description: line.slice(2).trim() });
    else if (line.startsWith('  ') && entries.length) entries[entries.length - 1]!.description += ` ${line.trim()}`;
    else if (line.trim() !== '') throw new Error(`${name}:${i + 5}: every entry is a "- " bullet (continuation lines indented)`);
  }
  if (!entries.length) throw new Error(`${name}: no "- " entries`);
  return entries;
}

/** Change files in `dir` (sorted by name, so the order is stable), or none when it does not exist. */
export function changeFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

export function readChanges(dir: string): ChangeEntry[] {
  const entries = changeFiles(dir).flatMap((f) => parseChangeFile(path.basename(f), readFileSync(f, 'utf8')));
  // grouped by kind in Artifact Hub's order, file order inside a kind
  return CHANGE_KINDS.flatMap((k) => entries.filter((e) => e.kind === k));
}
