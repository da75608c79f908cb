// The packed library as an outside user gets it: `npm pack` (which builds), installed with zod into a
// temp dir outside the workspace, then type-checked with the workspace's tsc, loaded with require()
// and import(), and its CLI run. The install is offline: every dependency is packed from the workspace's
// own node_modules, because after `npm ci` the npm cache holds tarballs but no registry metadata.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
jest.setTimeout(600_000);

const pkgDir = path.resolve(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc');
let dir: string;
let typecheck: { code: number; out: string };

async function sh(cmd: string, args: string[], opts: { cwd?: string } = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: opts.cwd ?? dir, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const GOOD = `import { validate, defaults, valuesSchema, type ValuesInput, type Values } from '@llm-router-helm/values-schema';
const input: ValuesInput = {
  routerServer: { replicas: 3, image: { pullPolicy: 'Always', digest: null }, modelRepository: { path: 's3://bucket/routers', storage: { type: 'none' } } },
  routerController: { policies: [{ name: 'p', llms: [{ name: 'a', apiBase: 'https://integrate.api.nvidia.com', model: 'm', apiKey: { secretKey: 'NVIDIA_API_KEY' } }] }] },
};
const parsed: Values = valuesSchema.parse(input);
const replicas: number = parsed.routerServer.replicas;
const tag: string | null = defaults.routerServer.image.tag;
const result = validate(input);
const paths: string[] = result.ok ? [] : result.problems.map((p) => p.path + ': ' + p.message);
export { replicas, tag, paths };
`;

const BAD = `import type { ValuesInput } from '@llm-router-helm/values-schema';
export const a: ValuesInput = { routerServer: { replicas: '3' } };
export const b: ValuesInput = { routerServer: { image: { pullPolicy: 'Sometimes' } } };
export const c: ValuesInput = { routerServer: { replicaz: 3 } };
export const d: ValuesInput = { routerController: { policies: [{ name: 'p', llms: [{ name: 'a', apiBase: 'x', model: 'm', apiKey: 'nvapi-123' }] }] } };
`;

const workspaceModules = path.resolve(pkgDir, '../../node_modules');

/** The library's dependencies and peer dependencies with everything they need at run time, by package name. */
async function runtimeClosure(): Promise<string[]> {
  const manifest = async (dirOf: string) =>
    JSON.parse(await readFile(path.join(dirOf, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const own = await manifest(pkgDir);
  const queue = [...Object.keys(own.dependencies ?? {}), ...Object.keys(own.peerDependencies ?? {})];
  const seen = new Set<string>();
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const m = await manifest(path.join(workspaceModules, name));
    queue.push(...Object.keys(m.dependencies ?? {}));
    // optional ones too where the workspace has them (npm would otherwise look them up in the registry)
    queue.push(...Object.keys(m.optionalDependencies ?? {}).filter((d) => existsSync(path.join(workspaceModules, d))));
  }
  return [...seen].sort();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'values-schema-consumer-'));
  const packed = await sh('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: pkgDir });
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.out}`);
  const tarball = (await readdir(dir)).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`no tarball in ${dir}`);
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  const deps = path.join(dir, 'deps');
  await mkdir(deps);
  const closure = (await runtimeClosure()).map((name) => path.join(workspaceModules, name));
  const packedDeps = await sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', deps, ...closure], { cwd: pkgDir });
  if (packedDeps.code !== 0) throw new Error(`npm pack of the dependencies failed:\n${packedDeps.out}`);
  const depTarballs = (await readdir(deps)).map((f) => `./deps/${f}`);
  const installed = await sh('npm', [
    'install',
    '--offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    `./${tarball}`,
    ...depTarballs,
  ]);
  if (installed.code !== 0) throw new Error(`npm install failed:\n${installed.out}`);
  await writeFile(path.join(dir, 'good.ts'), GOOD);
  await writeFile(path.join(dir, 'good.mts'), GOOD);
  await writeFile(path.join(dir, 'bad.ts'), BAD);
  // One tsc run for all files (the workspace's typescript); bad.ts must fail on exactly its wrong lines.
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        types: [],
        skipLibCheck: true,
      },
      files: ['good.ts', 'good.mts', 'bad.ts'],
    }),
  );
  typecheck = await sh(process.execPath, [tsc, '-p', 'tsconfig.json']);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the packed tarball holds ESM, CJS, declarations and the CLI only', async () => {
  const list = await sh('tar', ['-tzf', (await readdir(dir)).find((f) => f.endsWith('.tgz')) as string]);
  const files = list.out.split('\n').filter(Boolean);
  for (const f of [
    'package/dist/esm/index.js',
    'package/dist/esm/index.d.ts',
    'package/dist/cjs/index.js',
    'package/dist/cjs/index.d.ts',
    'package/dist/cjs/cli.js',
    'package/bin/llm-router-values.cjs',
    'package/README.md',
  ])
    expect(files).toContain(f);
  expect(files.some((f) => f.includes('/src/') || f.includes('/test/'))).toBe(false);
});

test('right values compile cleanly (CommonJS and ESM resolution)', () => {
  expect(typecheck.out).not.toMatch(/good\.m?ts/);
  expect(typecheck.out).toMatch(/error TS/); // the run did type-check (bad.ts fails)
});

test('wrong values are type errors', () => {
  expect(typecheck.code).not.toBe(0);
  const errorLines = new Set([...typecheck.out.matchAll(/bad\.ts\((\d+),\d+\): error TS/g)].map((m) => Number(m[1])));
  expect([...errorLines].sort()).toEqual([2, 3, 4, 5]);
});

test('require() and import() both load the library', async () => {
  const cjs = await sh(process.execPath, [
    '-e',
    "const m = require('@llm-router-helm/values-schema'); console.log(m.validate({ routerServer: { replicas: -1 } }).problems[0].path, typeof m.renderValuesYaml)",
  ]);
  expect(cjs.out.trim()).toBe('routerServer.replicas function');
  const esm = await sh(process.execPath, [
    '--input-type=module',
    '-e',
    "const m = await import('@llm-router-helm/values-schema'); console.log(m.defaults.routerServer.strategy.type, m.jsonSchema.$schema)",
  ]);
  expect(esm.out.trim()).toBe('Recreate http://json-schema.org/draft-07/schema#');
});

test('CLI: npx llm-router-values validate prints every problem and exits 1; 0 when clean; 2 on usage or I/O errors', async () => {
  await writeFile(path.join(dir, 'bad.yaml'), 'routerServer:\n  replicaz: 3\n  replicas: abc\n  image:\n    pullPolicy: Sometimes\n');
  await writeFile(
    path.join(dir, 'good.yaml'),
    'routerServer:\n  replicas: 1\napiKeys:\n  existingSecret: llm-api-keys\nglobal:\n  imageRegistry: registry.example.com\n',
  );
  const bad = await sh('npx', ['--no-install', 'llm-router-values', 'validate', 'bad.yaml']);
  expect(bad.code).toBe(1);
  expect(bad.out).toContain('routerServer: unknown key "replicaz"');
  expect(bad.out).toContain('routerServer.replicas: must be an integer (got "abc")');
  expect(bad.out).toContain('routerServer.image.pullPolicy: must be one of Always, IfNotPresent, Never (got "Sometimes")');
  // The same installed bin without npx's start-up cost.
  const bin = path.join(dir, 'node_modules', '.bin', 'llm-router-values');
  const good = await sh(bin, ['validate', 'good.yaml']);
  expect(good.out).toBe('');
  expect(good.code).toBe(0);
  expect((await sh(bin, ['validate', 'missing.yaml'])).code).toBe(2);
  expect((await sh(bin, ['frobnicate'])).code).toBe(2);
});
