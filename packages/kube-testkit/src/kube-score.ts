// kube-score (a third-party Kubernetes manifest scanner) built from the Go module proxy into the
// package cache, run on rendered manifests; its JSON report is reduced to the findings that matter.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheDir } from './cache-dir.js';

const run = promisify(execFile);

export const KUBE_SCORE = { module: 'github.com/zegl/kube-score', version: 'v1.20.0' } as const;

/** One finding: a check graded WARNING or CRITICAL for one object (and container, when kube-score names one). */
export interface Finding {
  check: string;
  grade: 'WARNING' | 'CRITICAL';
  /** Kind/name of the object. */
  object: string;
  container?: string;
  summary: string;
}

let building: Promise<string> | undefined;

/** Path of the kube-score binary, built once with `go install` (needs go and the Go module proxy). */
export function kubeScoreBinary(): Promise<string> {
  building ??= (async () => {
    const dir = path.join(cacheDir(), `kube-score-${KUBE_SCORE.version}`);
    const bin = path.join(dir, 'kube-score');
    if (existsSync(bin)) return bin;
    try {
      // Outside any Go module, so nothing of ours is consulted or changed.
      await run('go', ['install', `${KUBE_SCORE.module}/cmd/kube-score@${KUBE_SCORE.version}`], {
        cwd: os.tmpdir(),
        env: { ...process.env, GOBIN: dir, GOFLAGS: '-mod=mod', GO111MODULE: 'on' },
        maxBuffer: 16 << 20,
      });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`go install ${KUBE_SCORE.module}@${KUBE_SCORE.version} failed: ${e.stderr || e.message}`, { cause: err });
    }
    return bin;
  })();
  return building;
}

interface Report {
  type_meta: { kind: string };
  object_meta: { name: string };
  checks: { check: { id: string }; grade: number; skipped: boolean; comments: { path?: string; summary: string }[] | null }[];
}

// kube-score's grades: 1 critical, 5 warning, 7 almost OK, 10 all OK.
const GRADES: Record<number, Finding['grade']> = { 1: 'CRITICAL', 5: 'WARNING' };

/** Scores manifests (YAML text, many documents) and returns every WARNING and CRITICAL finding. */
export async function kubeScore(manifests: string): Promise<Finding[]> {
  const bin = await kubeScoreBinary();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(bin, ['score', '--output-format', 'json', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    // exit code 1 only says that something was graded critical; the report says what
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(stdout) : reject(new Error(`kube-score exited ${code}: ${stderr}`))));
    child.stdin.end(manifests);
  });
  const reports = JSON.parse(out) as Report[];
  return reports.flatMap((r) =>
    r.checks
      .filter((c) => !c.skipped && GRADES[c.grade])
      .flatMap((c) =>
        (c.comments ?? [{ summary: '' }]).map((m) => ({
          check: c.check.id,
          grade: GRADES[c.grade]!,
          object: `${r.type_meta.kind}/${r.object_meta.name}`,
          ...(m.path ? { container: m.path } : {}),
          summary: m.summary,
        })),
      ),
  );
}
