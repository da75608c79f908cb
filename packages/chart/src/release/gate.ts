// The release gate: what the tree must satisfy against the last release. The test run applies it to
// every commit and the release command before it writes anything, so a change that breaks a user's
// values cannot reach a release with a version that hides it, or without the note saying what to do.
import { compareRules, compareSchemas, type CompatFinding } from '@llm-router-helm/values-schema';
import type { UpgradeNote } from '@llm-router-helm/renderer';
import { compareApi } from './api-compat.js';
import type { ChangeEntry } from './changes.js';
import { bumpBetween, requiredBump, satisfiesBump, type BumpDecision } from './policy.js';
import type { ReleasedFiles, RuleRecord } from './records.js';

export interface TreeState {
  /** The version the tree will be released as (the renderer's CHART_VERSION). */
  version: string;
  schema: object;
  rules: RuleRecord[];
  /** The library's entry (src/index.ts), compared with the release's api/index.d.ts. */
  apiEntry: string;
  upgradeNotes: readonly UpgradeNote[];
  pendingChanges: ChangeEntry[];
  /** Chart files that differ from the released archive; checked when the version is still the released one. */
  chartChanges?: string[];
}

export interface GateResult {
  findings: CompatFinding[];
  required: BumpDecision;
  problems: string[];
}

/** Rule findings: ids added or removed, and a changed requirement under the same id. */
export function compareRuleRecords(oldRules: RuleRecord[], newRules: RuleRecord[]): CompatFinding[] {
  const findings = compareRules(
    oldRules.map((r) => r.id),
    newRules.map((r) => r.id),
  );
  const oldDoc = new Map(oldRules.map((r) => [r.id, r.doc]));
  for (const r of newRules) {
    const before = oldDoc.get(r.id);
    if (before !== undefined && before !== r.doc)
      findings.push({
        kind: 'breaking',
        path: `(rule ${r.id})`,
        change: 'rule-changed',
        detail: `validation rule ${r.id} now requires "${r.doc}" (was "${before}")`,
      });
  }
  return findings;
}

/** Every difference between the last release and the tree: values, rules, library API. */
export function treeFindings(last: ReleasedFiles, tree: TreeState, probeDir: string): CompatFinding[] {
  return [
    ...compareSchemas(last.schema, tree.schema).findings,
    ...compareRuleRecords(last.rules, tree.rules),
    ...compareApi(last.apiEntry, tree.apiEntry, probeDir),
  ];
}

export function checkTree(last: ReleasedFiles | undefined, tree: TreeState, findings: CompatFinding[]): GateResult {
  const problems: string[] = [];
  if (!last) return { findings, required: { bump: 'patch', reasons: [] }, problems };
  const released = last.record.version;
  const required = requiredBump(released, findings, tree.pendingChanges);
  const actual = bumpBetween(released, tree.version);
  const prepare = `npx nx run chart:release -- --prepare --bump ${required.bump}`;
  if (actual === 'none') {
    const differs = findings.length + tree.pendingChanges.length;
    if (differs)
      problems.push(
        `the tree differs from released ${released} (${findings.length} compatibility finding(s), ${tree.pendingChanges.length} pending change(s)) but is still version ${released}: ${prepare}`,
      );
    else if (tree.chartChanges?.length)
      problems.push(
        `the chart differs from released ${released}'s archive (${tree.chartChanges.join(', ')}) but is still version ${released}: ${prepare}`,
      );
    return { findings, required, problems };
  }
  if (!satisfiesBump(actual, required.bump))
    problems.push(
      `${released} -> ${tree.version} is a ${actual} bump, the differences need a ${required.bump} (${prepare}):\n  ${required.reasons.join('\n  ')}`,
    );
  const notes = tree.upgradeNotes.filter((n) => n.version === tree.version);
  const noted = new Set(notes.flatMap((n) => n.paths));
  for (const f of findings)
    if (f.kind === 'breaking' && !noted.has(f.path))
      problems.push(
        `${f.path}: breaking since ${released} (${f.detail}) with no "Upgrading" note for ${tree.version}: add { version: '${tree.version}', paths: ['${f.path}'], action: ... } to packages/renderer/src/upgrading.ts`,
      );
  const found = new Set(findings.map((f) => f.path));
  for (const n of notes)
    for (const p of n.paths)
      if (!found.has(p)) problems.push(`upgrading note for ${n.version} names ${p}, which did not change since ${released}`);
  return { findings, required, problems };
}
