// `npx nx run chart:release -- --bump major|minor|patch [--prepare] [--date YYYY-MM-DD]`
//
// Cuts a release of the chart and the npm packages (one version for all), or with --prepare only moves
// the tree to the next version (what a change that needs a bump does before it is released). Refuses,
// before writing anything, a bump smaller than the compatibility findings need, a breaking change
// without its "Upgrading" note, a release with no pending change files, and a dirty work tree.
// A release then: sets the version everywhere, writes CHANGELOG.md and Artifact Hub's changes from
// .changes/*.md (deleting them), regenerates the chart and golden files, updates package-lock.json,
// and records the release in releases/<version>/ with the archive it publishes. Review and commit.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { APP_VERSION, RELEASE_CHANGES } from '@llm-router-helm/renderer';
import { packageChart } from '../src/package-chart.js';
import { emitDeclarations } from '../src/release/api-snapshot.js';
import { changeFiles } from '../src/release/changes.js';
import { changelogSection, prependSection } from '../src/release/changelog.js';
import { checkTree, treeFindings } from '../src/release/gate.js';
import { releaseTarget, type Bump } from '../src/release/policy.js';
import { lastRelease, RELEASES_DIR, writeRecordFiles, type ReleaseRecord } from '../src/release/records.js';
import { CHANGELOG_FILE, CHANGES_DIR, LIBRARY_ENTRY, REPO_ROOT, ruleRecords, treeState } from '../src/release/tree.js';
import { writePackageVersions, writeReleaseTs } from '../src/release/versions-files.js';
import { CHART_DIR, PACKAGE_DIR } from '../src/scenarios.js';

const BUMPS: Bump[] = ['major', 'minor', 'patch'];

/** Output of a step; its own progress output is shown only when it fails. */
function run(cmd: string, args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bump: { type: 'string' },
      prepare: { type: 'boolean', default: false },
      date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    },
  });
  const bump = values.bump as Bump | undefined;
  if (bump !== undefined && !BUMPS.includes(bump)) throw new Error(`--bump must be one of ${BUMPS.join(', ')}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date!)) throw new Error('--date must be YYYY-MM-DD');
  const dirty = run('git', ['status', '--porcelain']).trim();
  if (dirty) throw new Error(`commit or stash first; the release records the commit it was cut from:\n${dirty}`);

  const last = lastRelease();
  const tree = treeState();
  const target = releaseTarget(tree.version, last?.record.version, bump);
  const findings = last ? treeFindings(last, tree, PACKAGE_DIR) : [];
  const gate = checkTree(last, { ...tree, version: target }, findings);
  for (const f of findings) console.log(`${f.kind.padEnd(9)} ${f.path}: ${f.detail}`);
  console.log(
    `${last ? `${last.record.version} -> ` : 'first release: '}${target} (the differences need at least a ${gate.required.bump})`,
  );
  // --prepare only moves the version: the Upgrading notes are due when the release is cut
  const problems = values.prepare ? gate.problems.filter((p) => p.includes(' bump, the differences need ')) : gate.problems;
  if (problems.length) throw new Error(`refused:\n- ${problems.join('\n- ')}`);
  if (!values.prepare && !tree.pendingChanges.length)
    throw new Error(`nothing to release: no change files in ${path.relative(REPO_ROOT, CHANGES_DIR)}/ (see its README.md)`);

  const changes = values.prepare ? RELEASE_CHANGES : tree.pendingChanges;
  await writeReleaseTs(target, changes);
  writePackageVersions(target);
  if (!values.prepare) {
    const section = changelogSection({ version: target, date: values.date!, previous: last?.record.version ?? null }, changes, findings);
    writeFileSync(CHANGELOG_FILE, prependSection(existsSync(CHANGELOG_FILE) ? readFileSync(CHANGELOG_FILE, 'utf8') : undefined, section));
    for (const f of changeFiles(CHANGES_DIR)) rmSync(f);
  }
  // regenerate in fresh processes: this one has the old version imported
  run('npx', ['nx', 'run', 'renderer:generate', '--skip-nx-cache', '--outputStyle=stream']);
  run('npx', ['jest', 'test/scenarios.test.ts', '-t', 'golden files'], PACKAGE_DIR, { UPDATE_GOLDEN: '1' });
  run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund']);
  if (values.prepare) {
    console.log(`prepared ${target}: review and commit`);
    return;
  }

  const dir = path.join(RELEASES_DIR, target);
  const archive = await packageChart(CHART_DIR, dir);
  if (archive.version !== target) throw new Error(`${archive.file}: Chart.yaml says ${archive.version}, not ${target}`);
  emitDeclarations(LIBRARY_ENTRY, path.join(dir, 'api'));
  const counts = { breaking: 0, behaviour: 0, addition: 0 };
  for (const f of findings) counts[f.kind]++;
  const record: ReleaseRecord = {
    version: target,
    appVersion: APP_VERSION,
    date: values.date!,
    sourceCommit: run('git', ['rev-parse', 'HEAD']).trim(),
    previous: last?.record.version ?? null,
    archive: { file: path.basename(archive.file), sha256: archive.sha256, bytes: archive.bytes },
    changes: [...changes],
    compat: counts,
  };
  // the schema as the archive carries it (with the generated-file comment)
  writeRecordFiles(dir, record, readFileSync(path.join(CHART_DIR, 'values.schema.json'), 'utf8'), ruleRecords());
  console.log(`released ${target}: ${path.relative(REPO_ROOT, dir)}/ (sha256:${archive.sha256}); review and commit`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
