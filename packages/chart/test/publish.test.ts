// Publishing against a real OCI registry (docker-registry on 127.0.0.1): push with each helm
// major, then pull and template from oci:// with both, and compare helm's digest with the
// registry's own. Skips (loudly) only outside CI when the registry binary is missing.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  HELM_MAJORS,
  type HelmMajor,
  type HelmResult,
  helmTemplate,
  KUBE_VERSION,
  type LocalRegistry,
  registryBinary,
  runHelm,
  startLocalRegistry,
} from '@llm-router-helm/kube-testkit';
import { packageChart, type ChartArchive } from '../src/package-chart.js';
import { assertProvenanceMatches, isLoopback, normaliseTarget, parseDigest, pushChart } from '../src/publish-chart.js';
import { CHART_DIR, chartExists, defaultValuesFiles } from '../src/scenarios.js';
import { signChart } from '../src/sign-chart.js';
import { makeTestKey, type TestKey } from './test-keys.js';

jest.setTimeout(180_000);

function expectOk(r: HelmResult): void {
  if (r.code !== 0) throw new Error(`helm failed (exit ${r.code}):\n${r.stderr}`);
}

const bin = registryBinary();
if (!bin && process.env.CI) throw new Error('CI must run the OCI publish test: apt-get install -y docker-registry');
if (!bin) console.warn('SKIPPED publish tests: docker-registry not found (apt-get install -y docker-registry)');
const describeWithRegistry = bin ? describe : describe.skip;

it('targets: oci:// prefix and slashes normalised, plain HTTP only for loopback', () => {
  expect(normaliseTarget('oci://127.0.0.1:5000/', '/charts/')).toBe('127.0.0.1:5000/charts');
  expect(() => normaliseTarget('')).toThrow(/registry is empty/);
  expect(isLoopback('127.0.0.1:5000/charts')).toBe(true);
  expect(isLoopback('localhost:5000')).toBe(true);
  expect(isLoopback('[::1]:5000')).toBe(true);
  expect(isLoopback('registry.example.com/charts')).toBe(false);
  expect(parseDigest(`Pushed: x\nDigest: sha256:${'a'.repeat(64)}\n`)).toBe(`sha256:${'a'.repeat(64)}`);
});

