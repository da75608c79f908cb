// The llm-router-values command (src/cli.ts runs it): validate a values file against the chart's schema, or print the generated files.
//   llm-router-values validate <values.yaml|->...  every problem as "path: message"; exit 1 on problems
//   llm-router-values migrate [--release R] [--namespace N] [--output F] <upstream-values.yaml>
//       convert an upstream llm-router values file: our values on stdout (or F), the report and next steps on stderr
//   llm-router-values compat [--json] <old.schema.json> <new.schema.json>   classify every difference; exit 1 on breaking
//   llm-router-values carry <values.yaml>   a values file of an earlier version of this chart, with the
//       "Upgrading" notes' mechanical changes made, on stdout; edits, decisions and remaining problems on stderr
//   llm-router-values schema | values | reference   print values.schema.json, values.yaml or the Markdown table
// Exit codes: 0 ok, 1 invalid values, 2 usage or I/O error.
import { readFileSync } from 'node:fs';
import { compareSchemas, formatCompat } from './compat/compat.js';
import { renderValuesSchemaJson } from './generate/jsonSchema.js';
import { renderValuesReference } from './generate/reference.js';
import { renderValuesYaml } from './generate/valuesYaml.js';
import { HELM4_IGNORED_WARNING, ignoredByHelm4 } from './helmQuirks.js';
import { migrateFile } from './migrate/cli.js';
import { carryValues } from './carry/carry.js';
import { validate } from './validate.js';
import { parseValuesYaml } from './yamlInput.js';

const USAGE = `usage: llm-router-values validate <values.yaml|->...   ("-" reads standard input)
       llm-router-values migrate [--release NAME] [--namespace NS] [--chart REF] [--version V] [--output FILE] <upstream-values.yaml>
       llm-router-values compat [--json] <old.schema.json> <new.schema.json|->   ("-": this version's schema)
       llm-router-values carry <values.yaml|->   (a values file of an earlier version of this chart)
       llm-router-values schema | values | reference`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Contents of a file; "-" is standard input. */
  read(file: string): string;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  read: (file) => readFileSync(file === '-' ? 0 : file, 'utf8'),
};

function validateFiles(files: string[], io: Io): number {
  if (files.length === 0) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let problems = 0;
  for (const file of files) {
    const name = file === '-' ? '(stdin)' : file;
    let text: string;
    try {
      text = io.read(file);
    } catch (err) {
      io.err(`${name}: cannot read: ${(err as Error).message}\n`);
      return 2;
    }
    if (ignoredByHelm4(text)) io.err(`${name}: ${HELM4_IGNORED_WARNING}\n`);
    const parsed = parseValuesYaml(text);
    if (!parsed.ok) {
      io.err(`${name}: ${parsed.error}\n`);
      return 2;
    }
    const result = validate(parsed.value);
    const found = [...parsed.problems, ...(result.ok ? [] : result.problems)];
    const prefix = files.length > 1 ? `${name}: ` : '';
    for (const p of found) io.out(`${prefix}${p.path}: ${p.message}\n`);
    problems += found.length;
  }
  if (problems > 0) io.err(`${problems} problem(s) found\n`);
  return problems > 0 ? 1 : 0;
}

function compatFiles(args: string[], io: Io): number {
  const asJson = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 2) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const schemas: object[] = [];
  for (const file of files) {
    try {
      schemas.push(file === '-' ? JSON.parse(renderValuesSchemaJson()) : JSON.parse(io.read(file)));
    } catch (err) {
      io.err(`${file}: cannot read: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const report = compareSchemas(schemas[0]!, schemas[1]!);
  io.out(asJson ? `${JSON.stringify(report, null, 2)}\n` : formatCompat(report));
  return report.breaking ? 1 : 0;
}

function carryFile(args: string[], io: Io): number {
  if (args.length !== 1) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let result: ReturnType<typeof carryValues>;
  try {
    result = carryValues(io.read(args[0]!));
  } catch (err) {
    io.err(`${args[0]}: ${(err as Error).message}\n`);
    return 2;
  }
  io.out(result.text);
  for (const e of result.edits) io.err(`changed ${e.path}: ${JSON.stringify(e.from)} -> ${JSON.stringify(e.to)}\n`);
  for (const d of result.decisions) io.err(`decide ${d.path}: ${d.message}\n`);
  const parsed = parseValuesYaml(result.text);
  const checked = parsed.ok ? validate(parsed.value) : undefined;
  const problems = !parsed.ok
    ? [{ path: '(file)', message: parsed.error }]
    : [...parsed.problems, ...(checked!.ok ? [] : checked!.problems)];
  const decided = new Set(result.decisions.map((d) => d.path));
  for (const p of problems.filter((p) => !decided.has(p.path))) io.err(`problem ${p.path}: ${p.message}\n`);
  return result.decisions.length || problems.length ? 1 : 0;
}

export function main(argv: string[], io: Io = processIo): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validateFiles(rest, io);
    case 'migrate':
      return migrateFile(rest, USAGE);
    case 'compat':
      return compatFiles(rest, io);
    case 'carry':
      return carryFile(rest, io);
    case 'schema':
      io.out(renderValuesSchemaJson());
      return 0;
    case 'values':
      io.out(renderValuesYaml());
      return 0;
    case 'reference':
      io.out(renderValuesReference());
      return 0;
    case '-h':
    case '--help':
      io.out(`${USAGE}\n`);
      return 0;
    default:
      io.err(`${USAGE}\n`);
      return 2;
  }
}
