// The library's public declarations as a file tree, emitted by the TypeScript compiler from the source
// entry (the same declarations `npm pack` ships), so a release can record its API without a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function emitDeclarations(entry: string, outDir: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    declaration: true,
    emitDeclarationOnly: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    rootDir: path.dirname(entry),
    outDir,
    types: [],
  };
  const program = ts.createProgram([entry], options);
  const written: string[] = [];
  const result = program.emit(undefined, (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(path.relative(outDir, file));
  });
  const errors = ts.getPreEmitDiagnostics(program).concat(result.diagnostics);
  if (errors.length)
    throw new Error(`declarations of ${entry}:\n${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`);
  return written.sort();
}
