// The llm-router-values CLI, in-process: exit codes, "-" for standard input, duplicate keys,
// YAML 1.1 like Helm, and an alias bomb stopped with a message.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { helmTemplate } from '@llm-router-helm/kube-testkit';
import { main } from '../src/cliMain.js';
import { ignoredByHelm4 } from '../src/helmQuirks.js';
import { MULTI_DOCUMENT_ERROR } from '../src/yamlInput.js';

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

test('two documents or broken YAML exit 2 with the file name; an empty trailing document is nothing', () => {
  expect(run(['validate', 'v.yaml'], { 'v.yaml': `${OK}---\na: 1\n` })).toMatchObject({
    code: 2,
    err: `v.yaml: ${MULTI_DOCUMENT_ERROR}\n`,
  });
  // Both Helms read such a file as its one document (measured with 3.17.3 and 4.1.4).
  expect(run(['validate', 'v.yaml'], { 'v.yaml': `---\n${OK}---\n` }).code).toBe(0);
  expect(run(['validate', 'v.yaml'], { 'v.yaml': 'a: [1, 2\n' }).err).toMatch(/^v\.yaml: not valid YAML/);
});

/** A JSON values document of exactly `bytes` bytes (no final newline). */
function jsonOfSize(bytes: number): string {
  const doc = (p: string) =>
    JSON.stringify({
      apiKeys: { existingSecret: 'llm-keys' },
      global: { imageRegistry: 'registry.example.com' },
      commonAnnotations: { p },
    });
  return doc('a'.repeat(bytes - doc('').length));
}

test('a flow-style file of 4096 * n bytes without a final newline gets a warning: Helm 4.1.4 ignores it', () => {
  expect([4096, 8192].map((n) => ignoredByHelm4(jsonOfSize(n)))).toEqual([true, true]);
  expect(ignoredByHelm4(`${jsonOfSize(4095)}\n`)).toBe(false);
  expect(ignoredByHelm4(jsonOfSize(4097))).toBe(false);
  expect(ignoredByHelm4(`x: ${'a'.repeat(4093)}`)).toBe(false);
  const doc = jsonOfSize(4096);
  const r = run(['validate', 'v.json'], { 'v.json': doc });
  expect(r.code).toBe(0);
  expect(r.err).toBe(
    'v.json: warning: Helm 4.1.4 ignores this file and renders the defaults (flow-style/JSON, a multiple of 4096 bytes, no final newline): end it with a newline\n',
  );
  expect(run(['validate', 'v.json'], { 'v.json': `${jsonOfSize(4095)}\n` }).err).toBe('');
});

test('the quirk the warning names, with the real binaries: Helm 4 renders the defaults, Helm 3 the file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'helm4-4096-'));
  try {
    mkdirSync(path.join(dir, 'c', 'templates'), { recursive: true });
    writeFileSync(path.join(dir, 'c', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    writeFileSync(path.join(dir, 'c', 'values.yaml'), 'x: default\n');
    writeFileSync(path.join(dir, 'c', 'templates', 'cm.yaml'), 'x: {{ .Values.x }}\n');
    const file = (name: string, text: string) => (writeFileSync(path.join(dir, name), text), path.join(dir, name));
    const pad = (n: number) => 'a'.repeat(n - JSON.stringify({ x: 'given', p: '' }).length);
    const exact = file('exact.json', JSON.stringify({ x: 'given', p: pad(4096) }));
    const newline = file('newline.json', `${JSON.stringify({ x: 'given', p: pad(4095) })}\n`);
    const rendered = async (major: 3 | 4, values: string) =>
      (await helmTemplate(major, path.join(dir, 'c'), [values])).stdout.match(/^x: (\w+)/m)?.[1];
    expect({
      helm3: await rendered(3, exact),
      helm4: await rendered(4, exact),
      helm4WithNewline: await rendered(4, newline),
    }).toEqual({ helm3: 'given', helm4: 'default', helm4WithNewline: 'given' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
