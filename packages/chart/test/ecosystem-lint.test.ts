// The chart ecosystem's own linters on the generated chart, with their own rules:
// - chart-testing's `ct lint` (yamllint with ct's lintconf.yaml on Chart.yaml and values.yaml, yamale
//   with ct's chart_schema.yaml on Chart.yaml, then `helm lint`), its config read from the
//   chart-testing module in the Go module cache, not copied here;
// - Artifact Hub's `ah lint` (Chart.yaml metadata and every artifacthub.io annotation we set).
// Both are built from the Go module proxy (kube-testkit/tools/ensure-*.sh); a test skips, with the
// reason, only when its tool cannot be built. Version increments are not checked: the release
// process owns versions, and a branch's chart is compared with nothing here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chartTestingConfigDir, goToolOrReason, helmBinary, yamlLintersBinDir } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, chartExists, defaultValuesFiles } from '../src/scenarios.js';

jest.setTimeout(10 * 60_000);

const ct = goToolOrReason('chart-testing');
const ah = goToolOrReason('ah');
for (const [name, tool] of [
  ['ct lint', ct],
  ['ah lint', ah],
] as const)
  if ('reason' in tool) console.warn(`SKIPPED ${name}: the tool cannot be built here.\n${tool.reason}`);

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): { code: number; output: string } {
  const r = spawnSync(bin, args, { cwd, env, encoding: 'utf8', timeout: 5 * 60_000, maxBuffer: 64 << 20 });
  return { code: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}` };
}

let tmp: string;
beforeAll(() => {
  if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-ecosystem-lint-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** `ct lint` of one chart directory with chart-testing's own config and our default scenario's values. */
async function ctLint(chartDir: string): Promise<{ code: number; output: string }> {
  const [configDir, lintersBin, helm] = await Promise.all([chartTestingConfigDir(), yamlLintersBinDir(), helmBinary(3)]);
  // ct finds helm, yamllint and yamale on PATH; helm 3 is the major chart-testing v3 is written for
  const pathDir = mkdtempSync(path.join(tmp, 'bin-'));
  symlinkSync(helm, path.join(pathDir, 'helm'));
  const env = {
    ...process.env,
    PATH: [pathDir, lintersBin, process.env.PATH].join(path.delimiter),
    HOME: tmp, // helm's and ct's config and cache dirs, not the user's
  };
  const chartsDir = path.dirname(chartDir);
  return run(
    (ct as { bin: string }).bin,
    [
      'lint',
      '--charts',
      path.basename(chartDir),
      '--chart-yaml-schema',
      path.join(configDir, 'chart_schema.yaml'),
      '--lint-conf',
      path.join(configDir, 'lintconf.yaml'),
      // maintainer validation asks the GitHub API whether each name is an account: no network here
      '--validate-maintainers=false',
      '--check-version-increment=false',
      `--helm-lint-extra-args=--strict ${defaultValuesFiles()
        .map((f) => `--values ${f}`)
        .join(' ')}`,
    ],
    env,
    chartsDir,
  );
}

const itWithCt = ('bin' in ct ? it : it.skip) as jest.It;

itWithCt('ct lint passes (chart-testing lintconf and chart schema, helm lint --strict)', async () => {
  const r = await ctLint(CHART_DIR);
  if (r.code !== 0) throw new Error(`ct lint failed (exit ${r.code}):\n${r.output}`);
  expect(r.output).toContain('Validation success!');
  expect(r.output).toContain('All charts linted successfully');
});

/** A copy of the chart with one file edited. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const copy = path.join(mkdtempSync(path.join(tmp, 'broken-')), path.basename(CHART_DIR));
  cpSync(CHART_DIR, copy, { recursive: true });
  const target = path.join(copy, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(target, after);
  return copy;
}

itWithCt.each([
  [
    'a maintainer without a name (chart_schema.yaml)',
    'Chart.yaml',
    (t: string) => t.replace('  - name: llm-router-helm maintainers\n    url:', '  - url:'),
    /maintainers\.0\.name: Required field missing/,
  ],
  [
    'a comment one space short (lintconf.yaml)',
    'values.yaml',
    (t: string) => `${t}extraObjects:\n  - # one space short\n    kind: ConfigMap\n`,
    /too few spaces before comment/,
  ],
])('ct lint still refuses %s', async (_what, file, edit, message) => {
  const r = await ctLint(brokenCopy(file, edit));
  expect(r.code).not.toBe(0);
  expect(r.output).toMatch(message);
});

(('bin' in ah ? it : it.skip) as jest.It)('ah lint passes: Chart.yaml and every artifacthub.io annotation accepted', () => {
  // ah lint walks a directory of charts; give it only ours
  const dir = path.join(tmp, 'ah');
  cpSync(CHART_DIR, path.join(dir, path.basename(CHART_DIR)), { recursive: true });
  const r = run((ah as { bin: string }).bin, ['lint', '--kind', 'helm', '--path', dir], { ...process.env, HOME: tmp }, tmp);
  if (r.code !== 0) throw new Error(`ah lint failed (exit ${r.code}):\n${r.output}`);
  expect(r.output).not.toMatch(/\berror\b/i);
});
