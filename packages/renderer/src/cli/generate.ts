// `nx run renderer:generate`: writes every generated chart file and removes stale ones in the generated dirs.
import { mkdir, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateChart, GENERATED_DIRS } from '../index.js';
import { CHART_ROOT } from '../output-paths.js';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const files = generateChart();
  let written = 0;
  for (const [rel, text] of files) {
    const target = path.join(CHART_ROOT, rel);
    const old = await readFile(target, 'utf8').catch(() => null);
    if (old === text) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    written++;
  }
  let removed = 0;
  for (const dir of GENERATED_DIRS) {
    for (const f of await listFiles(path.join(CHART_ROOT, dir))) {
      if (!files.has(path.relative(CHART_ROOT, f).split(path.sep).join('/'))) {
        await rm(f);
        removed++;
      }
    }
  }
  console.log(`generated ${files.size} files under ${CHART_ROOT} (${written} changed, ${removed} stale removed)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
