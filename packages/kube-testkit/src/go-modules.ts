// Go modules as a read-only file source: `go mod download` puts a module's files in the module
// cache (GOMODCACHE), from where the schema index reads them. Nothing is committed.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { GoModule } from './schema-sources.js';

const run = promisify(execFile);

let modCache: Promise<string> | undefined;

async function goEnv(name: string): Promise<string> {
  try {
    const { stdout } = await run('go', ['env', name]);
    return stdout.trim();
  } catch (err) {
    throw new Error(
      `cannot run \`go env ${name}\`: Go is not installed or not on PATH (\`bash scripts/prerequisites.sh --install\` installs it): ${(err as Error).message}`,
      { cause: err },
    );
  }
}

/** Module cache paths escape upper-case letters as '!' + lower case. */
function escapePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

export function goModCache(): Promise<string> {
  modCache ??= goEnv('GOMODCACHE');
  return modCache;
}

/** Directory of an already downloaded module, or undefined. */
export async function cachedModuleDir(mod: GoModule): Promise<string | undefined> {
  const dir = path.join(await goModCache(), `${escapePath(mod.path)}@${escapePath(mod.version)}`);
  return stat(dir).then(
    () => dir,
    () => undefined,
  );
}

/** Downloads (if needed) and returns the module's directory in the module cache. */
export async function moduleDir(mod: GoModule): Promise<string> {
  const cached = await cachedModuleDir(mod);
  if (cached) return cached;
  const ref = `${mod.path}@${mod.version}`;
  let out: string;
  try {
    // Run outside any Go module so no go.mod of ours is consulted or changed.
    ({ stdout: out } = await run('go', ['mod', 'download', '-json', ref], {
      cwd: os.tmpdir(),
      env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on' },
      maxBuffer: 16 << 20,
    }));
  } catch (err) {
    const e = err as { stdout?: string; message: string };
    throw new Error(`go mod download ${ref} failed: ${e.stdout || e.message}`, { cause: err });
  }
  const info = JSON.parse(out) as { Dir?: string; Error?: string };
  if (info.Error || !info.Dir) throw new Error(`go mod download ${ref}: ${info.Error ?? 'no Dir reported'}`);
  return info.Dir;
}
