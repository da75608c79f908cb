// Semantic comparison of two versions of the chart: render every scenario with each helm major,
// parse the objects and diff them as data (so a template refactor that changes only text, order
// of documents or whitespace compares equal). A render can be saved as a snapshot file and
// compared later, or taken from any git ref (`git archive`, nothing checked out).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HELM_MAJORS, type HelmMajor } from './helm.js';
import { helmTemplate } from './helm-run.js';
import { parseManifests } from './manifests.js';

/** scenario name -> helm major -> rendered objects by `Kind namespace/name`, or the render error. */
export type Snapshot = Record<string, Partial<Record<HelmMajor, RenderOutcome>>>;
export type RenderOutcome = { objects: Record<string, unknown> } | { error: string };

export interface ChartSource {
  chartDir: string;
  /** directories of scenario values files (*.yaml); a name present in several is taken from the first */
  valuesDirs: string[];
}

function scenarioFiles(dirs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      const name = f.replace(/\.ya?ml$/, '');
      if (!out.has(name)) out.set(name, path.join(dir, f));
    }
  }
  return out;
}

const objectKey = (o: { kind?: string; metadata?: { name?: string; namespace?: string } }): string =>
  `${o.kind ?? '?'} ${o.metadata?.namespace ?? '-'}/${o.metadata?.name ?? '?'}`;

/** helm's error message without the template location (line numbers move when templates are refactored). */
const errorGist = (stderr: string): string =>
  stderr
    .trim()
    .replace(/execution error at \([^)]*\): /g, '')
    .replace(/template: \S+: executing "[^"]*" at <[^>]*>: /g, '');

export async function renderSnapshot(src: ChartSource, majors: readonly HelmMajor[] = HELM_MAJORS): Promise<Snapshot> {
  const snap: Snapshot = {};
  const files = [...scenarioFiles(src.valuesDirs)];
  await Promise.all(
    files.flatMap(([name, file]) =>
      majors.map(async (major) => {
        const res = await helmTemplate(major, src.chartDir, [file]);
        const outcome: RenderOutcome =
          res.code !== 0
            ? { error: errorGist(res.stderr) }
            : { objects: Object.fromEntries(parseManifests(res.stdout).map((o) => [objectKey(o.object), o.object])) };
        (snap[name] ??= {})[major] = outcome;
      }),
    ),
  );
  // Stable key order, so a saved snapshot diffs cleanly in git.
  return Object.fromEntries(
    Object.keys(snap)
      .sort()
      .map((k) => [k, snap[k]!]),
  );
}

/** The chart and examples of a git ref, unpacked into a temporary directory; call cleanup() after use. */
export function chartAtRef(repoRoot: string, ref: string, chartRel = 'packages/chart'): ChartSource & { cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-router-ref-'));
  const archive = execFileSync('git', ['-C', repoRoot, 'archive', '--format=tar', ref, `${chartRel}/llm-router`, `${chartRel}/examples`], {
    maxBuffer: 256 << 20,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return {
    chartDir: path.join(dir, chartRel, 'llm-router'),
    valuesDirs: [path.join(dir, chartRel, 'examples')],
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const readSnapshot = (file: string): Snapshot => JSON.parse(readFileSync(file, 'utf8')) as Snapshot;

/** Every place where two values differ, as `path: before -> after` lines (arrays compared by index). */
export function diffValues(a: unknown, b: unknown, at = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diffValues(a[i], b[i], `${at}[${i}]`));
    return out;
  }
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => diffValues(a[k], b[k], at ? `${at}.${k}` : k));
  }
  const show = (x: unknown): string => (x === undefined ? '(absent)' : JSON.stringify(x).slice(0, 200));
  return [`${at || '(root)'}: ${show(a)} -> ${show(b)}`];
}

/** Differences between two snapshots, grouped by scenario and helm major; empty when equal. */
export function diffSnapshots(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const b = before[name];
    const a = after[name];
    if (!b || !a) {
      out.push(`${name}: scenario only ${b ? 'before' : 'after'}`);
      continue;
    }
    for (const major of HELM_MAJORS) {
      const rb = b[major];
      const ra = a[major];
      if (!rb || !ra) continue;
      const where = `${name} (helm ${major})`;
      if ('error' in rb || 'error' in ra) {
        if (JSON.stringify(rb) !== JSON.stringify(ra))
          out.push(`${where}: ${'error' in rb ? rb.error : 'renders'} -> ${'error' in ra ? ra.error : 'renders'}`);
        continue;
      }
      for (const key of [...new Set([...Object.keys(rb.objects), ...Object.keys(ra.objects)])].sort()) {
        if (!(key in rb.objects)) out.push(`${where}: ${key} added`);
        else if (!(key in ra.objects)) out.push(`${where}: ${key} removed`);
        else out.push(...diffValues(rb.objects[key], ra.objects[key]).map((d) => `${where}: ${key}: ${d}`));
      }
    }
  }
  return out;
}
