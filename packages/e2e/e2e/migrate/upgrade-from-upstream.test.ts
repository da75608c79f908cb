// Moving a release of NVIDIA's upstream chart to this chart on kind, as the chart README's
// "Moving from the upstream chart" tells users to: install the upstream chart (read from the
// reference copy, images overridden to the test images: the real Triton with the stand-in models and
// the doubles), put a marker file into its model PVC, send traffic, then follow the documented
// procedure under load, and finally try `helm rollback` (issue 13).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateUpstreamValuesText } from '@llm-router-helm/values-schema';
import { IMAGE_REPOSITORY_PREFIX, imageRef, imageTag } from '../../images/definitions.js';
import { lines, tryRun } from '../cluster/kind-cluster.js';
import { phase } from '../../doubles/loadgen/run.js';
import { controllerErrors, underLoad } from '../chart/load.js';
import { LLM_NAMESPACE, LLM_PORT, LLM_SERVICE, TASK_MODELS, TOOLBOX_IMAGE } from '../chart/values.js';
import {
  CLIENT_NAMESPACE,
  RESTRICTED_CONTAINER,
  helm,
  log,
  prepareStack,
  toolchainOrReason,
  wgetFrom,
  type Stack,
} from '../chart/stack.js';

const UPSTREAM = process.env.LLM_ROUTER_UPSTREAM_CHART ?? '/work/shared/reference/upstream-chart/llm-router';
const tools = toolchainOrReason();
const reason =
  typeof tools === 'string'
    ? tools
    : fs.existsSync(path.join(UPSTREAM, 'Chart.yaml'))
      ? null
      : `no upstream chart at ${UPSTREAM} (LLM_ROUTER_UPSTREAM_CHART)`;
if (reason) process.stdout.write(`upstream migration e2e skipped: ${reason}\n`);
const suite = reason ? describe.skip : describe;

