// Builds dist/esm and dist/cjs (each with .d.ts) by running the workspace's tsc twice.
// Each output directory gets a package.json with its module type so Node (and TypeScript's
// node16 resolution) reads .js and .d.ts files as the right format.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const dist = path.join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
const variants = [
  { dir: 'esm', type: 'module', args: ['--module', 'ES2022', '--moduleResolution', 'Bundler'] },
  { dir: 'cjs', type: 'commonjs', args: ['--module', 'CommonJS', '--moduleResolution', 'Node10'] },
];
for (const v of variants) {
  const out = path.join(dist, v.dir);
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', out, ...v.args], {
    stdio: 'inherit',
    cwd: root,
  });
  writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ type: v.type }, null, 2)}\n`);
}
for (const v of variants) chmodSync(path.join(dist, v.dir, 'cli.js'), 0o755);
console.log(`built ${path.relative(process.cwd(), dist) || 'dist'} (esm, cjs, .d.ts)`);
