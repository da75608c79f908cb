// `npx nx run renderer:bench [-- --runs N --with-cli --skip-generate --baseline <git-ref>]`: prints (never asserts) how
// long generating the chart takes and how much slower `helm template` is on our chart than on an
// empty chart (one Chart.yaml, no templates), with default values and with the everything-on scenario. The three renders are
// interleaved within one run and medians compared, so machine load affects them alike; with --baseline the
// chart of that git ref is rendered in the same rounds and the before/after ratio printed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chartAtRef, HELM_MAJORS, helmBinary, helmEnv, type HelmMajor, KUBE_VERSION } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, EXAMPLES_DIR } from '../src/output-paths.js';

const TARGETS = { default: 1.15, everything: 1.3 };
const RENDERER_DIR = path.resolve(__dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * CPU time (user+sys) of this process's waited-for children, from /proc (Linux). Coarse (clock
 * ticks), but summed over many runs it is a load-independent second opinion on the wall times.
 */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
function childCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLK_TCK;
  } catch {
    return undefined;
  }
}

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function generationTimes(runs: number, withCli: boolean): Promise<string[]> {
  const lines: string[] = [];
  // In-process, when the renderer exposes a generate function (it writes the same bytes again).
  let mod: Record<string, unknown> = {};
  try {
    // By name at run time: the bench must not stop compiling when the renderer's exports change.
    const specifier = '@llm-router-helm/renderer';
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    lines.push(`generate (in-process): renderer not importable (${(err as Error).message.split('\n')[0]})`);
  }
  const generate = ['generate', 'generateChart'].map((n) => mod[n]).find((f): f is () => unknown => typeof f === 'function');
  if (generate) {
    await generate(); // warm-up: module loading and JIT are not generation
    const ts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await generate();
      ts.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    lines.push(`generate (in-process, median of ${runs}): ${median(ts).toFixed(1)} ms`);
  } else if (Object.keys(mod).length) {
    lines.push('generate (in-process): @llm-router-helm/renderer exports no generate function');
  }
  // The CLI as a user runs it, including tsx start-up. It rewrites packages/chart (same bytes
  // when the sources are committed), so only on request or when there is no in-process API.
  if (generate && !withCli) return lines;
  const cli = path.join(RENDERER_DIR, 'src', 'cli', 'generate.ts');
  const tsx = path.join(RENDERER_DIR, '..', '..', 'node_modules', '.bin', 'tsx');
  const cliRuns = 3;
  const ts: number[] = [];
  for (let i = 0; i < cliRuns; i++) {
    let status: number | null = 0;
    ts.push(timeMs(() => (status = spawnSync(tsx, [cli], { cwd: RENDERER_DIR, stdio: 'ignore' }).status)));
    if (status !== 0) {
      lines.push(`generate (CLI tsx src/cli/generate.ts): failed with exit code ${status}`);
      return lines;
    }
  }
  lines.push(`generate (CLI tsx src/cli/generate.ts, wall, median of ${cliRuns}): ${median(ts).toFixed(0)} ms`);
  return lines;
}

/** The chart and scenario files of a git ref, benchmarked in the same interleaved rounds as today's. */
interface Baseline {
  ref: string;
  chartDir: string;
  defaultFile: string;
  everythingFile?: string;
}

