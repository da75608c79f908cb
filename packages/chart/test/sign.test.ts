// Provenance for OUR reproducible archive: signChart writes <archive>.prov without touching the
// archive, and the real helm 3 and helm 4 accept it (`helm verify`, `helm template --verify`, which
// is the check `helm install --verify` makes) and reject a changed archive or another key.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { HELM_MAJORS, runHelm } from '@llm-router-helm/kube-testkit';
import { packageChart, type ChartArchive } from '../src/package-chart.js';
import { provenanceBody, readProvenance } from '../src/provenance.js';
import { archiveChartYaml, signChart } from '../src/sign-chart.js';
import { CHART_DIR, chartExists, defaultValuesFiles } from '../src/scenarios.js';
import { makeTestKey, type TestKey } from './test-keys.js';

jest.setTimeout(120_000);

let tmp: string;
let key: TestKey;
let otherKey: TestKey;
let archive: ChartArchive;
let prov: string;
let archiveBytes: Buffer;

beforeAll(async () => {
  if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-sign-test-'));
  [key, otherKey] = await Promise.all([makeTestKey('llm-router-helm test'), makeTestKey('someone else')]);
  archive = await packageChart(CHART_DIR, path.join(tmp, 'dist'));
  archiveBytes = readFileSync(archive.file);
  const sig = await signChart(archive.file, { key: 'llm-router-helm test', keyring: key.secring });
  expect(sig.file).toBe(`${archive.file}.prov`);
  prov = readFileSync(sig.file, 'utf8');
});
afterAll(async () => {
  await Promise.all([key?.dispose(), otherKey?.dispose()]);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A copy of the signed archive and its .prov in a fresh directory (same file names, as helm requires). */
function copySigned(name: string, change?: (b: Buffer) => void): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  const bytes = Buffer.from(archiveBytes);
  change?.(bytes);
  const file = path.join(dir, path.basename(archive.file));
  writeFileSync(file, bytes);
  copyFileSync(`${archive.file}.prov`, `${file}.prov`);
  return file;
}

it('signing leaves the archive byte for byte as packaged and names its sha256', async () => {
  expect(readFileSync(archive.file).equals(archiveBytes)).toBe(true);
  expect((await packageChart(CHART_DIR, path.join(tmp, 'again'))).sha256).toBe(archive.sha256);
  const { files, metadata } = readProvenance(prov);
  expect(files).toEqual({ [path.basename(archive.file)]: `sha256:${archive.sha256}` });
  expect(metadata).toEqual(YAML.parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')));
  expect(prov).toMatch(/^-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n/);
  expect(prov).not.toContain('PRIVATE KEY');
});

it('the signed text has the shape helm package --sign writes (same metadata, same files block)', async () => {
  const out = path.join(tmp, 'helm-package');
  const r = await runHelm(4, ['package', CHART_DIR, '--sign', '--key', 'llm-router-helm test', '--keyring', key.secring, '-d', out]);
  if (r.code !== 0) throw new Error(r.stderr);
  const helmProv = readFileSync(path.join(out, `${path.basename(archive.file)}.prov`), 'utf8');
  const ours = readProvenance(prov);
  const theirs = readProvenance(helmProv);
  expect(ours.metadata).toEqual(theirs.metadata);
  expect(Object.keys(ours.files)).toEqual(Object.keys(theirs.files));
  // helm packs its own (differently timed) tar, hence a different hash: the reason signChart exists.
  expect(Object.values(theirs.files)[0]).not.toBe(`sha256:${archive.sha256}`);
});

it('provenanceBody refuses what is not a sha256, and the archive Chart.yaml is the one signed', async () => {
  expect(() => provenanceBody('name: x\n', 'x-1.tgz', 'abc')).toThrow(/not a sha256/);
  expect(await archiveChartYaml(archive.file)).toBe(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8'));
});

describe.each(HELM_MAJORS.map((m) => [m] as const))('helm %i', (major) => {
  it('verify accepts our archive with the signer public keyring', async () => {
    const r = await runHelm(major, ['verify', '--keyring', key.pubring, archive.file]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`Signed by: ${key.uid}`);
    expect(r.stdout).toContain(`Chart Hash Verified: sha256:${archive.sha256}`);
  });

  it('template --verify (the check of install --verify) renders the signed archive like the unsigned one', async () => {
    const args = ['template', 'llm-router', '--namespace', 'llm-router', ...defaultValuesFiles().flatMap((f) => ['--values', f])];
    const [verified, plain] = await Promise.all([
      runHelm(major, [...args, archive.file, '--verify', '--keyring', key.pubring]),
      runHelm(major, [...args, archive.file]),
    ]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toBe(plain.stdout);
  });

  it('verify rejects the archive with one byte changed', async () => {
    const file = copySigned(`tampered-${major}`, (b) => {
      b[b.length >> 1]! ^= 0x01;
    });
    const r = await runHelm(major, ['verify', '--keyring', key.pubring, file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/sha256 sum does not match/);
  });

  it('verify and template --verify reject the signature with another key in the keyring', async () => {
    const file = copySigned(`other-key-${major}`);
    const r = await runHelm(major, ['verify', '--keyring', otherKey.pubring, file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown entity/);
    const t = await runHelm(major, [
      'template',
      'x',
      file,
      '--verify',
      '--keyring',
      otherKey.pubring,
      ...defaultValuesFiles().flatMap((f) => ['--values', f]),
    ]);
    expect(t.code).not.toBe(0);
    expect(t.stderr).toMatch(/unknown entity/);
  });
});

it('signs with a passphrase-protected key given a passphrase file, and fails without one', async () => {
  const locked = await makeTestKey('llm-router-helm locked', 'rsa2048', 'correct horse');
  try {
    const file = copySigned('locked');
    await expect(signChart(file, { key: locked.uid, keyring: locked.secring })).rejects.toThrow(/gpg/);
    await signChart(file, { key: locked.uid, keyring: locked.secring, passphraseFile: locked.passphraseFile });
    const r = await runHelm(4, ['verify', '--keyring', locked.pubring, file]);
    expect(r.code).toBe(0);
  } finally {
    await locked.dispose();
  }
});

it('refuses an ed25519 key, whose keyring helm 3 cannot load', async () => {
  const ed = await makeTestKey('llm-router-helm ed25519', 'ed25519');
  try {
    const file = copySigned('ed25519');
    await expect(signChart(file, { key: ed.uid, keyring: ed.secring })).rejects.toThrow(/helm 3 cannot read/);
  } finally {
    await ed.dispose();
  }
});
