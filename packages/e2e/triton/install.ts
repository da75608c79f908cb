// Runs install.sh (the real Triton Inference Server from PyPI, cached) and reads the
// triton.env it writes. Tests call tritonForTests(): when the installer cannot run they
// get undefined and one line saying why, and skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const INSTALL_SCRIPT = path.join(__dirname, 'install.sh');

export interface TritonInstall {
  serverVersion: string;
  installDir: string;
  /** Launcher that sets PATH/LD_LIBRARY_PATH and execs the real binary (same PID). */
  tritonserver: string;
  binary: string;
  backendDirectory: string;
  libsDirectory: string;
  python: string;
  pythonVersion: string;
  /** Directory of libpython<X.Y>.so.1.0 the Python backend stub loads ('' = the system's). */
  pythonLibdir: string;
  sitePackages: string;
}

export class TritonInstallError extends Error {}

function parseEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m) env[m[1]!] = m[2]!;
  }
  return env;
}

export function installTriton(env: NodeJS.ProcessEnv = process.env): TritonInstall {
  const r = spawnSync('bash', [INSTALL_SCRIPT], { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) {
    const tail = `${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim().split('\n').slice(-3).join(' | ');
    throw new TritonInstallError(`${INSTALL_SCRIPT} failed (exit ${r.status}): ${tail}`);
  }
  const file = r.stdout.trim().split('\n').pop()!;
  const e = parseEnvFile(file);
  const need = (k: string) => {
    if (e[k] === undefined) throw new TritonInstallError(`${file}: ${k} missing`);
    return e[k]!;
  };
  return {
    serverVersion: need('TRITON_SERVER_VERSION'),
    installDir: need('TRITON_INSTALL_DIR'),
    tritonserver: need('TRITONSERVER'),
    binary: need('TRITONSERVER_BINARY'),
    backendDirectory: need('TRITON_BACKEND_DIRECTORY'),
    libsDirectory: need('TRITON_LIBS_DIRECTORY'),
    python: need('TRITON_PYTHON'),
    pythonVersion: need('TRITON_PYTHON_VERSION'),
    pythonLibdir: need('TRITON_PYTHON_LIBDIR'),
    sitePackages: need('TRITON_SITE_PACKAGES'),
  };
}

let memo: TritonInstall | null | undefined;

/** The installed server, or undefined after printing one line saying why the tests skip. */
export function tritonForTests(suite: string): TritonInstall | undefined {
  if (memo === undefined) {
    try {
      memo = installTriton();
    } catch (err) {
      memo = null;
      process.stdout.write(`${suite} skipped: the real Triton Inference Server could not be installed: ${(err as Error).message}\n`);
    }
  }
  return memo ?? undefined;
}