const NS = 'e2e-migrate';
const RELEASE = 'mig';
const FULLNAME = `${RELEASE}-llm-router`;
const PVC = `${FULLNAME}-router-server-model-repo`;
const CONTROLLER = `http://${FULLNAME}-router-controller.${NS}.svc.cluster.local:8084`;
const MARKER = '.migration-marker';
const CPU = { requests: { cpu: '20m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } };
/** The helm.sh/chart labels cannot tell the charts apart (both may be llm-router-<version>); only ours sets app.kubernetes.io/part-of. */
const ours = (o: { metadata: { labels?: Record<string, string> } }) => o.metadata.labels?.['app.kubernetes.io/part-of'] === 'llm-router';
const chat = (text: string) => ({
  model: '',
  messages: [{ role: 'user', content: text }],
  'nim-llm-router': { policy: 'task_router', routing_strategy: 'triton' },
});

/**
 * Upstream values a user of the test images would write: images (upstream's bare `router-server` would
 * be docker.io/library/router-server, which does not exist offline), one router-server, small
 * resources, the LLM API.
 */
function upstreamValues(): Record<string, unknown> {
  const image = (name: string) => ({ repository: `${IMAGE_REPOSITORY_PREFIX}/${name}`, tag: imageTag(name), pullPolicy: 'IfNotPresent' });
  return {
    // upstream has no per-component tolerations: the chart-wide list reaches every pod
    tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
    routerServer: {
      image: image('mock-triton'),
      replicas: 1,
      // the real tritonserver with six Python-backend models: what the chart e2e gives it (e2e/chart/values.ts)
      resources: {
        requests: { cpu: '100m', memory: '256Mi', 'nvidia.com/gpu': 1 },
        limits: { cpu: '2', memory: '1Gi', 'nvidia.com/gpu': 1 },
      },
    },
    routerController: {
      image: image('router-controller'),
      resources: CPU,
      config: { apiBase: `http://${LLM_SERVICE}.${LLM_NAMESPACE}.svc.cluster.local:${LLM_PORT}` },
    },
  };
}

suite('moving an upstream release to this chart (kind)', () => {
  let stack: Stack;
  let dir: string;
  let gpus = 1;
  const kubectl = (args: string[], timeoutMs?: number) => stack.cluster.kubectl(args, undefined, timeoutMs);
  const fromClient = (url: string, body?: unknown) =>
    wgetFrom(stack.cluster, CLIENT_NAMESPACE, 'client', url, body === undefined ? {} : { body });
  const routingTable = () => {
    const r = fromClient(`${CONTROLLER}/config`);
    expect(r.status).toBe(200);
    return r.body;
  };
  const setGpus = (n: number) => {
    kubectl([
      'patch',
      'node',
      stack.gpuNode,
      '--subresource=status',
      '--type=json',
      '-p',
      JSON.stringify([
        { op: 'replace', path: '/status/capacity/nvidia.com~1gpu', value: String(n) },
        { op: 'replace', path: '/status/allocatable/nvidia.com~1gpu', value: String(n) },
      ]),
    ]);
    gpus = n;
  };
  /** A pod on the GPU node with the model PVC mounted at /model_repository. */
  const volumePod = (name: string, image: string, command: string[]) => {
    stack.cluster.tryKubectl(['-n', NS, 'delete', 'pod', name, '--ignore-not-found', '--wait']);
    stack.cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: NS },
        spec: {
          restartPolicy: 'Never',
          nodeSelector: { 'kubernetes.io/hostname': stack.gpuNode },
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
          securityContext: { runAsNonRoot: true, runAsUser: 65534, fsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name,
              image,
              imagePullPolicy: 'IfNotPresent',
              command,
              securityContext: RESTRICTED_CONTAINER,
              resources: CPU,
              volumeMounts: [{ name: 'models', mountPath: '/model_repository' }],
            },
          ],
          volumes: [{ name: 'models', persistentVolumeClaim: { claimName: PVC } }],
        },
      },
    ]);
    kubectl(['-n', NS, 'wait', '--for=jsonpath={.status.phase}=Succeeded', `pod/${name}`, '--timeout=180s']);
    const out = kubectl(['-n', NS, 'logs', name]);
    kubectl(['-n', NS, 'delete', 'pod', name, '--wait']);
    return out;
  };
  /**
   * The marker as the router-server container itself sees it, where that container mounts the model
   * volume (the Triton image has bash and python3, no cat).
   */
  const markerInRouterServer = () => {
    const pods = JSON.parse(kubectl(['-n', NS, 'get', 'pod', '-l', 'app.kubernetes.io/component=router-server', '-o', 'json']))
      .items as any[];
    const pod = pods.find((p) => p.status.phase === 'Running' && !p.metadata.deletionTimestamp);
    if (!pod) throw new Error(`no running router-server pod (${pods.map((p) => `${p.metadata.name} ${p.status.phase}`).join(', ')})`);
    const container = pod.spec.containers.find((c: any) => c.name === 'router-server');
    const volume = pod.spec.volumes.find((v: any) => v.persistentVolumeClaim?.claimName === PVC);
    const mount = container?.volumeMounts?.find((m: any) => m.name === volume?.name);
    if (!mount) throw new Error(`${pod.metadata.name} does not mount ${PVC}`);
    const file = `${mount.mountPath}/${MARKER}`;
    for (const cmd of [
      ['bash', '-c', `printf %s "$(<'${file}')"`],
      ['python3', '-c', `print(open('${file}').read(), end='')`],
    ]) {
      const r = stack.cluster.tryKubectl(['-n', NS, 'exec', pod.metadata.name, '-c', 'router-server', '--', ...cmd]);
      if (r.status === 0) return { pod: pod.metadata.name as string, file, marker: r.stdout };
    }
    throw new Error(`cannot read ${file} in ${pod.metadata.name}`);
  };
  const controllerPods = () =>
    lines(
      kubectl([
        '-n',
        NS,
        'get',
        'pod',
        '-l',
        'app.kubernetes.io/component=router-controller',
        '-o',
        'jsonpath={range .items[*]}{.metadata.name}{"\\n"}{end}',
      ]),
    );

  beforeAll(async () => {
    stack = await prepareStack(tools as Exclude<typeof tools, string>);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-router-migrate-'));
    // one GPU for the running router-server and a spare one for the rollout's surge pod
    setGpus(2);
    tryRun(stack.helm, ['--kubeconfig', stack.cluster.kubeconfig, 'uninstall', RELEASE, '-n', NS, '--wait']);
    stack.cluster.tryKubectl(['delete', 'namespace', NS, '--wait', '--timeout=180s']);
    stack.cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: NS,
          labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' },
        },
      },
    ]);
    // the Secret as upstream's README has users create it
    kubectl(['-n', NS, 'create', 'secret', 'generic', 'llm-api-keys', `--from-literal=nvidia_api_key=${stack.apiKey}`]);
  }, 1_800_000);
  afterAll(async () => {
    if (stack) {
      tryRun(stack.helm, ['--kubeconfig', stack.cluster.kubeconfig, 'uninstall', RELEASE, '-n', NS, '--wait']);
      stack.cluster.tryKubectl(['delete', 'namespace', NS, '--wait', '--timeout=180s']);
      if (gpus !== 1) setGpus(1);
      await stack.registry?.stop();
    }
  });

  let tableBefore = '';
  let expectedMarker = '';
  let upstreamRevision = 0;
  let upstreamValuesFile = '';

  it('1. installs the upstream chart, fills its model PVC (models + a marker file) and routes traffic', async () => {
    upstreamValuesFile = path.join(dir, 'upstream-install.json');
    fs.writeFileSync(upstreamValuesFile, JSON.stringify(upstreamValues(), null, 2));
    const t0 = Date.now();
    helm(stack, ['install', RELEASE, UPSTREAM, '-n', NS, '-f', upstreamValuesFile, '--wait', '--timeout', '6m']);
    log(`upstream chart installed and ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // upstream creates the PVC empty; fill it as a user would, then restart Triton to load the models
    volumePod('seed-models', imageRef('mock-triton'), ['seed-model-repository', '/model_repository']);
    expectedMarker = `migrated-${stack.apiKey.slice(-8)}-${Date.now()}`;
    volumePod('write-marker', `${TOOLBOX_IMAGE.repository}:${TOOLBOX_IMAGE.tag}`, [
      'sh',
      '-c',
      `echo -n ${expectedMarker} > /model_repository/${MARKER} && ls -A /model_repository`,
    ]);
    kubectl(['-n', NS, 'rollout', 'restart', `deployment/${FULLNAME}-router-server`]);
    kubectl(['-n', NS, 'rollout', 'status', `deployment/${FULLNAME}-router-server`, '--timeout=300s']);
    // upstream's router-server has no preStop: its old pod stops listening at SIGTERM while endpoints
    // may still point at it, so the first requests after the restart can fail; that is upstream's
    // behaviour, before the migration under test, and is printed rather than judged
    const failedFirst: number[] = [];
    let r = fromClient(`${CONTROLLER}/v1/chat/completions`, chat('Write a python function'));
    for (const end = Date.now() + 60_000; r.status !== 200 && Date.now() < end;) {
      failedFirst.push(r.status);
      await new Promise((done) => setTimeout(done, 2000));
      r = fromClient(`${CONTROLLER}/v1/chat/completions`, chat('Write a python function'));
    }
    if (failedFirst.length > 0)
      log(`upstream after its router-server restart: ${failedFirst.length} request(s) failed first (HTTP ${failedFirst.join(', ')})`);
    expect([r.status, r.headers['x-chosen-classifier'], r.status === 200 ? JSON.parse(r.body).model : r.body]).toEqual([
      200,
      'Code Generation',
      TASK_MODELS['Code Generation'],
    ]);
    expect(markerInRouterServer().marker).toBe(expectedMarker);
    tableBefore = routingTable();
    upstreamRevision = Number(JSON.parse(helm(stack, ['history', RELEASE, '-n', NS, '-o', 'json'])).at(-1).revision);
  }, 900_000);

  it('2. follows the README procedure: migrate, keep the PVC, upgrade from the OCI registry under load', async () => {
    // 1. record what runs now (the user-supplied values, as `helm get values` returns them)
    const recorded = path.join(dir, 'upstream-values.yaml');
    fs.writeFileSync(recorded, helm(stack, ['get', 'values', RELEASE, '-n', NS, '-o', 'yaml']));
    // 2. convert, through the CLI the README names
    const converted = path.join(dir, 'values.yaml');
    const cli = path.resolve(__dirname, '..', '..', '..', 'values-schema', 'src', 'cli.ts');
    const report = tryRun('npx', ['tsx', cli, 'migrate', '--release', RELEASE, '--namespace', NS, '--output', converted, recorded]);
    log(`llm-router-values migrate: exit ${report.status}\n${report.stderr.split('\nEvery upstream key:')[0]}`);
    expect(report.status).toBe(0);
    const migrated = migrateUpstreamValuesText(fs.readFileSync(recorded, 'utf8'), { release: RELEASE, namespace: NS });
    expect(migrated.modelPvc).toBe(PVC);
    expect(migrated.secrets).toEqual([]);
    // helm test pods need an image that exists offline (the doubles' toolbox); nothing else is overridden
    const testImage = path.join(dir, 'e2e-test-image.json');
    fs.writeFileSync(testImage, JSON.stringify({ tests: { image: { ...TOOLBOX_IMAGE, pullPolicy: 'IfNotPresent' } } }));
    const pvcUid = kubectl(['-n', NS, 'get', 'pvc', PVC, '-o', 'jsonpath={.metadata.uid}']);
    // 3. keep the model PVC
    kubectl(['-n', NS, 'annotate', 'pvc', PVC, 'helm.sh/resource-policy=keep', '--overwrite']);
    const upgrade = [
      'upgrade',
      RELEASE,
      stack.chartRef,
      '--version',
      stack.chartVersion,
      '--plain-http',
      '-n',
      NS,
      '-f',
      converted,
      '-f',
      testImage,
    ];
    // 4. preview
    helm(stack, [...upgrade, '--dry-run=server']);
    // 5. the upgrade, under load
    const before = controllerPods();
    let window = { from: 0, to: 0 };
    // 180 s at 10/s: long enough to cover the whole upgrade (the surge router-server loads six models)
    const summary = await underLoad(
      stack.cluster,
      { name: 'migrate-load', url: `${CONTROLLER}/v1/chat/completions`, body: chat('write a python function'), seconds: 180, rps: 10 },
      () => {
        const from = Date.now();
        helm(stack, [...upgrade, '--wait', '--timeout', '10m']);
        window = { from, to: Date.now() };
      },
    );
    const at = (epoch: number) => epoch - summary.started_epoch_ms;
    const b = phase(summary.requests, 0, at(window.from));
    const d = phase(summary.requests, at(window.from), at(window.to));
    const a = phase(summary.requests, at(window.to), Number.MAX_SAFE_INTEGER);
    log(`helm upgrade to this chart (--wait): ${((window.to - window.from) / 1000).toFixed(1)} s`);
    log(
      `upgrade under load: sent ${summary.sent}, FAILED ${summary.failed}, p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms, statuses ${JSON.stringify(summary.statuses)}`,
    );
    log(
      `before: sent ${b.sent}, failed ${b.failed}, p50 ${b.p50_ms} ms, p99 ${b.p99_ms} ms; during the upgrade: sent ${d.sent}, failed ${d.failed}, p50 ${d.p50_ms} ms, p99 ${d.p99_ms} ms; after: sent ${a.sent}, failed ${a.failed}, p50 ${a.p50_ms} ms, p99 ${a.p99_ms} ms`,
    );
    log(
      `per 5 s window (sent/failed p50/p99): ${summary.windows.map((w) => `${w.start_ms / 1000}s ${w.sent}/${w.failed} ${w.p50_ms}/${w.p99_ms}`).join(' | ')}`,
    );
    if (summary.failed > 0) log(`controller errors:\n${controllerErrors(stack.cluster, NS).join('\n')}`);
    // 6. check: the same PVC (same object, data kept) is what the new router-server mounts
    expect(kubectl(['-n', NS, 'get', 'pvc', PVC, '-o', 'jsonpath={.metadata.uid} {.status.phase}'])).toBe(`${pvcUid} Bound`);
    const server = kubectl(['-n', NS, 'get', 'deployment', `${FULLNAME}-router-server`, '-o', 'json']);
    expect(JSON.parse(server).spec.template.spec.volumes).toEqual(
      expect.arrayContaining([{ name: 'model-repository', persistentVolumeClaim: { claimName: PVC } }]),
    );
    expect(ours(JSON.parse(server))).toBe(true);
    const seen = markerInRouterServer();
    log(
      `marker file in the new router-server pod ${seen.pod}: ${seen.marker === expectedMarker ? 'present, same content' : `DIFFERENT: ${seen.marker}`}`,
    );
    expect(seen.marker).toBe(expectedMarker);
    expect(controllerPods().some((p) => before.includes(p))).toBe(false);
    expect(routingTable()).toBe(tableBefore);
    helm(stack, ['test', RELEASE, '-n', NS, '--timeout', '5m']);
    // the load outlasted the upgrade: every moment of the rollout was under traffic
    expect(a.sent).toBeGreaterThan(0);
    // Target 0. Explained failures: a 503 "Failed to reach Triton server" while the old router-server
    // pod stops - it runs upstream's spec, which has no preStop, so Triton closes its port while the
    // Service still routes to it (the 01:17 CI run: 5 of 1,800). Allowed up to 1% and printed; any
    // other failure fails the test.
    const tritonGone = summary.statuses['503'] ?? 0;
    log(`failed requests: ${summary.failed} (${tritonGone} x 503 while upstream's router-server pod stopped without a preStop)`);
    expect(tritonGone).toBeLessThanOrEqual(Math.ceil(summary.sent / 100));
    expect(summary.failed - tritonGone).toBe(0);
  }, 900_000);

  it('3. helm rollback to the upstream revision: what happens', () => {
    const r = tryRun(
      stack.helm,
      ['--kubeconfig', stack.cluster.kubeconfig, 'rollback', RELEASE, String(upstreamRevision), '-n', NS, '--wait', '--timeout', '10m'],
      undefined,
      900_000,
    );
    log(
      `helm rollback ${RELEASE} ${upstreamRevision}: exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`,
    );
    const history = JSON.parse(helm(stack, ['history', RELEASE, '-n', NS, '-o', 'json'])) as {
      revision: number;
      status: string;
      chart: string;
      description: string;
    }[];
    log(`history: ${history.map((h) => `${h.revision} ${h.chart} ${h.status} (${h.description})`).join(' | ')}`);
    const state = () => {
      const server = JSON.parse(kubectl(['-n', NS, 'get', 'deployment', `${FULLNAME}-router-server`, '-o', 'json']));
      const controller = JSON.parse(kubectl(['-n', NS, 'get', 'deployment', `${FULLNAME}-router-controller`, '-o', 'json']));
      const pvc = kubectl([
        '-n',
        NS,
        'get',
        'pvc',
        PVC,
        '-o',
        'jsonpath={.status.phase} {.metadata.annotations.meta\\.helm\\.sh/release-name}',
      ]);
      let marker: string;
      try {
        const m = markerInRouterServer();
        marker = m.marker === expectedMarker ? `marker present in ${m.pod}` : `marker DIFFERENT in ${m.pod}: ${m.marker}`;
      } catch (err) {
        marker = `marker not readable: ${(err as Error).message}`;
      }
      const table = fromClient(`${CONTROLLER}/config`);
      return `router-server Deployment from ${ours(server) ? 'this chart' : 'the upstream chart'}, router-controller from ${ours(controller) ? 'this chart' : 'the upstream chart'}; PVC ${pvc}; ${marker}; routing table ${table.status === 200 && table.body === tableBefore ? 'unchanged' : `CHANGED (HTTP ${table.status})`}`;
    };
    log(`after helm rollback: ${state()}`);
    if (r.status !== 0) {
      // the README's way back: upstream's chart over the release, which adopts the kept PVC
      const t0 = Date.now();
      const back = tryRun(
        stack.helm,
        [
          '--kubeconfig',
          stack.cluster.kubeconfig,
          'upgrade',
          RELEASE,
          UPSTREAM,
          '-n',
          NS,
          '-f',
          upstreamValuesFile,
          '--wait',
          '--timeout',
          '10m',
        ],
        undefined,
        900_000,
      );
      log(
        `helm upgrade with the upstream chart (README "Going back"): exit ${back.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s ${(back.stderr || '').trim().split('\n').slice(-2).join(' / ')}`,
      );
      log(`after going back: ${state()}`);
      expect(back.status).toBe(0);
    }
    // either way the release ends on the upstream chart with its models and routing table
    expect(ours(JSON.parse(kubectl(['-n', NS, 'get', 'deployment', `${FULLNAME}-router-server`, '-o', 'json'])))).toBe(false);
    expect(markerInRouterServer().marker).toBe(expectedMarker);
    expect(routingTable()).toBe(tableBefore);
    const r2 = fromClient(`${CONTROLLER}/v1/chat/completions`, chat('Write a python function'));
    expect([r2.status, r2.headers['x-chosen-classifier']]).toEqual([200, 'Code Generation']);
  }, 1_800_000);
});
