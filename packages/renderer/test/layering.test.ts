// Module layering: the emitter knows nothing of the chart, shared helpers know no builder, a kind
// builder knows no particular component, and the chart layout (chart/) and the docs (docs/) are
// independent of each other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../src');

function importsOf(dir: string): { file: string; specifiers: string[]; names: string[] }[] {
  return readdirSync(path.join(SRC, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => {
      const text = readFileSync(path.join(SRC, dir, f), 'utf8');
      const imports = [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)];
      return {
        file: `${dir}/${f}`,
        specifiers: imports.map((m) => m[2]!),
        names: imports.flatMap((m) => m[1]!.split(',').map((n) => n.trim().replace(/^type\s+/, ''))),
      };
    });
}

const forbidden = (dir: string, pattern: RegExp) =>
  importsOf(dir).flatMap((m) => m.specifiers.filter((s) => pattern.test(s)).map((s) => `${m.file} imports ${s}`));

describe('layering', () => {
  it('the emitter imports nothing of the project', () => {
    expect(forbidden('gotpl', /^\.\.?\//)).toEqual([]);
  });

  it('shared helpers import no builder, chart layout or docs', () => {
    expect(forbidden('helpers', /\/(resources|components|chart|docs|monitoring)\//)).toEqual([]);
  });

  it('a kind builder (resources/) knows no particular component', () => {
    expect(forbidden('resources', /\/(components|chart|docs|monitoring)\//)).toEqual([]);
    const named = importsOf('resources').flatMap((m) =>
      m.names.filter((n) => ['SERVER', 'CONTROLLER', 'APP', 'COMPONENTS'].includes(n)).map((n) => `${m.file} uses ${n}`),
    );
    expect(named).toEqual([]);
  });

  it('chart/ and docs/ do not import each other', () => {
    expect(forbidden('chart', /\/docs\//)).toEqual([]);
    expect(forbidden('docs', /\/chart\//)).toEqual([]);
  });
});
