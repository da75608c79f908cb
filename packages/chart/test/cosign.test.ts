// Cosign signatures on the pushed OCI artifact, against a real registry (docker-registry on 127.0.0.1)
// with the real cosign (built from the Go module proxy) and throw-away key pairs made at run time: no
// private key is in the repository. Signed -> verify passes; other bytes pushed under the same tag ->
// refused; another key -> refused. Skips (loudly) only outside CI when the registry binary is missing.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { goToolBinary, type LocalRegistry, registryBinary, startLocalRegistry } from '@llm-router-helm/kube-testkit';
import { assertCosignVerified, cosignGenerateKeyPair, cosignSign, cosignVerify, digestReference } from '../src/cosign.js';
import { packageChart, type ChartArchive } from '../src/package-chart.js';
import { pushChart } from '../src/publish-chart.js';
import { CHART_DIR, chartExists } from '../src/scenarios.js';

// a cold cosign build (when CI's own step did not run first) takes many minutes on 2 cores
jest.setTimeout(45 * 60_000);

const bin = registryBinary();
if (!bin && process.env.CI) throw new Error('CI must run the cosign test: apt-get install -y docker-registry');
if (!bin) console.warn('SKIPPED cosign tests: docker-registry not found (apt-get install -y docker-registry)');
const describeWithRegistry = bin ? describe : describe.skip;

it('digest references: repository and name kept, the tag replaced by the digest', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  expect(digestReference('oci://127.0.0.1:5000/charts/llm-router:0.1.0', digest)).toBe(`127.0.0.1:5000/charts/llm-router@${digest}`);
  expect(digestReference('registry.example.com/llm-router', digest)).toBe(`registry.example.com/llm-router@${digest}`);
  expect(() => digestReference('127.0.0.1:5000/charts/llm-router:0.1.0', 'latest')).toThrow(/not a sha256 digest/);
});

describeWithRegistry('cosign signature of the chart in an OCI registry', () => {
  let registry: LocalRegistry;
  let tmp: string;
  let archive: ChartArchive;
  let release: { key: string; publicKey: string };
  let other: { key: string; publicKey: string };
  let passwordFile: string;
  let signedRef: string;
  let tagRef: string;

  beforeAll(async () => {
    if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-cosign-test-'));
    const password = randomBytes(12).toString('hex');
    passwordFile = path.join(tmp, 'password');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    registry = await startLocalRegistry();
    // one key pair first (it builds cosign when needed), then the other
    release = await cosignGenerateKeyPair(tmp, 'release', password);
    other = await cosignGenerateKeyPair(tmp, 'other', password);
    archive = await packageChart(CHART_DIR, path.join(tmp, 'dist'));
    const pushed = await pushChart({ major: 4, archive: archive.file, target: `${registry.host}/charts` });
    signedRef = digestReference(pushed.ref, pushed.digest);
    tagRef = `${registry.host}/charts/${archive.name}:${archive.version}`;
  });
  afterAll(async () => {
    await registry?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses to sign a tag: only a digest names fixed bytes', async () => {
    await expect(cosignSign({ reference: tagRef, key: release.key, passwordFile })).rejects.toThrow(/sign by digest, not by tag/);
  });

  it('an unsigned artifact is refused', async () => {
    await expect(assertCosignVerified({ reference: signedRef, publicKey: release.publicKey })).rejects.toThrow(
      /refusing .*no valid cosign signature.*no signatures found/s,
    );
  });

  it('signed with the release key: verify passes for the digest and the tag pointing at it', async () => {
    await cosignSign({ reference: signedRef, key: release.key, passwordFile });
    await expect(assertCosignVerified({ reference: signedRef, publicKey: release.publicKey })).resolves.toBeUndefined();
    const byTag = await cosignVerify({ reference: tagRef, publicKey: release.publicKey });
    expect(byTag.output).toContain('The signatures were verified against the specified public key');
    expect(byTag.code).toBe(0);
  });

  it("the chart README's cosign verify command accepts it as written (plus plain HTTP for this registry)", async () => {
    const line = readFileSync(path.join(CHART_DIR, 'README.md'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('cosign verify '));
    if (!line) throw new Error("no `cosign verify` line in the chart README's 'Verifying a release'");
    const args = line
      .split(/\s+/)
      .slice(1)
      .map((a) => a.replace('cosign.pub', release.publicKey).replace('<registry>/charts', `${registry.host}/charts`));
    expect(args.at(-1)).toBe(tagRef);
    const r = spawnSync(await goToolBinary('cosign'), [...args, '--allow-http-registry'], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toContain(`"docker-manifest-digest":"${signedRef.split('@')[1]}"`);
    expect(r.status).toBe(0);
  });

  it('another public key is refused', async () => {
    const r = await cosignVerify({ reference: signedRef, publicKey: other.publicKey });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('no matching signatures');
    await expect(assertCosignVerified({ reference: signedRef, publicKey: other.publicKey })).rejects.toThrow(
      /no valid cosign signature by .*other\.pub/s,
    );
  });

  it('a wrong password cannot sign', async () => {
    const wrong = path.join(tmp, 'wrong-password');
    writeFileSync(wrong, 'not-the-password\n');
    await expect(cosignSign({ reference: signedRef, key: other.key, passwordFile: wrong })).rejects.toThrow(/cosign sign .*failed/s);
  });

  it('other bytes re-pushed unsigned under the same tag are refused; the signed digest still verifies', async () => {
    const copy = path.join(tmp, 'tampered-chart');
    cpSync(CHART_DIR, copy, { recursive: true });
    appendFileSync(path.join(copy, 'README.md'), '\nnot what was signed\n');
    const tampered = await packageChart(copy, path.join(tmp, 'tampered-dist'));
    expect(tampered.version).toBe(archive.version);
    const pushed = await pushChart({ major: 4, archive: tampered.file, target: `${registry.host}/charts` });
    const tamperedRef = digestReference(pushed.ref, pushed.digest);
    expect(tamperedRef).not.toBe(signedRef);
    await expect(assertCosignVerified({ reference: tagRef, publicKey: release.publicKey })).rejects.toThrow(
      /refusing .*no valid cosign signature.*unsigned, re-pushed.*no signatures found/s,
    );
    await expect(assertCosignVerified({ reference: tamperedRef, publicKey: release.publicKey })).rejects.toThrow(/refusing/);
    await expect(assertCosignVerified({ reference: signedRef, publicKey: release.publicKey })).resolves.toBeUndefined();
  });
});
