// Which files of a chart directory differ from a released archive: the gate's "is this still the
// released chart" question, asked of the files rather than of the gzip bytes (which also depend on
// the zlib build), and answered with the file names a reviewer needs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { list as tarList } from 'tar';
import { chartFiles } from '../package-chart.js';

export async function archiveMembers(archive: string): Promise<Map<string, Buffer>> {
  const members = new Map<string, Buffer>();
  await tarList({
    file: archive,
    onReadEntry: (entry) => {
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => members.set(entry.path, Buffer.concat(chunks)));
    },
  });
  return members;
}

/** Paths (as in the archive, `<chart>/...`) added, removed or changed in `chartDir`, sorted. */
export async function chartDiffersFrom(archive: string, chartDir: string, chartName: string): Promise<string[]> {
  const released = await archiveMembers(archive);
  const differs: string[] = [];
  for (const f of await chartFiles(chartDir)) {
    const member = `${chartName}/${f}`;
    const before = released.get(member);
    if (!before || !before.equals(await readFile(path.join(chartDir, f)))) differs.push(member);
    released.delete(member);
  }
  return [...differs, ...released.keys()].sort();
}
