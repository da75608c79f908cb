// `npx nx run renderer:profile-templates [-- --runs N --amplify K --major 3|4 --values everything-on --only <substring>[,<substring>...] --baseline <git-ref>]`:
// where `helm template` spends its time on the template side. Renders variants of the committed chart
// (one template file removed, a named template replaced by a constant, the schema removed, ...) interleaved
// with the unchanged chart, and prints each variant's CPU time (user+sys of the helm child) minus the
// baseline's: what that part costs. Prints, never asserts; the variants' output is not a valid chart.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chartAtRef, HELM_MAJORS, helmBinary, helmEnv, type HelmMajor, KUBE_VERSION } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, EXAMPLES_DIR } from '../src/output-paths.js';

/** Another git ref's chart, profiled in the same rounds (`--baseline <ref>`). */
interface Ref {
  name: string;
  chartDir: string;
}

/** One way of cutting the chart down: `edit` changes a copy of the chart in place. */
interface Variant {
  name: string;
  edit: (chartDir: string) => void;
}

const templatesOf = (dir: string) => path.join(dir, 'templates');

/** The copies `amplify` made of a template file: `name` itself and `copy-<i>-<name>`. */
function copiesOf(dir: string, name: string): string[] {
  const all = readdirSync(templatesOf(dir));
  return all.filter((n) => n === name || (n.startsWith('copy-') && n.endsWith(`-${name}`)));
}

function removeFiles(...names: string[]): (dir: string) => void {
  return (dir) => {
    for (const n of names) for (const c of copiesOf(dir, n)) rmSync(path.join(templatesOf(dir), c), { recursive: true, force: true });
  };
}

