// Writes the chart archive (<name>-<version>.tgz) reproducibly: `helm package` stamps the files'
// times, so the archive is written here instead, with every input to its bytes fixed: sorted
// entries, files only, mode 0644, no owner, a fixed mtime, ustar headers, and a gzip header
// without time or OS. Honours the chart's .helmignore like helm does.
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ignore from 'ignore';
import { create as tarCreate } from 'tar';
import YAML from 'yaml';

/** Every entry's mtime. Any fixed instant would do; this one is unambiguous in every tar reader. */
export const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

export interface ChartArchive {
  file: string;
  name: string;
  version: string;
  sha256: string;
  bytes: number;
  entries: string[];
}

export async function readChartMeta(chartDir: string): Promise<{ name: string; version: string }> {
  const chart = YAML.parse(await readFile(path.join(chartDir, 'Chart.yaml'), 'utf8')) as { name?: unknown; version?: unknown } | null;
  if (typeof chart?.name !== 'string' || !chart.name) throw new Error(`${chartDir}/Chart.yaml: name is missing`);
  if (typeof chart.version !== 'string' || !chart.version) throw new Error(`${chartDir}/Chart.yaml: version is missing`);
  return { name: chart.name, version: chart.version };
}

/** Chart files (posix paths relative to the chart) that are not excluded by .helmignore, sorted. */
export async function chartFiles(chartDir: string): Promise<string[]> {
  const ig = ignore();
  try {
    ig.add(await readFile(path.join(chartDir, '.helmignore'), 'utf8'));
  } catch {
    // No .helmignore: everything is packaged.
  }
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    for (const entry of await readdir(path.join(chartDir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!ig.ignores(`${child}/`)) await walk(child);
      } else if (entry.isFile()) {
        if (!ig.ignores(child)) out.push(child);
      } else {
        throw new Error(`${path.join(chartDir, child)}: only regular files can be packaged`);
      }
    }
  }
  await walk('');
  return out.sort();
}

/** Gzip with a header that does not depend on the time or the platform (MTIME 0, OS 255). */
export function deterministicGzip(data: Buffer): Buffer {
  const gz = gzipSync(data, { level: 9 });
  gz.writeUInt32LE(0, 4);
  gz[9] = 0xff;
  return gz;
}

export async function packageChart(chartDir: string, outDir: string): Promise<ChartArchive> {
  const { name, version } = await readChartMeta(chartDir);
  const files = await chartFiles(chartDir);
  // Stage under <name>/ with fixed permissions; owners and times are dropped by tar below.
  const stage = await mkdtemp(path.join(os.tmpdir(), 'llm-router-package-'));
  try {
    const entries = files.map((f) => `${name}/${f}`);
    for (const [i, f] of files.entries()) {
      const target = path.join(stage, entries[i]!);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(chartDir, f), target);
      await chmod(target, 0o644);
    }
    const chunks: Buffer[] = [];
    const pack = tarCreate({ cwd: stage, portable: true, noPax: true, mtime: FIXED_MTIME, noDirRecurse: true }, entries);
    for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
    const archive = deterministicGzip(Buffer.concat(chunks));
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, `${name}-${version}.tgz`);
    await writeFile(file, archive);
    // A .prov signs exactly one archive's bytes; one left from an earlier run would be pushed with this one.
    await rm(`${file}.prov`, { force: true });
    return { file, name, version, sha256: createHash('sha256').update(archive).digest('hex'), bytes: archive.length, entries };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
