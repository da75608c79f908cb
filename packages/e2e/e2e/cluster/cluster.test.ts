// Cluster checks: the offline-built (or stock) kind node image gives a working cluster.
// Runs before the chart e2e tests (see jest.e2e.config.cjs); skips with one line without a toolchain.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KindCluster, lines, run } from './kind-cluster.js';
import { loadToolchain } from './toolchain.js';

const tools = loadToolchain();
const NS = 'cluster-check';
const CLUSTER = 'llm-router-e2e-check';
const fixtureDir = join(__dirname, '../../fixtures/cluster/hello');

if (typeof tools === 'string') {
  console.log(`cluster checks skipped: ${tools}`);
}
const describeIfToolchain = typeof tools === 'string' ? describe.skip : describe;

/** Builds the fixture image (static Go binary on an empty image), tagged by source hash. */
function buildFixtureImage(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(fixtureDir).sort()) hash.update(f).update(readFileSync(join(fixtureDir, f)));
  const image = `llm-router-e2e/cluster-hello:${hash.digest('hex').slice(0, 12)}`;
  const ctx = mkdtempSync(join(tmpdir(), 'cluster-hello-'));
  try {
    // static and cgo-free, so it runs on an empty image
    execFileSync('go', ['build', '-trimpath', '-ldflags', '-s -w', '-o', join(ctx, 'cluster-hello'), '.'], {
      cwd: fixtureDir,
      env: { ...process.env, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 300_000,
    });
    run('cp', [join(fixtureDir, 'Dockerfile'), join(ctx, 'Dockerfile')]);
    run('docker', ['build', '-q', '-t', image, ctx]);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
  return image;
}

function pod(name: string, image: string, args: string[], labels: Record<string, string> = {}, extra: object = {}): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: NS, labels: { 'cluster-check': 'client', ...labels } },
    spec: {
      restartPolicy: 'Never',
      containers: [{ name: 'main', image, imagePullPolicy: 'IfNotPresent', args }],
      ...extra,
    },
  };
}

