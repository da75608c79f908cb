// `npx nx run chart:compare-renders -- --base <git-ref> | --snapshot <file> [--save <file>]`:
// renders every example (and test/compare-scenarios/*.yaml) with helm 3 and helm 4, from the
// working tree and from the base (a git ref or a saved snapshot), and prints every difference
// between the parsed objects. Exit code 1 when they differ. `--save` writes the working tree's
// render as a snapshot for a later comparison.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chartAtRef, diffSnapshots, readSnapshot, renderSnapshot, type Snapshot } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, EXAMPLES_DIR, PACKAGE_DIR } from '../src/scenarios.js';

const EXTRA_DIR = path.join(PACKAGE_DIR, 'test', 'compare-scenarios');
const REPO_ROOT = path.resolve(PACKAGE_DIR, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: 'string' }, snapshot: { type: 'string' }, save: { type: 'string' } } });
  const current = await renderSnapshot({ chartDir: CHART_DIR, valuesDirs: [EXAMPLES_DIR, EXTRA_DIR] });
  const count = Object.values(current).reduce(
    (n, s) => n + Object.values(s).reduce((m, r) => m + ('objects' in r! ? Object.keys(r.objects).length : 0), 0),
    0,
  );
  console.log(`working tree: ${Object.keys(current).length} scenarios, ${count} objects over helm 3 and 4`);
  if (values.save) {
    writeFileSync(values.save, JSON.stringify(current, null, 1) + '\n');
    console.log(`saved ${values.save}`);
  }
  let base: Snapshot | undefined;
  if (values.snapshot) base = readSnapshot(values.snapshot);
  else if (values.base) {
    const ref = chartAtRef(REPO_ROOT, values.base);
    try {
      // The base's own examples, plus today's extra scenarios (they may be newer than the ref).
      base = await renderSnapshot({ chartDir: ref.chartDir, valuesDirs: [...ref.valuesDirs, EXTRA_DIR] });
    } finally {
      ref.cleanup();
    }
  }
  if (!base) {
    if (!values.save) throw new Error('nothing to compare: pass --base <git-ref> or --snapshot <file> (and/or --save <file>)');
    return;
  }
  const diffs = diffSnapshots(base, current);
  if (diffs.length === 0) {
    console.log(`semantically equal to ${values.base ?? values.snapshot}`);
    return;
  }
  // The same change usually shows in many scenarios and both helms: print each once, with where.
  const grouped = new Map<string, string[]>();
  for (const d of diffs) {
    const m = /^(\S+) \(helm (\d)\): (.*)$/.exec(d);
    const [what, where] = m ? [m[3]!, `${m[1]}/${m[2]}`] : [d, ''];
    grouped.set(what, [...(grouped.get(what) ?? []), where]);
  }
  console.log(`${diffs.length} difference(s) against ${values.base ?? values.snapshot}, ${grouped.size} distinct:`);
  for (const [what, where] of grouped) console.log(`  ${what}\n      in ${where.filter(Boolean).join(', ') || 'all'}`);
  process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
