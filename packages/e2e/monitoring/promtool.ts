// Prometheus's promtool, built from the Go module proxy by packages/e2e/monitoring/ensure-promtool.sh
// (cached per version), and `promtool test rules` on files written to a temporary directory.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

export const ENSURE_PROMTOOL = path.join(__dirname, 'ensure-promtool.sh');

/** Path of promtool; builds it on first use (minutes when the Go caches are cold). */
export function ensurePromtool(): string {
  const out = execFileSync('bash', [ENSURE_PROMTOOL], { encoding: 'utf8', timeout: 40 * 60_000, stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop()!;
}

export interface RuleTestResult {
  ok: boolean;
  output: string;
  dir: string;
}

/** Writes rules.yaml and tests.yaml and runs `promtool test rules tests.yaml`. */
export function testRules(promtool: string, ruleGroups: unknown, tests: unknown): RuleTestResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promtool-'));
  fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify({ groups: ruleGroups }, { lineWidth: 0 }));
  fs.writeFileSync(
    path.join(dir, 'tests.yaml'),
    YAML.stringify({ rule_files: ['rules.yaml'], evaluation_interval: '1m', tests }, { lineWidth: 0 }),
  );
  const r = spawnSync(promtool, ['test', 'rules', 'tests.yaml'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`, dir };
}
