// `npx nx run chart:package [-- --chart <dir>] [-- --out <dir>]`: writes dist/<name>-<version>.tgz
// reproducibly, checks that helm 3 and helm 4 both read and render it, prints its sha256.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HELM_MAJORS, helmTemplate, runHelm } from '@llm-router-helm/kube-testkit';
import { packageChart } from '../src/package-chart.js';
import { CHART_DIR, defaultValuesFiles, PACKAGE_DIR } from '../src/scenarios.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { chart: { type: 'string', default: CHART_DIR }, out: { type: 'string', default: path.join(PACKAGE_DIR, 'dist') } },
  });
  const archive = await packageChart(path.resolve(values.chart!), path.resolve(values.out!));
  for (const major of HELM_MAJORS) {
    const show = await runHelm(major, ['show', 'chart', archive.file]);
    if (show.code !== 0) throw new Error(`helm ${major} show chart ${archive.file} failed:\n${show.stderr}`);
    const template = await helmTemplate(major, archive.file, defaultValuesFiles());
    if (template.code !== 0) throw new Error(`helm ${major} template ${archive.file} failed:\n${template.stderr}`);
  }
  console.log(`${path.relative(process.cwd(), archive.file)}  ${archive.bytes} bytes, ${archive.entries.length} files`);
  console.log(`sha256:${archive.sha256}`);
  console.log(`checked with helm ${HELM_MAJORS.join(' and ')}: show chart, template`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
