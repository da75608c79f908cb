// `llm-router-values migrate`: converted values on stdout (or --output), the report on stderr:
// errors, decisions, Secrets to create, then every key's fate and the next steps.
// Exit codes: 0 converted (decisions may be open), 1 keys it cannot convert, 2 usage or I/O error.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateUpstreamValuesText, type MigrationResult } from './migrate.js';
import { formatSteps } from './procedure.js';

const LABEL = { mapped: 'mapped  ', dropped: 'dropped ', decision: 'DECISION', assumed: 'assumed ' } as const;

export function formatReport(r: MigrationResult, valuesFile: string): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`${title}\n${lines.map((x) => `  ${x}`).join('\n')}\n`);
  };
  section(
    'Errors (nothing was written):',
    r.errors.map((e) => `${e.path}: ${e.message}`),
  );
  const decisions = r.notes.filter((n) => n.kind === 'decision');
  section(
    'Decisions for you:',
    decisions.map((n) => `${n.path}: ${n.message}`),
  );
  section(
    'Secrets to create (the values only reference them):',
    r.secrets.map((s) => `${s.secretName}/${s.key}: ${s.why}`),
  );
  section(
    'Every upstream key:',
    r.notes
      .filter((n) => n.kind !== 'decision')
      .map((n) => `${LABEL[n.kind]} ${n.path}${n.to ? ` -> ${n.to}` : ''}${n.message ? `: ${n.message}` : ''}`),
  );
  if (r.ok) {
    const steps = r.steps.map((s) => ({
      ...s,
      commands: s.commands.map((c) => c.replace(/ > values\.yaml$/, ` > ${valuesFile}`).replace(/-f values\.yaml/g, `-f ${valuesFile}`)),
    }));
    out.push(`Next steps (chart README, "Moving from the upstream chart"):\n\n${formatSteps(steps)}\n`);
  }
  return out.join('\n');
}

export function migrateFile(args: string[], usage: string): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        release: { type: 'string' },
        namespace: { type: 'string', short: 'n' },
        chart: { type: 'string' },
        version: { type: 'string' },
        output: { type: 'string', short: 'o' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  let result: MigrationResult;
  try {
    const o = parsed.values;
    result = migrateUpstreamValuesText(text, { release: o.release, namespace: o.namespace, chartRef: o.chart, chartVersion: o.version });
  } catch (err) {
    process.stderr.write(`${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const output = parsed.values.output;
  process.stderr.write(formatReport(result, output ?? 'values.yaml'));
  if (!result.ok) {
    process.stderr.write(`${result.errors.length} problem(s): no values written\n`);
    return 1;
  }
  if (output) writeFileSync(output, result.yaml);
  else process.stdout.write(result.yaml);
  return 0;
}