describeIfToolchain('kind cluster from the bootstrap node image', () => {
  const tc = tools as Exclude<typeof tools, string>;
  const cluster = new KindCluster(tc, CLUSTER);
  let image = '';

  /** Runs a one-shot client pod until it succeeds or fails; returns its phase and log. */
  function runClient(name: string, args: string[], labels: Record<string, string> = {}, extra: object = {}) {
    cluster.apply([pod(name, image, args, labels, extra)]);
    let phase = '';
    for (const deadline = Date.now() + 150_000; Date.now() < deadline;) {
      phase = cluster.kubectl(['-n', NS, 'get', `pod/${name}`, '-o', 'jsonpath={.status.phase}']);
      if (phase === 'Succeeded' || phase === 'Failed') break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000); // sleep 1 s
    }
    const logs = cluster.tryKubectl(['-n', NS, 'logs', name]);
    return { succeeded: phase === 'Succeeded', phase, log: logs.stdout + logs.stderr };
  }

  beforeAll(() => {
    cluster.delete(); // a leftover from an interrupted run
    const t0 = Date.now();
    cluster.create(2);
    console.log(`kind cluster ${CLUSTER} created from ${tc.nodeImage} in ${Math.round((Date.now() - t0) / 1000)} s`);
    image = buildFixtureImage();
    cluster.loadImage(image);
    cluster.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } }]);
  }, 1_200_000);

  afterAll(() => {
    cluster.delete();
  }, 300_000);

  test('one control plane and two workers become Ready', () => {
    cluster.kubectl(['wait', 'node', '--all', '--for=condition=Ready', '--timeout=180s'], undefined, 200_000);
    const nodes = JSON.parse(cluster.kubectl(['get', 'nodes', '-o', 'json'])) as {
      items: { metadata: { labels: Record<string, string> }; status: { nodeInfo: { kubeletVersion: string } } }[];
    };
    expect(nodes.items).toHaveLength(3);
    const controlPlanes = nodes.items.filter((n) => 'node-role.kubernetes.io/control-plane' in n.metadata.labels);
    expect(controlPlanes).toHaveLength(1);
    for (const n of nodes.items) expect(n.status.nodeInfo.kubeletVersion).toBe(tc.kubernetesVersion);
    cluster.kubectl(['-n', 'kube-system', 'wait', 'pod', '--all', '--for=condition=Ready', '--timeout=180s'], undefined, 200_000);
  }, 400_000);

  test('a locally built image serves HTTP through a ClusterIP Service, and CoreDNS resolves its name', () => {
    cluster.apply([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'hello', namespace: NS },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'hello' } },
          template: {
            metadata: { labels: { app: 'hello' } },
            spec: {
              containers: [
                {
                  name: 'hello',
                  image,
                  imagePullPolicy: 'IfNotPresent',
                  args: ['serve'],
                  ports: [{ containerPort: 8080 }],
                  readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 2 },
                },
              ],
            },
          },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'hello', namespace: NS },
        spec: { type: 'ClusterIP', selector: { app: 'hello' }, ports: [{ port: 80, targetPort: 8080 }] },
      },
    ]);
    cluster.kubectl(['-n', NS, 'rollout', 'status', 'deploy/hello', '--timeout=180s'], undefined, 200_000);
    const clusterIP = cluster.kubectl(['-n', NS, 'get', 'svc/hello', '-o', 'jsonpath={.spec.clusterIP}']);

    const dns = runClient('dns-lookup', ['lookup', `hello.${NS}.svc.cluster.local`]);
    expect(dns).toMatchObject({ succeeded: true });
    expect(lines(dns.log)).toContain(clusterIP);

    const http = runClient('http-get', ['get', `http://hello.${NS}.svc.cluster.local/`, '5']);
    expect(http).toMatchObject({ succeeded: true });
    expect(http.log).toMatch(/^hello from hello-/);
  }, 400_000);

  test('a NetworkPolicy blocks a client that is not allowed and lets an allowed one through', () => {
    cluster.apply([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'hello-allow-labelled', namespace: NS },
        spec: {
          podSelector: { matchLabels: { app: 'hello' } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ podSelector: { matchLabels: { access: 'allowed' } } }], ports: [{ port: 8080 }] }],
        },
      },
    ]);
    const url = `http://hello.${NS}.svc.cluster.local/`;
    // allowed first, retrying while the engine learns the new pod's IP; then the denied client
    // must fail every one of its tries
    const allowed = runClient('np-allowed', ['get', url, '30'], { access: 'allowed' });
    const denied = runClient('np-denied', ['get', url, '3'], { access: 'denied' });
    expect({ allowed: allowed.succeeded, denied: denied.succeeded }).toEqual({ allowed: true, denied: false });
    // the denied client failed at the connection (dropped or rejected), not at name resolution
    expect(denied.log).toMatch(/Client\.Timeout|deadline exceeded|timeout|connection refused/i);
    expect(denied.log).not.toMatch(/no such host|server misbehaving/);
  }, 400_000);

  test('a PersistentVolumeClaim binds through local-path and a pod writes to it', () => {
    cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data', namespace: NS },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '16Mi' } } },
      },
    ]);
    const writer = runClient(
      'pvc-writer',
      ['write', '/data/check'],
      {},
      {
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }],
        containers: [
          {
            name: 'main',
            image,
            imagePullPolicy: 'IfNotPresent',
            args: ['write', '/data/check'],
            volumeMounts: [{ name: 'data', mountPath: '/data' }],
          },
        ],
      },
    );
    expect(writer).toMatchObject({ succeeded: true });
    expect(cluster.kubectl(['-n', NS, 'get', 'pvc/data', '-o', 'jsonpath={.status.phase}'])).toBe('Bound');
    expect(cluster.kubectl(['get', 'storageclass', 'standard', '-o', 'jsonpath={.provisioner}'])).toBe('rancher.io/local-path');
  }, 400_000);

  test('kind delete cluster leaves no containers, networks or volumes behind', () => {
    // what this cluster's nodes use (other clusters may run at the same time, so no global diff)
    const used = cluster.dockerResources();
    expect(used.containers).toHaveLength(3);
    expect(used.volumes.length).toBeGreaterThan(0);
    cluster.delete();
    expect(cluster.containers()).toEqual([]);
    const volumes = lines(execFileSync('docker', ['volume', 'ls', '-q'], { encoding: 'utf8' }));
    expect(used.volumes.filter((v) => volumes.includes(v))).toEqual([]);
    // kind keeps its shared "kind" bridge network for all clusters by design; none of our nodes stay on it
    for (const net of used.networks) {
      const r = spawnSync('docker', ['network', 'inspect', net, '-f', '{{range .Containers}}{{.Name}} {{end}}'], { encoding: 'utf8' });
      if (r.status !== 0) continue; // removed
      expect(net).toBe('kind');
      expect(lines(r.stdout.replace(/ /g, '\n')).filter((n) => n.startsWith(`${CLUSTER}-`))).toEqual([]);
    }
  }, 300_000);
});
