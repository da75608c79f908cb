// The tree's side of the release gate, read in-process from the sources the chart is generated from.
import path from 'node:path';
import { RULES, renderValuesSchemaJson } from '@llm-router-helm/values-schema';
import { CHART_VERSION, UPGRADE_NOTES } from '@llm-router-helm/renderer';
import { PACKAGE_DIR } from '../scenarios.js';
import { readChanges } from './changes.js';
import type { TreeState } from './gate.js';
import type { UpgradeNote } from '@llm-router-helm/renderer';
import type { RuleRecord } from './records.js';

export const REPO_ROOT = path.resolve(PACKAGE_DIR, '..', '..');
export const CHANGES_DIR = path.join(REPO_ROOT, '.changes');
export const CHANGELOG_FILE = path.join(REPO_ROOT, 'CHANGELOG.md');
/** The npm library whose API the release records. */
export const LIBRARY_ENTRY = path.join(REPO_ROOT, 'packages', 'values-schema', 'src', 'index.ts');

export function ruleRecords(): RuleRecord[] {
  return RULES.map((r) => ({ id: r.id, doc: r.doc }));
}

export function treeState(chartChanges?: string[]): TreeState {
  return {
    version: CHART_VERSION,
    schema: JSON.parse(renderValuesSchemaJson()) as object,
    rules: ruleRecords(),
    apiEntry: LIBRARY_ENTRY,
    upgradeNotes: UPGRADE_NOTES,
    pendingChanges: readChanges(CHANGES_DIR),
    ...(chartChanges ? { chartChanges } : {}),
  };
}

/** The "Upgrading" notes of one version. */
export function upgradeNotesFor(version: string): UpgradeNote[] {
  return UPGRADE_NOTES.filter((n) => n.version === version);
}

/**
 * Whether Helm's (or the CLI's) error output names the value `path`: Helm 3 and the CLI write it dotted
 * (`a.b[0].c`), Helm 4's schema errors as a JSON pointer (`/a/b/0/c`).
 */
export function namesValuePath(output: string, path: string): boolean {
  const pointer = `/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .join('/')}`;
  return output.includes(path) || output.includes(`'${pointer}'`);
}