/** Wraps files in `{{- if false }}`: Helm still parses them (the whole cost a file has before it runs). */
function parseOnly(...names: string[]): (dir: string) => void {
  return (dir) => {
    for (const n of names)
      for (const c of copiesOf(dir, n)) {
        const file = path.join(templatesOf(dir), c);
        const text = readFileSync(file, 'utf8');
        // Go templates allow no define inside an if: start after the file's last define.
        const defines = [...text.matchAll(/\{\{-? define "[^"]+" -?\}\}/g)];
        const last = defines.at(-1);
        const from = last ? text.indexOf('}}', endOfDefine(text, last.index + last[0].length)) + 2 : 0;
        writeFileSync(file, `${text.slice(0, from)}{{- if false }}\n${text.slice(from)}\n{{- end }}\n`);
      }
  };
}

/**
 * Renders every template file (not the helpers) `times` times: one `helm template` then spends
 * `times` x the template work against one start-up and one schema validation, so what a part of the
 * templates costs stands out of the noise of a loaded machine. Divide the differences by `times`.
 */
function amplify(dir: string, times: number): void {
  const t = templatesOf(dir);
  for (const n of readdirSync(t).filter((f) => !f.startsWith('_'))) {
    for (let i = 1; i < times; i++) cpSync(path.join(t, n), path.join(t, `copy-${i}-${n}`), { recursive: true });
  }
}

/** Offset of the `{{- end }}` closing the define whose body starts at `from`: actions counted by nesting. */
function endOfDefine(text: string, from: number): number {
  const action = /\{\{-?\s*(if|range|with|define|block|end)\b/g;
  action.lastIndex = from;
  let depth = 1;
  for (let m = action.exec(text); m; m = action.exec(text)) {
    depth += m[1] === 'end' ? -1 : 1;
    if (depth === 0) return m.index;
  }
  throw new Error('unclosed define');
}

/**
 * Replaces the body of `define "<name>"` with `constant`, in whichever file defines it: what the
 * chart would cost if that named template were free (its callers' `include`, `nindent` etc. stay).
 */
function constantTemplate(name: string, constant: string): (dir: string) => void {
  return (dir) => {
    for (const f of readdirSync(templatesOf(dir)).filter((n) => n.endsWith('.tpl') || n.endsWith('.yaml'))) {
      const file = path.join(templatesOf(dir), f);
      const text = readFileSync(file, 'utf8');
      const found = new RegExp(`\\{\\{- define "${name.replace(/\./g, '\\.')}" -?\\}\\}`).exec(text);
      if (!found) continue;
      const from = found.index;
      const start = found[0];
      const to = endOfDefine(text, from + start.length);
      writeFileSync(file, `${text.slice(0, from)}${start}${constant}${text.slice(to)}`);
      return;
    }
    throw new Error(`no define "${name}" in the chart's helpers`);
  };
}

function variants(chartDir: string): Variant[] {
  const files = readdirSync(templatesOf(chartDir)).filter((n) => !n.startsWith('_') && n !== 'tests');
  const empty = (dir: string) => {
    rmSync(path.join(dir, 'values.schema.json'));
    rmSync(templatesOf(dir), { recursive: true });
    writeFileSync(path.join(dir, 'values.yaml'), '{}\n');
  };
  return [
    { name: 'empty chart (no schema, values, templates)', edit: empty },
    { name: 'no values.schema.json', edit: (dir) => rmSync(path.join(dir, 'values.schema.json')) },
    { name: 'no templates at all', edit: (dir) => rmSync(templatesOf(dir), { recursive: true }) },
    {
      name: 'no templates, no schema',
      edit: (dir) => {
        rmSync(templatesOf(dir), { recursive: true });
        rmSync(path.join(dir, 'values.schema.json'));
      },
    },
    {
      name: 'no templates, no schema, no README.md',
      edit: (dir) => {
        rmSync(templatesOf(dir), { recursive: true });
        rmSync(path.join(dir, 'values.schema.json'));
        rmSync(path.join(dir, 'README.md'));
      },
    },
    {
      name: 'helpers only (parsed, nothing rendered)',
      edit: removeFiles(...files, 'tests'),
    },
    { name: 'every template file parsed, none run', edit: parseOnly(...files) },
    { name: 'validate.yaml parsed, not run', edit: parseOnly('validate.yaml') },
    ...files.map((f) => ({ name: `without ${f}`, edit: removeFiles(f) })),
    { name: 'without tests/', edit: removeFiles('tests') },
    { name: 'labels = constant', edit: constantTemplate('llm-router.labels', 'a: "b"') },
    { name: 'selectorLabels = constant', edit: constantTemplate('llm-router.selectorLabels', 'a: "b"') },
    { name: 'componentName = constant', edit: constantTemplate('llm-router.componentName', 'x-{{ .component }}') },
    { name: 'namespace = constant', edit: constantTemplate('llm-router.namespace', 'ns') },
    { name: 'securityContext = constant', edit: constantTemplate('llm-router.securityContext', 'runAsNonRoot: true') },
    { name: 'probe = constant', edit: constantTemplate('llm-router.probe', 'tcpSocket:\n  port: http') },
    { name: 'image = constant', edit: constantTemplate('llm-router.image', 'x:1') },
    { name: 'scheduling = constant', edit: constantTemplate('llm-router.scheduling', '') },
    { name: 'lifecycle = constant', edit: constantTemplate('llm-router.lifecycle', 'preStop: {}') },
    { name: 'strategy = constant', edit: constantTemplate('llm-router.strategy', 'type: Recreate') },
    { name: 'validate.quantity = constant', edit: constantTemplate('llm-router.validate.quantity', '2000000') },
  ];
}

/**
 * Mean of the middle half: robust to the odd run another job slowed down, and not quantized to the
 * 10 ms clock ticks the CPU times come in, as a median would be.
 */
function middleMean(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const q = Math.floor(s.length / 4);
  const mid = s.slice(q, s.length - q);
  return mid.reduce((a, b) => a + b, 0) / mid.length;
}

/** CPU time (user+sys) of this process's waited-for children, in ms, from /proc (Linux). */
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
function childCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLK_TCK;
}

async function profile(major: HelmMajor, runs: number, times: number, valuesFile: string, only?: string, ref?: Ref): Promise<void> {
  const helm = await helmBinary(major);
  const env = helmEnv(major);
  const work = mkdtempSync(path.join(os.tmpdir(), 'llm-router-profile-'));
  try {
    const baseline = path.join(work, 'baseline');
    cpSync(CHART_DIR, baseline, { recursive: true });
    amplify(baseline, times);
    const cases = [{ name: 'baseline', dir: baseline }];
    if (ref) {
      // The same amplification of another commit's chart: its "saves" is what this tree costs more.
      const dir = path.join(work, 'ref');
      cpSync(ref.chartDir, dir, { recursive: true });
      amplify(dir, times);
      cases.push({ name: `chart at ${ref.name}`, dir });
    }
    for (const [i, v] of variants(CHART_DIR).entries()) {
      if (only && !only.split(',').some((o) => v.name.includes(o))) continue;
      const dir = path.join(work, String(i));
      cpSync(baseline, dir, { recursive: true });
      v.edit(dir);
      cases.push({ name: v.name, dir });
    }
    const render = (dir: string) =>
      execFileSync(
        helm,
        ['template', 'llm-router', dir, '--namespace', 'llm-router', '--kube-version', KUBE_VERSION, '--values', valuesFile],
        {
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
    const cpu = new Map(cases.map((c) => [c.name, [] as number[]]));
    for (const c of cases) {
      try {
        render(c.dir); // warm-up; a variant that breaks the render is reported and dropped
      } catch (err) {
        console.log(`  ${c.name}: does not render (${String((err as { stderr?: Buffer }).stderr ?? err).split('\n')[0]})`);
        cpu.delete(c.name);
      }
    }
    const live = cases.filter((c) => cpu.has(c.name));
    for (let i = 0; i < runs; i++) {
      // Baseline between every variant and a rotating order: load changes hit all cases alike.
      for (let j = 0; j < live.length; j++) {
        const c = live[(i + j) % live.length]!;
        const before = childCpuMs();
        render(c.dir);
        cpu.get(c.name)!.push(childCpuMs() - before);
      }
    }
    const base = middleMean(cpu.get('baseline')!);
    console.log(
      `helm ${major}, ${path.basename(valuesFile)}, templates rendered ${times}x: CPU user+sys, mean of the middle half of ${runs} interleaved runs; baseline ${base.toFixed(1)} ms`,
    );
    console.log(`  ${'variant'.padEnd(44)} ${'CPU'.padStart(9)}  ${'saves'.padStart(8)}  saves per rendering (/${times})`);
    for (const c of live.slice(1)) {
      const ms = middleMean(cpu.get(c.name)!);
      const saved = base - ms;
      console.log(
        `  ${c.name.padEnd(44)} ${ms.toFixed(1).padStart(6)} ms  ${saved.toFixed(1).padStart(5)} ms  ${(saved / times).toFixed(2).padStart(6)} ms`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '15' },
      /** how many times every template file is rendered (see amplify); 1 profiles the chart as it is */
      amplify: { type: 'string', default: '10' },
      major: { type: 'string' },
      values: { type: 'string', default: 'default' },
      only: { type: 'string' },
      /** a git ref whose chart joins the rounds: "saves" of "chart at <ref>" < 0 means that ref's templates cost more */
      baseline: { type: 'string' },
    },
  });
  const majors = values.major ? [Number(values.major) as HelmMajor] : HELM_MAJORS;
  const valuesFile = path.join(EXAMPLES_DIR, `${values.values}.yaml`);
  console.log(
    `profile (${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  const ref = values.baseline ? chartAtRef(path.resolve(__dirname, '..', '..', '..'), values.baseline) : undefined;
  try {
    const baseline = ref && { name: values.baseline!, chartDir: ref.chartDir };
    for (const major of majors)
      await profile(major, Number(values.runs), Math.max(1, Number(values.amplify)), valuesFile, values.only, baseline);
  } finally {
    ref?.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
