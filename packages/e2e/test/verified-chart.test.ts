// The e2e's install path (e2e/chart/stack.ts publishChart): the chart is pushed to a local OCI registry,
// cosign-signed with a throw-away key and verified before anything installs it. Run here against the
// local registry alone (no cluster): what it accepts, and that it refuses other bytes under the tag.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageChart, pushChart } from '@llm-router-helm/chart';
import { registryBinary, type LocalRegistry } from '@llm-router-helm/kube-testkit';
import { publishChart } from '../e2e/chart/stack.js';
import { verifyBeforeInstall } from '../e2e/chart/verified-chart.js';

jest.setTimeout(45 * 60_000); // a cold cosign build, when CI's own step did not run first

const CHART_DIR = path.resolve(__dirname, '..', '..', 'chart', 'llm-router');
const bin = registryBinary();
if (!bin && process.env.CI) throw new Error('CI must run this test: apt-get install -y docker-registry');
if (!bin) console.warn('SKIPPED verified-chart tests: docker-registry not found (apt-get install -y docker-registry)');

(bin ? describe : describe.skip)('publishChart: signed, verified before the install', () => {
  let published: Awaited<ReturnType<typeof publishChart>>;
  let registry: LocalRegistry | undefined;
  let tmp: string;
  let tagRef: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-router-verified-chart-'));
    published = await publishChart();
    registry = published.registry;
    tagRef = `${published.ref.replace(/^oci:\/\//, '')}:${published.version}`;
  });
  afterAll(async () => {
    await registry?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the tag the install reads verifies with the run-time public key', async () => {
    expect(published.publicKey).toMatch(/\.pub$/);
    await expect(verifyBeforeInstall(tagRef, published.publicKey)).resolves.toBeUndefined();
  });

  it('other bytes pushed under the same tag afterwards stop the install with a clear message', async () => {
    const copy = path.join(tmp, 'llm-router');
    cpSync(CHART_DIR, copy, { recursive: true });
    appendFileSync(path.join(copy, 'README.md'), '\nnot what was signed\n');
    const archive = await packageChart(copy, path.join(tmp, 'dist'));
    await pushChart({ major: 4, archive: archive.file, target: `${registry!.host}/charts` });
    await expect(verifyBeforeInstall(tagRef, published.publicKey)).rejects.toThrow(
      /^not installing .*: refusing .*no valid cosign signature .*no signatures found/s,
    );
  });
});
