// Sigstore cosign signatures on the chart's OCI artifact in the registry, made and checked with a key
// pair (cosign.key / cosign.pub). Keyless signing and the transparency log need Fulcio and Rekor, which
// a release machine may not reach, so nothing is uploaded to a log and verification ignores the log:
// the public key is what users pin. Always by digest: a tag can be moved to other bytes after signing.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { goToolBinary } from '@llm-router-helm/kube-testkit';
import { isLoopback } from './publish-chart.js';

export interface CosignResult {
  code: number;
  output: string;
}

/** `host/path/name@sha256:...` from helm push's `oci://host/path/name:version` and its digest. */
export function digestReference(ociRef: string, digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  const bare = ociRef.replace(/^oci:\/\//, '');
  const lastSlash = bare.lastIndexOf('/');
  const name = bare.slice(lastSlash + 1).replace(/[:@].*$/, '');
  return `${bare.slice(0, lastSlash + 1)}${name}@${digest}`;
}

/** Flags for a plain-HTTP registry (cosign assumes TLS otherwise). */
function registryFlags(reference: string, plainHttp?: boolean): string[] {
  return (plainHttp ?? isLoopback(reference)) ? ['--allow-http-registry', '--allow-insecure-registry'] : [];
}

/** Runs cosign with a private TUF/config home so no state of the user's own cosign is read or written. */
async function runCosign(args: string[], env: Record<string, string> = {}): Promise<CosignResult> {
  const bin = await goToolBinary('cosign');
  const home = await mkdtemp(path.join(os.tmpdir(), 'cosign-home-'));
  try {
    return await new Promise<CosignResult>((resolve, reject) => {
      const child = spawn(bin, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TUF_ROOT: path.join(home, 'tuf'), ...env },
      });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
    });
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** `cosign generate-key-pair`: <dir>/<name>.key (encrypted with the password) and <dir>/<name>.pub. */
export async function cosignGenerateKeyPair(dir: string, name: string, password: string): Promise<{ key: string; publicKey: string }> {
  const prefix = path.join(dir, name);
  const r = await runCosign(['generate-key-pair', '--output-key-prefix', prefix], { COSIGN_PASSWORD: password });
  if (r.code !== 0) throw new Error(`cosign generate-key-pair failed (exit ${r.code}):\n${r.output}`);
  return { key: `${prefix}.key`, publicKey: `${prefix}.pub` };
}

/** COSIGN_PASSWORD for the private key: the first line of the password file, else the caller's own variable. */
async function passwordEnv(passwordFile?: string): Promise<Record<string, string>> {
  if (passwordFile) return { COSIGN_PASSWORD: (await readFile(passwordFile, 'utf8')).split('\n')[0]! };
  return { COSIGN_PASSWORD: process.env.COSIGN_PASSWORD ?? '' };
}

// The classic `.sig` signature tag: any OCI registry stores it (docker-registry 2.8 has no referrers
// API), and no signing config has to be fetched from the public Sigstore instance.
const OFFLINE_FORMAT = ['--new-bundle-format=false', '--use-signing-config=false'];

export interface CosignSignOptions {
  /** host/path/name@sha256:... (see digestReference). */
  reference: string;
  /** cosign.key from `cosign generate-key-pair`. */
  key: string;
  /** A file holding the key's password (first line); without it COSIGN_PASSWORD is used. */
  passwordFile?: string;
  plainHttp?: boolean;
}

/** Signs the artifact at a digest and uploads the signature next to it in the registry. */
export async function cosignSign(opts: CosignSignOptions): Promise<void> {
  if (!opts.reference.includes('@sha256:')) throw new Error(`sign by digest, not by tag: ${opts.reference}`);
  const args = [
    'sign',
    '--yes',
    '--key',
    opts.key,
    '--tlog-upload=false',
    ...OFFLINE_FORMAT,
    ...registryFlags(opts.reference, opts.plainHttp),
    opts.reference,
  ];
  const r = await runCosign(args, await passwordEnv(opts.passwordFile));
  if (r.code !== 0) throw new Error(`cosign ${args.join(' ')} failed (exit ${r.code}):\n${r.output}`);
}

/** `cosign verify --key` of the artifact at a digest; never throws for a failed check (see assertCosignVerified). */
export function cosignVerify(opts: { reference: string; publicKey: string; plainHttp?: boolean }): Promise<CosignResult> {
  return runCosign([
    'verify',
    '--key',
    opts.publicKey,
    '--insecure-ignore-tlog',
    '--new-bundle-format=false',
    ...registryFlags(opts.reference, opts.plainHttp),
    opts.reference,
  ]);
}

/** Refuses an artifact that carries no signature by this public key, with cosign's reason. */
export async function assertCosignVerified(opts: { reference: string; publicKey: string; plainHttp?: boolean }): Promise<void> {
  const r = await cosignVerify(opts);
  if (r.code !== 0)
    throw new Error(
      `refusing ${opts.reference}: no valid cosign signature by ${opts.publicKey} (unsigned, re-pushed or signed with another key). cosign says:\n${r.output.trim()}`,
    );
}
