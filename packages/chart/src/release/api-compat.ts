// Compatibility of the npm library's public TypeScript API between a released declaration tree and
// the current one, asked of the type checker rather than of a text diff: a text report cannot tell an
// added optional property from a removed one, and every zod-derived declaration changes its text when
// a value is added. The question semver asks is whether code written against the old API still
// compiles against the new one, which is assignability:
//   value export    the new value must be usable wherever the old one was (new assignable to old);
//                   a zod schema is compared by what it parses (output) and what it accepts (input)
//   type export     code both builds and consumes these: old and new must be assignable both ways
// A removed export is breaking, a new one an addition.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { CompatFinding } from '@llm-router-helm/values-schema';

interface ExportInfo {
  name: string;
  value: boolean;
  type: boolean;
  typeParams: number;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

function exportsOf(checker: ts.TypeChecker, file: ts.SourceFile): ExportInfo[] {
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) throw new Error(`${file.fileName}: not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const decl = target.declarations?.find((d) => ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d));
    const typeParams =
      decl && (ts.isTypeAliasDeclaration(decl) || ts.isInterfaceDeclaration(decl)) ? (decl.typeParameters?.length ?? 0) : 0;
    return {
      name: s.name,
      value: (target.flags & ts.SymbolFlags.Value) !== 0,
      type: (target.flags & ts.SymbolFlags.Type) !== 0 && (target.flags & ts.SymbolFlags.Value) === 0,
      typeParams,
    };
  });
}

/** Specifier of `file` as seen from `fromDir`, for an import in the probe file. */
function specifier(fromDir: string, file: string): string {
  const rel = path
    .relative(fromDir, file)
    .replace(/\\/g, '/')
    .replace(/\.d\.ts$|\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const PROBE_HEADER = [
  "import type { z } from 'zod';",
  'type Sub<A, B> = [A] extends [B] ? true : false;',
  'type Same<A, B> = Sub<A, B> extends true ? Sub<B, A> : false;',
  '// a zod schema: what it parses may only narrow, what it accepts may only widen',
  'type ValueOk<N, O> = Sub<N, O> extends true ? true',
  '  : [N, O] extends [z.ZodType, z.ZodType]',
  '    ? Sub<z.output<N>, z.output<O>> extends true ? Sub<z.input<O>, z.input<N>> : false',
  '    : false;',
];

/**
 * Findings for every difference between the exports of `oldEntry` and `newEntry` (each a .d.ts or
 * .ts entry module). `probeDir` must be inside the workspace so the probe resolves 'zod'.
 */
export function compareApi(oldEntry: string, newEntry: string, probeDir: string): CompatFinding[] {
  const base = ts.createProgram([oldEntry, newEntry], OPTIONS);
  const checker = base.getTypeChecker();
  const load = (f: string): ExportInfo[] => exportsOf(checker, base.getSourceFile(f) ?? fail(`${f}: not found`));
  const oldExports = new Map(load(oldEntry).map((e) => [e.name, e]));
  const newExports = new Map(load(newEntry).map((e) => [e.name, e]));
  const findings: CompatFinding[] = [];
  for (const [name, e] of oldExports)
    if (!newExports.has(name))
      findings.push({ kind: 'breaking', path: `export ${name}`, change: 'removed', detail: `${kindOf(e)} export ${name} removed` });
  for (const [name, e] of newExports)
    if (!oldExports.has(name))
      findings.push({ kind: 'addition', path: `export ${name}`, change: 'added', detail: `new ${kindOf(e)} export ${name}` });

  const dir = mkdtempSync(path.join(probeDir, '.api-probe-'));
  try {
    const probe = path.join(dir, 'probe.ts');
    const lines = [
      ...PROBE_HEADER,
      `import type * as O from '${specifier(dir, oldEntry)}';`,
      `import type * as N from '${specifier(dir, newEntry)}';`,
    ];
    const lineOf = new Map<number, string>();
    for (const [name, o] of [...oldExports].sort(([a], [b]) => a.localeCompare(b))) {
      const n = newExports.get(name);
      if (!n) continue;
      lineOf.set(lines.length, name);
      if (o.value !== n.value || o.type !== n.type) lines.push(`export const c${lines.length}: false = true;`);
      else if (o.value) lines.push(`export const c${lines.length}: ValueOk<typeof N.${name}, typeof O.${name}> = true;`);
      else {
        const args = o.typeParams ? `<${Array(o.typeParams).fill('any').join(', ')}>` : '';
        lines.push(`export const c${lines.length}: Same<N.${name}${args}, O.${name}${args}> = true;`);
      }
    }
    writeFileSync(probe, `${lines.join('\n')}\n`);
    const program = ts.createProgram([probe], OPTIONS);
    const source = program.getSourceFile(probe)!;
    const changed = new Set<string>();
    for (const d of ts.getPreEmitDiagnostics(program, source)) {
      const line = d.start === undefined ? -1 : source.getLineAndCharacterOfPosition(d.start).line;
      const name = lineOf.get(line);
      if (!name) throw new Error(`API probe failed to compile: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      changed.add(name);
    }
    for (const name of [...changed].sort()) {
      const e = oldExports.get(name)!;
      findings.push({
        kind: 'breaking',
        path: `export ${name}`,
        change: 'type',
        detail: `${kindOf(e)} export ${name} changed: code written against the old declaration may no longer compile`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return findings.sort((a, b) => a.path.localeCompare(b.path) || a.change.localeCompare(b.change));
}

function kindOf(e: ExportInfo): string {
  return e.value ? 'value' : 'type';
}

function fail(message: string): never {
  throw new Error(message);
}
