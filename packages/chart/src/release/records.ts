// Release records: packages/chart/releases/<version>/ holds what a release published and what the next
// one is compared with, so "what does upgrading from X break" is answered from files, not from memory:
//   release.json        version, appVersion, date, source commit, previous release, changes, archive digest
//   values.schema.json  the values schema as released
//   rules.json          ids of the validation rules as released
//   api/                the npm library's declarations as released (entry: api/index.d.ts)
//   <chart>-<version>.tgz  the chart archive as published (byte-reproducible from the source commit)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import type { CompatKind } from '@llm-router-helm/values-schema';
import { PACKAGE_DIR } from '../scenarios.js';
import type { ChangeEntry } from './changes.js';

export const RELEASES_DIR = path.join(PACKAGE_DIR, 'releases');

export interface ReleaseRecord {
  version: string;
  appVersion: string;
  /** Day of the release, YYYY-MM-DD. */
  date: string;
  /** The commit the release was cut from (the release commit itself adds this record on top of it). */
  sourceCommit: string;
  previous: string | null;
  archive: { file: string; sha256: string; bytes: number };
  changes: ChangeEntry[];
  /** Compatibility with the previous release, by kind. */
  compat: Record<CompatKind, number>;
}

/** A validation rule as released: its id and the requirement it states. */
export interface RuleRecord {
  id: string;
  doc: string;
}

export interface ReleasedFiles {
  dir: string;
  record: ReleaseRecord;
  schema: object;
  rules: RuleRecord[];
  apiEntry: string;
  archive: string;
}

/** Released versions, oldest first. */
export function releasedVersions(dir = RELEASES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const versions = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'release.json')));
  for (const v of versions) if (!semver.valid(v)) throw new Error(`${path.join(dir, v)}: not a semver version`);
  return versions.sort(semver.compare);
}

export function readRelease(version: string, dir = RELEASES_DIR): ReleasedFiles {
  const base = path.join(dir, version);
  const json = (f: string): unknown => JSON.parse(readFileSync(path.join(base, f), 'utf8'));
  const record = json('release.json') as ReleaseRecord;
  return {
    dir: base,
    record,
    schema: json('values.schema.json') as object,
    rules: json('rules.json') as RuleRecord[],
    apiEntry: path.join(base, 'api', 'index.d.ts'),
    archive: path.join(base, record.archive.file),
  };
}

export function lastRelease(dir = RELEASES_DIR): ReleasedFiles | undefined {
  const versions = releasedVersions(dir);
  const last = versions[versions.length - 1];
  return last === undefined ? undefined : readRelease(last, dir);
}

/** Writes everything of a release record except the archive (the caller packages it into `dir`). */
export function writeRecordFiles(dir: string, record: ReleaseRecord, schemaJson: string, rules: RuleRecord[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'values.schema.json'), schemaJson);
  writeFileSync(path.join(dir, 'rules.json'), `${JSON.stringify(rules, null, 2)}\n`);
  writeFileSync(path.join(dir, 'release.json'), `${JSON.stringify(record, null, 2)}\n`);
}

/** The newest release older than `version` (what a user of `version` upgrades from), if any. */
export function previousRelease(version: string, dir = RELEASES_DIR): ReleasedFiles | undefined {
  const older = releasedVersions(dir).filter((v) => semver.lt(v, version));
  const v = older[older.length - 1];
  return v === undefined ? undefined : readRelease(v, dir);
}
