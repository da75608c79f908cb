// Root filesystem of the mock-triton image, assembled from the project's Triton install
// (triton/install.sh): the real tritonserver binary and its Python backend, the venv's base
// Python (interpreter, libpython, pruned standard library) with numpy, the libraries `ldd`
// lists for all of them, bash (the Python backend starts every stub through `system()` and
// `execvp("bash")`: without /bin/sh and bash no Python model loads), and our stand-in models
// with their seeder. No package manager: FROM scratch with exactly these files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TritonInstall } from '../triton/install.js';

/** Where the image has things: Triton's own defaults (backend directory), a vanilla Python prefix. */
export const TRITON_HOME = '/opt/tritonserver';
export const PYTHON_PREFIX = '/usr';
export const STANDIN_DIR = '/opt/standin';
export const SEEDER_PATH = '/usr/local/bin/seed-model-repository';
/** One directory on the loader's default search path for every shared library. */
const LIB_DIR = '/usr/lib/x86_64-linux-gnu';
const STANDIN_SOURCE = path.resolve(__dirname, '..', 'triton', 'standin');
const BASH = '/bin/bash';

/** Standard-library parts a server never imports (tests, GUI, installers, the static libpython). */
const STDLIB_PRUNE = new Set(['site-packages', 'test', 'idlelib', 'tkinter', 'turtledemo', 'ensurepip', 'lib2to3', 'pydoc_data']);
const STDLIB_PRUNE_PREFIX = ['config-', '_tkinter', '_test', 'xxlimited', '_xxtestfuzz', '_ctypes_test'];

interface PythonLayout {
  executable: string;
  stdlib: string;
  version: string;
}

function pythonLayout(install: TritonInstall): PythonLayout {
  const out = execFileSync(
    install.python,
    [
      '-c',
      'import os, sys, sysconfig; print(os.path.realpath(sys.executable)); print(sysconfig.get_paths()["stdlib"]); print(sysconfig.get_config_var("VERSION"))',
    ],
    { encoding: 'utf8' },
  );
  const [executable, stdlib, version] = out.trim().split('\n') as [string, string, string];
  return { executable, stdlib, version };
}

function copyFile(rootfs: string, from: string, to: string, mode?: number): void {
  const target = path.join(rootfs, to);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(from, target); // follows symlinks: the real file under the linked name
  fs.chmodSync(target, mode ?? fs.statSync(from).mode & 0o777);
}

function copyTree(rootfs: string, from: string, to: string, keep: (name: string) => boolean = () => true): void {
  for (const name of fs.readdirSync(from)) {
    if (!keep(name)) continue;
    const src = path.join(from, name);
    const st = fs.statSync(src);
    if (st.isDirectory()) copyTree(rootfs, src, path.join(to, name), keep);
    else copyFile(rootfs, src, path.join(to, name));
  }
}

/** ldd's answer for one file: resolved libraries, or the names it could not find. */
function ldd(file: string, ldLibraryPath: string): { libs: string[]; missing: string[] } {
  const out = execFileSync('ldd', [file], { encoding: 'utf8', env: { ...process.env, LD_LIBRARY_PATH: ldLibraryPath } });
  const libs: string[] = [];
  const missing: string[] = [];
  for (const line of out.split('\n')) {
    if (/not found/.test(line)) missing.push(line.trim().split(/\s/)[0]!);
    const lib = /=>\s+(\/\S+)/.exec(line)?.[1] ?? /^\s*(\/\S+)\s+\(/.exec(line)?.[1];
    if (lib) libs.push(lib);
  }
  return { libs, missing };
}

function elfFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isDirectory()) found.push(...elfFiles(p));
    else if (
      st.isFile() &&
      fs
        .readFileSync(p)
        .subarray(0, 4)
        .equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
    )
      found.push(p);
  }
  return found;
}

/**
 * Writes the image's root into rootfs; returns a short description of what went in.
 * Shared libraries land in one directory of the default search path (no LD_LIBRARY_PATH
 * needed, so a pod spec that sets env cannot break it); the dynamic loader keeps its path.
 */
