// The chart archive is reproducible (same bytes whatever the files' times, modes or owners) and
// both helm majors read it like the chart directory.
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HELM_MAJORS, helmTemplate, runHelm } from '@llm-router-helm/kube-testkit';
import { chartFiles, packageChart } from '../src/package-chart.js';
import { CHART_DIR, chartExists, defaultValuesFiles } from '../src/scenarios.js';

jest.setTimeout(120_000);

let tmp: string;
beforeAll(() => {
  if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-package-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('packaging twice gives identical bytes, even after touching and chmod-ing the sources', async () => {
  const copy = path.join(tmp, 'src', 'llm-router');
  cpSync(CHART_DIR, copy, { recursive: true });
  const first = await packageChart(copy, path.join(tmp, 'a'));
  utimesSync(path.join(copy, 'Chart.yaml'), new Date(), new Date('2001-02-03T04:05:06Z'));
  chmodSync(path.join(copy, 'values.yaml'), 0o600);
  const second = await packageChart(copy, path.join(tmp, 'b'));
  expect(second.sha256).toBe(first.sha256);
  expect(readFileSync(second.file).equals(readFileSync(first.file))).toBe(true);
  expect(path.basename(first.file)).toBe(`${first.name}-${first.version}.tgz`);
});

it('honours .helmignore', async () => {
  const chart = path.join(tmp, 'ignored', 'demo');
  cpSync(path.join(CHART_DIR, 'Chart.yaml'), path.join(chart, 'Chart.yaml'));
  writeFileSync(path.join(chart, '.helmignore'), '# editor files\n*.swp\nscratch/\n');
  writeFileSync(path.join(chart, 'values.yaml.swp'), 'x');
  for (const f of ['scratch/notes.md', 'templates/cm.yaml']) {
    cpSync(path.join(CHART_DIR, 'Chart.yaml'), path.join(chart, f));
  }
  expect(await chartFiles(chart)).toEqual(['.helmignore', 'Chart.yaml', 'templates/cm.yaml']);
});

describe.each(HELM_MAJORS.map((m) => [m] as const))('helm %i reads the archive', (major) => {
  it('show chart names the chart and version; template equals the directory render', async () => {
    const archive = await packageChart(CHART_DIR, path.join(tmp, `helm${major}`));
    const show = await runHelm(major, ['show', 'chart', archive.file]);
    if (show.code !== 0) throw new Error(show.stderr);
    expect(show.stdout).toMatch(new RegExp(`^name: ${archive.name}$`, 'm'));
    expect(show.stdout).toMatch(new RegExp(`^version: ${archive.version}$`, 'm'));
    const [fromArchive, fromDir] = await Promise.all([
      helmTemplate(major, archive.file, defaultValuesFiles()),
      helmTemplate(major, CHART_DIR, defaultValuesFiles()),
    ]);
    if (fromArchive.code !== 0) throw new Error(fromArchive.stderr);
    expect(fromArchive.stderr).toBe('');
    expect(fromArchive.stdout).toBe(fromDir.stdout);
  });
});
