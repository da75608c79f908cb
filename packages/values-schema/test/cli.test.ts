// The llm-router-values CLI, in-process: exit codes, "-" for standard input, duplicate keys,
// YAML 1.1 like Helm, and an alias bomb stopped with a message.
import { main } from '../src/cliMain.js';

function run(args: string[], files: Record<string, string>): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    read: (f) => {
      if (!(f in files)) throw new Error(`ENOENT: no such file ${f}`);
      return files[f]!;
    },
  });
  return { code, out: out.join(''), err: err.join('') };
}

const OK = 'apiKeys: {existingSecret: llm-keys}\nglobal: {imageRegistry: registry.example.com}\n';

test('exit 0 for good values, 1 with "path: message" lines for problems, 2 for usage and unreadable files', () => {
  expect(run(['validate', 'v.yaml'], { 'v.yaml': OK }).code).toBe(0);
  const bad = run(['validate', 'v.yaml'], { 'v.yaml': `${OK}routerServer: {replicaz: 2}\n` });
  expect(bad).toMatchObject({ code: 1, out: 'routerServer: unknown key "replicaz" (did you mean "replicas"?)\n' });
  expect(run(['validate'], {}).code).toBe(2);
  expect(run(['validate', 'missing.yaml'], {}).code).toBe(2);
  expect(run(['frobnicate'], {}).code).toBe(2);
});

test('"-" reads standard input', () => {
  const r = run(['validate', '-'], { '-': `${OK}routerController: {replicas: -1}\n` });
  expect(r).toMatchObject({ code: 1, out: 'routerController.replicas: must be >= 0 (got -1)\n' });
});

test('a key given twice is a problem naming its path and line (Helm would keep the last silently)', () => {
  const r = run(['validate', 'v.yaml'], { 'v.yaml': `${OK}routerServer:\n  replicas: 1\n  shm: {enabled: true}\n  replicas: 1\n` });
  expect(r.code).toBe(1);
  expect(r.out).toContain('routerServer.replicas: duplicate key (line 6)');
});

test('YAML 1.1 like Helm: yes/on are booleans', () => {
  expect(run(['validate', 'v.yaml'], { 'v.yaml': `${OK}app: {enabled: yes}\nnetworkPolicy: {enabled: on}\n` }).code).toBe(0);
});

test('an alias bomb exits 2 with a message instead of exhausting memory', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 8; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const r = run(['validate', 'bomb.yaml'], { 'bomb.yaml': `${levels.join('\n')}\n` });
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^bomb\.yaml: not valid YAML: .*alias/i);
});

test('two documents or broken YAML exit 2 with the file name', () => {
  expect(run(['validate', 'v.yaml'], { 'v.yaml': `${OK}---\na: 1\n` })).toMatchObject({
    code: 2,
    err: 'v.yaml: expected exactly one YAML document\n',
  });
  expect(run(['validate', 'v.yaml'], { 'v.yaml': 'a: [1, 2\n' }).err).toMatch(/^v\.yaml: not valid YAML/);
});