async function helmRatios(major: HelmMajor, runs: number, everythingFile: string | undefined, baseline?: Baseline): Promise<string[]> {
  const helm = await helmBinary(major);
  const env = helmEnv(major);
  const empty = mkdtempSync(path.join(os.tmpdir(), 'llm-router-bench-empty-'));
  writeFileSync(path.join(empty, 'Chart.yaml'), 'apiVersion: v2\nname: empty\nversion: 0.1.0\n');
  const cases: { name: string; args: string[] }[] = [
    { name: 'empty', args: [empty] },
    // "Default values": the default scenario, i.e. the defaults plus the API-key source the chart requires.
    { name: 'default', args: [CHART_DIR, '--values', path.join(EXAMPLES_DIR, 'default.yaml')] },
    ...(everythingFile ? [{ name: 'everything', args: [CHART_DIR, '--values', everythingFile] }] : []),
    ...(baseline
      ? [
          { name: `default@${baseline.ref}`, args: [baseline.chartDir, '--values', baseline.defaultFile] },
          ...(baseline.everythingFile
            ? [{ name: `everything@${baseline.ref}`, args: [baseline.chartDir, '--values', baseline.everythingFile] }]
            : []),
        ]
      : []),
  ];
  const base = ['template', 'llm-router', '--namespace', 'llm-router', '--kube-version', KUBE_VERSION];
  const render = (c: { args: string[] }) => execFileSync(helm, [...base, ...c.args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    for (const c of cases) render(c); // warm-up, and fail early on a broken render
    const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    const cpu = new Map<string, number>(cases.map((c) => [c.name, 0]));
    for (let i = 0; i < runs; i++) {
      // Rotate the order each round so no case always runs first after an idle pause.
      for (let j = 0; j < cases.length; j++) {
        const c = cases[(i + j) % cases.length]!;
        const before = childCpuMs() ?? 0;
        times.get(c.name)!.push(timeMs(() => render(c)));
        cpu.set(c.name, cpu.get(c.name)! + (childCpuMs() ?? 0) - before);
      }
    }
    const emptyMs = median(times.get('empty')!);
    const emptyCpu = cpu.get('empty')! / runs;
    const lines = [`helm ${major}: helm template wall time, median of ${runs} interleaved runs (CPU: mean user+sys)`];
    lines.push(`  empty chart:        ${emptyMs.toFixed(1)} ms  (CPU ${emptyCpu.toFixed(1)} ms)`);
    for (const c of cases.slice(1)) {
      const ms = median(times.get(c.name)!);
      const target = TARGETS[c.name.split('@')[0] as keyof typeof TARGETS];
      const ratio = ms / emptyMs;
      const cpuMs = cpu.get(c.name)! / runs;
      const cpuRatio = emptyCpu > 0 ? ` CPU ${cpuMs.toFixed(1)} ms, ratio ${(cpuMs / emptyCpu).toFixed(3)}x` : '';
      lines.push(
        `  ${`${c.name}:`.padEnd(19)} ${ms.toFixed(1)} ms  ratio ${ratio.toFixed(3)}x  (target <= ${target}x${ratio <= target ? '' : ', MISSED'})  (${cpuRatio.trim()})`,
      );
    }
    if (baseline) {
      // Same rounds, same machine load: today's chart against the baseline's, scenario by scenario.
      for (const name of ['default', 'everything']) {
        const base = times.get(`${name}@${baseline.ref}`);
        const now = times.get(name);
        if (!base || !now) continue;
        const cpuNow = cpu.get(name)! / runs;
        const cpuBase = cpu.get(`${name}@${baseline.ref}`)! / runs;
        lines.push(
          `  ${name}: this tree / ${baseline.ref} = ${(median(now) / median(base)).toFixed(3)}x wall, ${cpuBase > 0 ? (cpuNow / cpuBase).toFixed(3) : '?'}x CPU`,
        );
      }
    }
    if (!everythingFile) lines.push('  everything: no everything-on scenario in examples/');
    return lines;
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '21' },
      'skip-generate': { type: 'boolean' },
      'with-cli': { type: 'boolean' },
      /** a git ref whose chart is rendered in the same rounds, for a before/after ratio */
      baseline: { type: 'string' },
    },
  });
  const runs = Math.max(15, Number(values.runs));
  const everything = path.join(EXAMPLES_DIR, 'everything-on.yaml');
  // Wall times on a shared machine: the load average says how much to trust them.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`benchmark (${os.cpus().length} cores, load average ${load}, node ${process.version})`);
  if (!values['skip-generate']) console.log((await generationTimes(5, values['with-cli'] === true)).join('\n'));
  const everythingFile = existsSync(everything) ? everything : undefined;
  const ref = values.baseline ? chartAtRef(path.resolve(RENDERER_DIR, '..', '..'), values.baseline) : undefined;
  try {
    const baseline: Baseline | undefined = ref && {
      ref: values.baseline!,
      chartDir: ref.chartDir,
      defaultFile: path.join(ref.valuesDirs[0]!, 'default.yaml'),
      everythingFile: everythingFile ? path.join(ref.valuesDirs[0]!, path.basename(everythingFile)) : undefined,
    };
    for (const major of HELM_MAJORS) console.log((await helmRatios(major, runs, everythingFile, baseline)).join('\n'));
  } finally {
    ref?.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