export function stageTritonRootfs(install: TritonInstall, rootfs: string, runAs: number): string[] {
  const py = pythonLayout(install);
  const dist = path.dirname(install.backendDirectory);

  // Triton: binary, Python backend (with the stub for this Python), local cache plugin.
  copyFile(rootfs, path.join(dist, 'bin', 'tritonserver'), `${TRITON_HOME}/bin/tritonserver`);
  for (const f of ['libtriton_python.so', 'triton_python_backend_utils.py', 'triton_python_backend_stub']) {
    copyFile(rootfs, path.join(install.backendDirectory, 'python', f), `${TRITON_HOME}/backends/python/${f}`);
  }
  copyTree(rootfs, path.join(dist, 'caches'), `${TRITON_HOME}/caches`);
  // The Python backend runs `system("<stub> > /dev/null 2>&1")` (/bin/sh) to probe the stub,
  // chmods it when that does not exit 1 (fails on a read-only root), then execs it with bash.
  copyFile(rootfs, BASH, '/bin/bash');
  fs.symlinkSync('bash', path.join(rootfs, 'bin', 'sh'));

  // Python: interpreter, standard library (pruned), numpy from the venv.
  const lib = `${PYTHON_PREFIX}/lib/python${py.version}`;
  copyFile(rootfs, py.executable, `${PYTHON_PREFIX}/bin/python${py.version}`);
  fs.symlinkSync(`python${py.version}`, path.join(rootfs, PYTHON_PREFIX, 'bin', 'python3'));
  copyTree(rootfs, py.stdlib, lib, (name) => !STDLIB_PRUNE.has(name) && !STDLIB_PRUNE_PREFIX.some((p) => name.startsWith(p)));
  for (const pkg of ['numpy', 'numpy.libs'])
    copyTree(rootfs, path.join(install.sitePackages, pkg), `${lib}/site-packages/${pkg}`, (n) => n !== 'tests');

  // Stand-in models and their seeder (a Python script: the image has no shell).
  copyTree(rootfs, STANDIN_SOURCE, STANDIN_DIR, (n) => n !== '__pycache__');
  fs.mkdirSync(path.join(rootfs, path.dirname(SEEDER_PATH)), { recursive: true });
  fs.symlinkSync(`${STANDIN_DIR}/seed_model_repository.py`, path.join(rootfs, SEEDER_PATH));

  // Every library the ELF files need; numpy's own come along in numpy.libs (their RPATH).
  const needed = new Set<string>();
  // The wheel's binaries find its libraries through an RPATH relative to the wheel layout.
  const ldPath = [install.libsDirectory, install.pythonLibdir].filter(Boolean).join(':');
  for (const file of elfFiles(rootfs)) {
    if (file.includes(`${path.sep}numpy.libs${path.sep}`)) continue;
    const { libs, missing } = ldd(file, ldPath);
    if (missing.length > 0) throw new Error(`${path.relative(rootfs, file)}: ldd finds no ${missing.join(', ')}`);
    for (const l of libs) if (!l.startsWith(rootfs)) needed.add(l);
  }
  for (const l of needed) {
    copyFile(rootfs, l, l.startsWith('/lib64/') ? l : `${LIB_DIR}/${path.basename(l)}`);
  }
  // Debug symbols are no use in a test image.
  execFileSync('strip', ['--strip-unneeded', path.join(rootfs, LIB_DIR, `libpython${py.version}.so.1.0`)]);

  fs.mkdirSync(path.join(rootfs, 'etc'), { recursive: true });
  fs.writeFileSync(
    path.join(rootfs, 'etc', 'passwd'),
    `root:x:0:0:root:/root:/sbin/nologin\nnobody:x:${runAs}:${runAs}:nobody:/nonexistent:/sbin/nologin\n`,
  );
  fs.writeFileSync(path.join(rootfs, 'etc', 'group'), `root:x:0:\nnogroup:x:${runAs}:\n`);
  fs.mkdirSync(path.join(rootfs, 'tmp'));
  fs.chmodSync(path.join(rootfs, 'tmp'), 0o1777);
  return [
    `tritonserver ${install.serverVersion} (nvidia-pytriton) + python backend`,
    `Python ${py.version} from ${path.dirname(path.dirname(py.executable))} + numpy`,
    `bash (the Python backend starts its stubs through it), ${needed.size} shared libraries`,
  ];
}