describeWithRegistry('OCI registry round trip', () => {
  let registry: LocalRegistry;
  let archive: ChartArchive;
  let tmp: string;
  let expectedRender: string;
  const pushed = new Map<HelmMajor, { ref: string; digest: string }>();
  const repoFor = (major: HelmMajor) => `charts/helm${major}`;

  beforeAll(async () => {
    if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-publish-test-'));
    registry = await startLocalRegistry();
    archive = await packageChart(CHART_DIR, path.join(tmp, 'dist'));
    const r = await helmTemplate(4, CHART_DIR, defaultValuesFiles());
    expectOk(r);
    expectedRender = r.stdout;
  });
  afterAll(async () => {
    await registry?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each(HELM_MAJORS.map((m) => [m] as const))('helm %i push: digest equals the registry manifest digest', async (major) => {
    const result = await pushChart({ major, archive: archive.file, target: `${registry.host}/${repoFor(major)}` });
    expect(result.ref).toBe(`oci://${registry.host}/${repoFor(major)}/${archive.name}:${archive.version}`);
    const manifest = await registry.manifest(`${repoFor(major)}/${archive.name}`, archive.version);
    expect(manifest.digest).toBe(result.digest);
    expect(`sha256:${createHash('sha256').update(manifest.body).digest('hex')}`).toBe(result.digest);
    // The chart layer is our archive, byte for byte.
    const layers = (JSON.parse(manifest.body) as { layers: { mediaType: string; digest: string }[] }).layers;
    const chartLayer = layers.find((l) => l.mediaType === 'application/vnd.cncf.helm.chart.content.v1.tar+gzip');
    expect(chartLayer?.digest).toBe(`sha256:${archive.sha256}`);
    pushed.set(major, result);
  });

  // Every helm major pulls and templates what every major pushed.
  describe.each(HELM_MAJORS.map((m) => [m] as const))('helm %i from oci://', (reader) => {
    it.each(HELM_MAJORS.map((m) => [m] as const))('pulls the helm %i push: same digest, same bytes', async (writer) => {
      const p = pushed.get(writer);
      if (!p) throw new Error(`helm ${writer} push did not succeed`);
      const dest = mkdtempSync(path.join(tmp, 'pull-'));
      const ociRef = `oci://${registry.host}/${repoFor(writer)}/${archive.name}`;
      const r = await runHelm(reader, ['pull', ociRef, '--version', archive.version, '--plain-http', '--destination', dest]);
      expectOk(r);
      expect(parseDigest(`${r.stdout}${r.stderr}`)).toBe(p.digest);
      const got = readFileSync(path.join(dest, `${archive.name}-${archive.version}.tgz`));
      expect(createHash('sha256').update(got).digest('hex')).toBe(archive.sha256);
    });

    it.each(HELM_MAJORS.map((m) => [m] as const))('templates the helm %i push like the chart directory', async (writer) => {
      const ociRef = `oci://${registry.host}/${repoFor(writer)}/${archive.name}`;
      const r = await runHelm(reader, [
        'template',
        'llm-router',
        ociRef,
        '--version',
        archive.version,
        '--plain-http',
        '--namespace',
        'llm-router',
        '--kube-version',
        KUBE_VERSION,
        ...defaultValuesFiles().flatMap((f) => ['--values', f]),
      ]);
      expectOk(r);
      expect(r.stdout).toBe(expectedRender);
    });
  });
});

it('refuses to push a .prov that signs other bytes than the archive', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-router-stale-prov-'));
  const key = await makeTestKey('llm-router-helm publish test');
  try {
    const archive = await packageChart(CHART_DIR, dir);
    await signChart(archive.file, { key: key.uid, keyring: key.secring });
    await expect(assertProvenanceMatches(archive.file)).resolves.toBeUndefined();
    writeFileSync(archive.file, Buffer.concat([readFileSync(archive.file), Buffer.from([0])]));
    await expect(pushChart({ major: 4, archive: archive.file, target: '127.0.0.1:1/charts' })).rejects.toThrow(
      /sign it again or remove the \.prov/,
    );
    // Packaging again drops the stale .prov instead of leaving it next to new bytes.
    await packageChart(CHART_DIR, dir);
    expect(() => readFileSync(`${archive.file}.prov`)).toThrow(/ENOENT/);
  } finally {
    await key.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

describeWithRegistry('signed chart through the OCI registry', () => {
  let registry: LocalRegistry;
  let tmp: string;
  let key: TestKey;
  let otherKey: TestKey;
  let archive: ChartArchive;
  let provSha: string;
  const repoFor = (major: HelmMajor) => `signed/helm${major}`;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-publish-signed-'));
    [registry, key, otherKey] = await Promise.all([
      startLocalRegistry(),
      makeTestKey('llm-router-helm publish test'),
      makeTestKey('someone else'),
    ]);
    archive = await packageChart(CHART_DIR, path.join(tmp, 'dist'));
    const sig = await signChart(archive.file, { key: key.uid, keyring: key.secring });
    provSha = createHash('sha256').update(readFileSync(sig.file)).digest('hex');
  });
  afterAll(async () => {
    await Promise.all([registry?.stop(), key?.dispose(), otherKey?.dispose()]);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each(HELM_MAJORS.map((m) => [m] as const))('helm %i push uploads the .prov; the chart layer is still our archive', async (major) => {
    await pushChart({ major, archive: archive.file, target: `${registry.host}/${repoFor(major)}` });
    const manifest = await registry.manifest(`${repoFor(major)}/${archive.name}`, archive.version);
    const layers = (JSON.parse(manifest.body) as { layers: { mediaType: string; digest: string }[] }).layers;
    expect(layers.find((l) => l.mediaType === 'application/vnd.cncf.helm.chart.content.v1.tar+gzip')?.digest).toBe(
      `sha256:${archive.sha256}`,
    );
    expect(layers.find((l) => l.mediaType === 'application/vnd.cncf.helm.chart.provenance.v1.prov')?.digest).toBe(`sha256:${provSha}`);
  });

  describe.each(HELM_MAJORS.map((m) => [m] as const))('helm %i pull --verify', (reader) => {
    it.each(HELM_MAJORS.map((m) => [m] as const))(
      'accepts the helm %i push with the signer keyring, refuses another key',
      async (writer) => {
        const ociRef = `oci://${registry.host}/${repoFor(writer)}/${archive.name}`;
        const pull = (keyring: string, dest: string) =>
          runHelm(reader, [
            'pull',
            ociRef,
            '--version',
            archive.version,
            '--plain-http',
            '--verify',
            '--keyring',
            keyring,
            '--destination',
            dest,
          ]);
        const dest = path.join(tmp, `pull-${reader}-${writer}`);
        mkdirSync(dest);
        const ok = await pull(key.pubring, dest);
        expectOk(ok);
        expect(`${ok.stdout}${ok.stderr}`).toContain(`Chart Hash Verified: sha256:${archive.sha256}`);
        // The signature is kept next to the pulled archive, for a later `helm verify`.
        expect(readFileSync(path.join(dest, `${path.basename(archive.file)}.prov`), 'utf8')).toBe(
          readFileSync(`${archive.file}.prov`, 'utf8'),
        );
        const otherDest = path.join(tmp, `pull-other-${reader}-${writer}`);
        mkdirSync(otherDest);
        const bad = await pull(otherKey.pubring, otherDest);
        expect(bad.code).not.toBe(0);
        expect(bad.stderr).toMatch(/unknown entity/);
      },
    );
  });
});
