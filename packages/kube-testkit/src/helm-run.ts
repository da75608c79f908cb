// Runs the real helm binaries with private config/cache/data homes (so nothing leaks between
// runs or from the user's own helm setup) and a small concurrency limit (the machine has 2 cores).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { helmBinary, type HelmMajor } from './helm.js';
import { NEWEST_KUBERNETES } from './schema-sources.js';

export interface HelmResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The Kubernetes version renders target unless told otherwise: the newest supported minor. */
export const KUBE_VERSION = `${NEWEST_KUBERNETES.minor}.0`;

let home: string | undefined;
function helmHome(): string {
  if (!home) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-router-helm-home-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    home = dir;
  }
  return home;
}

export function helmEnv(major: HelmMajor, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const base = path.join(helmHome(), `helm${major}`);
  return {
    PATH: process.env.PATH,
    HOME: base,
    HELM_CONFIG_HOME: path.join(base, 'config'),
    HELM_CACHE_HOME: path.join(base, 'cache'),
    HELM_DATA_HOME: path.join(base, 'data'),
    // No kube context: helm must not contact any cluster.
    KUBECONFIG: path.join(base, 'no-kubeconfig'),
    ...extra,
  };
}

const MAX_PARALLEL = Math.max(2, Math.min(4, os.cpus().length));
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs helm; never throws for a non-zero exit (the caller asserts on `code`). */
export async function runHelm(major: HelmMajor, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<HelmResult> {
  const bin = await helmBinary(major);
  return slot(
    () =>
      new Promise<HelmResult>((resolve) => {
        execFile(bin, args, { env: helmEnv(major, opts.env), cwd: opts.cwd, maxBuffer: 256 << 20 }, (err, stdout, stderr) => {
          const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
          resolve({ code, stdout, stderr: err && !stderr ? err.message : stderr });
        });
      }),
  );
}

/**
 * `helm template` with the fixed release name, namespace and Kubernetes version (default KUBE_VERSION) the tests use;
 * `env` adds to helm's private environment.
 */
export function helmTemplate(
  major: HelmMajor,
  chart: string,
  valuesFiles: string[],
  extraArgs: string[] = [],
  kubeVersion = KUBE_VERSION,
  env: NodeJS.ProcessEnv = {},
): Promise<HelmResult> {
  return runHelm(
    major,
    [
      'template',
      'llm-router',
      chart,
      '--namespace',
      'llm-router',
      '--kube-version',
      kubeVersion,
      ...valuesFiles.flatMap((f) => ['--values', f]),
      ...extraArgs,
    ],
    { env },
  );
}

export function helmLint(major: HelmMajor, chart: string, valuesFiles: string[]): Promise<HelmResult> {
  return runHelm(major, [
    'lint',
    chart,
    '--strict',
    '--namespace',
    'llm-router',
    '--kube-version',
    KUBE_VERSION,
    ...valuesFiles.flatMap((f) => ['--values', f]),
  ]);
}
