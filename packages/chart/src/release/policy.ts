// The versioning policy: which version bump a set of differences needs. The values are an API, so the
// compatibility findings decide, and the change kinds can only raise the bump, never lower it.
//   >= 1.0.0   breaking -> major; behaviour or addition -> minor; fixes only -> patch
//   0.x        breaking or behaviour -> minor; addition or fix -> patch (semver's 0.x: the minor is
//              the breaking digit, so users can pin ~0.y)
import semver from 'semver';
import type { CompatFinding } from '@llm-router-helm/values-schema';
import type { ChangeEntry } from './changes.js';

export type Bump = 'major' | 'minor' | 'patch';
const ORDER: Bump[] = ['patch', 'minor', 'major'];

export interface BumpDecision {
  bump: Bump;
  /** Why, one line per deciding finding or change kind. */
  reasons: string[];
}

type Level = 'breaking' | 'behaviour' | 'addition' | 'fix';

const LEVEL_OF_KIND: Record<ChangeEntry['kind'], Level> = {
  removed: 'breaking',
  changed: 'behaviour',
  deprecated: 'addition',
  added: 'addition',
  fixed: 'fix',
  security: 'fix',
};

function bumpFor(version: string, level: Level): Bump {
  const stable = semver.major(version) >= 1;
  if (level === 'breaking') return stable ? 'major' : 'minor';
  if (level === 'behaviour') return 'minor';
  if (level === 'addition') return stable ? 'minor' : 'patch';
  return 'patch';
}

export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The smallest bump from `lastVersion` that the findings and pending changes allow. */
export function requiredBump(lastVersion: string, findings: CompatFinding[], changes: ChangeEntry[]): BumpDecision {
  let bump: Bump = 'patch';
  const reasons: string[] = [];
  const raise = (level: Level, why: string): void => {
    const b = bumpFor(lastVersion, level);
    if (ORDER.indexOf(b) > ORDER.indexOf(bump)) reasons.length = 0;
    if (ORDER.indexOf(b) >= ORDER.indexOf(bump)) {
      bump = b;
      reasons.push(why);
    }
  };
  for (const f of findings) raise(f.kind, `${f.kind}: ${f.path}: ${f.detail}`);
  for (const c of changes) raise(LEVEL_OF_KIND[c.kind], `change (${c.kind}): ${c.description}`);
  return { bump, reasons };
}

/** The bump from `from` to `to` ('none' when equal); throws when `to` is not newer. */
export function bumpBetween(from: string, to: string): Bump | 'none' {
  if (semver.eq(from, to)) return 'none';
  if (!semver.gt(to, from)) throw new Error(`version ${to} is older than ${from}`);
  const d = semver.diff(from, to);
  if (d === 'major' || d === 'premajor') return 'major';
  if (d === 'minor' || d === 'preminor') return 'minor';
  return 'patch';
}

export function satisfiesBump(actual: Bump | 'none', required: Bump): boolean {
  return actual !== 'none' && ORDER.indexOf(actual) >= ORDER.indexOf(required);
}

export function nextVersion(last: string, bump: Bump): string {
  const v = semver.inc(last, bump);
  if (!v) throw new Error(`cannot ${bump}-bump ${last}`);
  return v;
}

/**
 * The version a release command cuts: `bump` applied to the last release (or, for the first release,
 * to the tree's version); without `bump`, the version the tree was prepared as.
 */
export function releaseTarget(treeVersion: string, lastVersion: string | undefined, bump: Bump | undefined): string {
  if (!bump) {
    if (lastVersion && !semver.gt(treeVersion, lastVersion))
      throw new Error(`the tree is at released ${lastVersion}: give --bump (the findings say which)`);
    return treeVersion;
  }
  const target = nextVersion(lastVersion ?? treeVersion, bump);
  if (lastVersion && semver.gt(treeVersion, lastVersion) && treeVersion !== target)
    throw new Error(`the tree is prepared as ${treeVersion}, but --bump ${bump} from ${lastVersion} gives ${target}`);
  return target;
}
