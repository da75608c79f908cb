// Programs the chart's release and lint steps run: cosign, chart-testing's ct and Artifact Hub's ah,
// each built from the Go module proxy once per version by tools/ensure-<tool>.sh (where its version
// is pinned), and the yamllint/yamale pair ct needs, from PyPI. The scripts share one cache with
// promtool and the kind bootstrap.
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const GO_TOOLS_DIR = path.join(__dirname, '..', 'tools');

export type GoTool = 'cosign' | 'chart-testing' | 'ah';

const building = new Map<string, Promise<string>>();

async function ensure(tool: GoTool | 'yaml-linters', args: string[] = []): Promise<string> {
  const script = path.join(GO_TOOLS_DIR, `ensure-${tool}.sh`);
  try {
    // a cold build takes minutes (cosign: the sigstore, cloud KMS and registry client libraries)
    const { stdout } = await run('bash', [script, ...args], { timeout: 40 * 60_000, maxBuffer: 64 << 20 });
    return stdout.trim().split('\n').pop()!;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    const tail = (e.stderr || e.message).trim().split('\n').slice(-15).join('\n');
    throw new Error(`bash ${path.relative(process.cwd(), script)} ${args.join(' ')} failed:\n${tail}`, { cause: err });
  }
}

/** Path of the tool's binary; builds it on first use (minutes when the Go caches are cold). */
export function goToolBinary(tool: GoTool): Promise<string> {
  let p = building.get(tool);
  if (!p) {
    p = ensure(tool);
    building.set(tool, p);
  }
  return p;
}

/**
 * The same, synchronously, or why it cannot be had: for tests that decide at collection time whether
 * they run (`it` or `it.skip`), since jest cannot skip a test from inside it.
 */
export function goToolOrReason(tool: GoTool): { bin: string } | { reason: string } {
  const script = path.join(GO_TOOLS_DIR, `ensure-${tool}.sh`);
  const r = spawnSync('bash', [script], { encoding: 'utf8', timeout: 40 * 60_000, maxBuffer: 64 << 20 });
  if (r.status === 0) return { bin: r.stdout.trim().split('\n').pop()! };
  const tail = `${r.stderr ?? ''}${r.error?.message ?? ''}`.trim().split('\n').slice(-6).join('\n');
  return { reason: `bash ${script} failed (exit ${r.status}):\n${tail}` };
}

/** chart-testing's own etc/ (chart_schema.yaml, lintconf.yaml) in the Go module cache. */
export function chartTestingConfigDir(): Promise<string> {
  return ensure('chart-testing', ['ct-config-dir']);
}

/** The bin/ of a virtualenv with yamllint and yamale, to put on ct's PATH. */
export function yamlLintersBinDir(): Promise<string> {
  return ensure('yaml-linters');
}
