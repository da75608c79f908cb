// Pushes a chart archive to an OCI registry with the real `helm push` and reports the reference
// and the manifest digest helm printed. helm push also uploads <archive>.prov when it exists.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type HelmMajor, runHelm } from '@llm-router-helm/kube-testkit';
import { readProvenance } from './provenance.js';

export interface PushResult {
  /** oci://host/path/name:version */
  ref: string;
  digest: string;
  output: string;
}

/** Loopback registries speak plain HTTP; everything else must use TLS. */
export function isLoopback(registry: string): boolean {
  const host = registry
    .replace(/^oci:\/\//, '')
    .split('/')[0]!
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** "host:port/some/path" from user input with or without oci:// and trailing slashes. */
export function normaliseTarget(registry: string, repository = ''): string {
  const base = registry.replace(/^oci:\/\//, '').replace(/\/+$/, '');
  const repo = repository.replace(/^\/+|\/+$/g, '');
  if (!base) throw new Error('registry is empty: pass --registry host[:port] or set LLM_ROUTER_OCI_REGISTRY');
  return repo ? `${base}/${repo}` : base;
}

/** The `Digest: sha256:...` line helm push/pull print. */
export function parseDigest(output: string): string | undefined {
  return /^Digest:\s*(sha256:[0-9a-f]{64})\s*$/m.exec(output)?.[1];
}

/** Refuses to push a .prov (helm push would upload it) that does not sign this archive's bytes. */
export async function assertProvenanceMatches(archive: string): Promise<void> {
  const prov = await readFile(`${archive}.prov`, 'utf8').catch(() => undefined);
  if (prov === undefined) return;
  const sha = `sha256:${createHash('sha256')
    .update(await readFile(archive))
    .digest('hex')}`;
  const named = readProvenance(prov).files[path.basename(archive)];
  if (named !== sha)
    throw new Error(`${archive}.prov names ${named ?? 'no hash'} for the archive, which is ${sha}: sign it again or remove the .prov`);
}

export async function pushChart(opts: { major: HelmMajor; archive: string; target: string; plainHttp?: boolean }): Promise<PushResult> {
  await assertProvenanceMatches(opts.archive);
  const plainHttp = opts.plainHttp ?? isLoopback(opts.target);
  const args = ['push', opts.archive, `oci://${opts.target}`, ...(plainHttp ? ['--plain-http'] : [])];
  const r = await runHelm(opts.major, args);
  const output = `${r.stdout}${r.stderr}`;
  if (r.code !== 0) throw new Error(`helm ${opts.major} ${args.join(' ')} failed:\n${output}`);
  const digest = parseDigest(output);
  const pushed = /^Pushed:\s*(\S+)\s*$/m.exec(output)?.[1];
  if (!digest || !pushed) throw new Error(`helm push printed no Pushed/Digest lines:\n${output}`);
  return { ref: `oci://${pushed}`, digest, output };
}
