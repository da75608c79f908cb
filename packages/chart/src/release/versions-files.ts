// The files a version lives in besides the records: the renderer's release.ts (chart version and the
// Artifact Hub changes) and every workspace package.json (one version for the chart and the library,
// internal dependencies pinned to it). Written through prettier so lint sees them as formatted.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { ChangeEntry } from './changes.js';
import { REPO_ROOT } from './tree.js';

export const RELEASE_TS = path.join(REPO_ROOT, 'packages', 'renderer', 'src', 'release.ts');
const SCOPE = '@llm-router-helm/';

async function formatted(file: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

export async function writeReleaseTs(version: string, changes: readonly ChangeEntry[]): Promise<void> {
  const text = [
    '// Written by the release command (`npx nx run chart:release`, packages/chart/scripts/release.ts):',
    '// the version the tree will be released as, and the changes of the latest release for Artifact Hub.',
    '// Change it with that command, not by hand; the release test checks it against packages/chart/releases.',
    `export const CHART_VERSION = ${JSON.stringify(version)};`,
    '',
    "export const RELEASE_CHANGES: readonly { kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security'; description: string }[] = ",
    `${JSON.stringify(changes.map((c) => ({ kind: c.kind, description: c.description })))};`,
    '',
  ].join('\n');
  writeFileSync(RELEASE_TS, await formatted(RELEASE_TS, text));
}

export function packageJsonFiles(): string[] {
  const packages = path.join(REPO_ROOT, 'packages');
  return [
    path.join(REPO_ROOT, 'package.json'),
    ...readdirSync(packages)
      .sort()
      .map((p) => path.join(packages, p, 'package.json')),
  ];
}

/** Sets `version` and every internal dependency to `version`; returns the files changed. */
export function writePackageVersions(version: string): string[] {
  const changed: string[] = [];
  for (const file of packageJsonFiles()) {
    const before = readFileSync(file, 'utf8');
    const pkg = JSON.parse(before) as Record<string, unknown>;
    pkg.version = version;
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies'])
      for (const name of Object.keys((pkg[field] as Record<string, string> | undefined) ?? {}))
        if (name.startsWith(SCOPE)) (pkg[field] as Record<string, string>)[name] = version;
    const after = `${JSON.stringify(pkg, null, 2)}\n`;
    if (after !== before) {
      writeFileSync(file, after);
      changed.push(file);
    }
  }
  return changed;
}
