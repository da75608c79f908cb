#!/usr/bin/env node
// llm-router-values: validate a values file against the chart's schema, or print the generated files.
//   llm-router-values validate <values.yaml>...   every problem as "path: message"; exit 1 on problems
//   llm-router-values migrate [--release R] [--namespace N] [--output F] <upstream-values.yaml>
//       convert an upstream llm-router values file: our values on stdout (or F), the report and next steps on stderr
//   llm-router-values schema | values | reference   print values.schema.json, values.yaml or the Markdown table
// Exit codes: 0 ok, 1 invalid values, 2 usage or I/O error.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { renderValuesSchemaJson } from './generate/jsonSchema.js';
import { renderValuesReference } from './generate/reference.js';
import { renderValuesYaml } from './generate/valuesYaml.js';
import { migrateFile } from './migrate/cli.js';
import { validate } from './validate.js';

const USAGE = `usage: llm-router-values validate <values.yaml>...
       llm-router-values migrate [--release NAME] [--namespace NS] [--chart REF] [--version V] [--output FILE] <upstream-values.yaml>
       llm-router-values schema | values | reference`;

function validateFiles(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let problems = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
      return 2;
    }
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs) || docs.length > 1) {
      process.stderr.write(`${file}: expected exactly one YAML document\n`);
      return 2;
    }
    const [doc] = docs;
    if (doc && doc.errors.length > 0) {
      process.stderr.write(`${file}: not valid YAML: ${doc.errors[0]?.message ?? ''}\n`);
      return 2;
    }
    const result = validate(doc ? doc.toJS() : {});
    const prefix = files.length > 1 ? `${file}: ` : '';
    if (result.ok) continue;
    for (const p of result.problems) process.stdout.write(`${prefix}${p.path}: ${p.message}\n`);
    problems += result.problems.length;
  }
  if (problems > 0) process.stderr.write(`${problems} problem(s) found\n`);
  return problems > 0 ? 1 : 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validateFiles(rest);
    case 'migrate':
      return migrateFile(rest, USAGE);
    case 'schema':
      process.stdout.write(renderValuesSchemaJson());
      return 0;
    case 'values':
      process.stdout.write(renderValuesYaml());
      return 0;
    case 'reference':
      process.stdout.write(renderValuesReference());
      return 0;
    case '-h':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
