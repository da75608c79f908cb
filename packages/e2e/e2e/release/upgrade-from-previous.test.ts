// Upgrading from our own previous release on kind (issue 18): install the newest release older than
// the tree from the archive its record published (packages/chart/releases/<version>/), pushed into the
// local OCI registry like a user's mirror; then, with the user's values file unchanged,
//   1. an upgrade with a values fragment the previous release accepted and this one refuses (an
//      "Upgrading" note's example) is refused naming the path, and nothing of it is applied;
//   2. `helm upgrade` to the tree's chart under load: sent / failed and p50/p99 before, during and
//      after, which workloads rolled, and the model PVC and a marker file in it survive.
// Runs after the chart and migration files (the sequencer orders by path), on the namespace and model
// PVC the chart file's uninstall left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { namesValuePath, previousRelease, pushChart, upgradeNotesFor, type ReleasedFiles } from '@llm-router-helm/chart';
import { phase } from '../../doubles/loadgen/run.js';
import { tryRun } from '../cluster/kind-cluster.js';
import { controllerErrors, underLoad } from '../chart/load.js';
import { TOOLBOX_IMAGE } from '../chart/values.js';
import { signPushedChart, verifyBeforeInstall } from '../chart/verified-chart.js';
import {
  NAMESPACE,
  RELEASE,
  RESTRICTED_CONTAINER,
  e2eValues,
  helm,
  installArgs,
  log,
  prepareStack,
  serviceUrl,
  toolchainOrReason,
  writeValues,
  type Stack,
} from '../chart/stack.js';

const tools = toolchainOrReason();
if (typeof tools === 'string') process.stdout.write(`upgrade-from-previous e2e skipped: ${tools}\n`);
const suite = typeof tools === 'string' ? describe.skip : describe;

const FULLNAME = `${RELEASE}-llm-router`;
const PVC = `${FULLNAME}-router-server-models`;
const MARKER = '.upgrade-marker';
const CONTROLLER = serviceUrl('router-controller', 8084, '/v1/chat/completions');
const LOAD_BODY = {
  model: '',
  messages: [{ role: 'user', content: 'write a python function' }],
  'nim-llm-router': { policy: 'task_router', routing_strategy: 'triton' },
};

suite('upgrading from our previous release (kind)', () => {
  let stack: Stack;
  let previous: ReleasedFiles | undefined;
  let valuesFile: string;
  let installed = false;
  const kubectl = (args: string[]) => stack.cluster.kubectl(args);
  const revision = () =>
    JSON.parse(helm(stack, ['history', RELEASE, '-n', NAMESPACE, '-o', 'json'])).at(-1) as { revision: number; chart: string };
  /** Release pods by component: name list, so a rollout shows as a changed list. */
  const podsByComponent = () => {
    const pods = JSON.parse(kubectl(['-n', NAMESPACE, 'get', 'pod', '-l', `app.kubernetes.io/instance=${RELEASE}`, '-o', 'json']))
      .items as any[];
    const out: Record<string, string[]> = {};
    for (const p of pods) {
      if (p.metadata.deletionTimestamp || !p.metadata.ownerReferences?.some((o: any) => o.kind === 'ReplicaSet')) continue;
      const c = p.metadata.labels['app.kubernetes.io/component'];
      (out[c] ??= []).push(p.metadata.name);
    }
    for (const c of Object.keys(out)) out[c]!.sort();
    return out;
  };
  /** The marker as the router-server container reads it from its model volume (the Triton image has python3). */
  const markerInRouterServer = () => {
    const pod = JSON.parse(
      kubectl(['-n', NAMESPACE, 'get', 'pod', '-l', 'app.kubernetes.io/component=router-server', '-o', 'json']),
    ).items.find((p: any) => p.status.phase === 'Running' && !p.metadata.deletionTimestamp);
    const volume = pod.spec.volumes.find((v: any) => v.persistentVolumeClaim?.claimName === PVC);
    const mount = pod.spec.containers[0].volumeMounts.find((m: any) => m.name === volume?.name);
    if (!mount) throw new Error(`${pod.metadata.name} does not mount ${PVC}`);
    return kubectl([
      '-n',
      NAMESPACE,
      'exec',
      pod.metadata.name,
      '-c',
      pod.spec.containers[0].name,
      '--',
      'python3',
      '-c',
      `print(open('${mount.mountPath}/${MARKER}').read(), end='')`,
    ]);
  };
  /** Writes the marker with a short-lived pod on the GPU node (the PVC is ReadWriteOnce). */
  const writeMarker = (text: string) => {
    const name = 'write-upgrade-marker';
    stack.cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: NAMESPACE },
        spec: {
          restartPolicy: 'Never',
          nodeSelector: { 'kubernetes.io/hostname': stack.gpuNode },
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
          securityContext: { runAsNonRoot: true, runAsUser: 65534, fsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name,
              image: `${TOOLBOX_IMAGE.repository}:${TOOLBOX_IMAGE.tag}`,
              imagePullPolicy: 'IfNotPresent',
              command: ['sh', '-c', `echo -n ${text} > /models/${MARKER}`],
              securityContext: RESTRICTED_CONTAINER,
              resources: { requests: { cpu: '20m', memory: '32Mi' }, limits: { cpu: '200m', memory: '64Mi' } },
              volumeMounts: [{ name: 'models', mountPath: '/models' }],
            },
          ],
          volumes: [{ name: 'models', persistentVolumeClaim: { claimName: PVC } }],
        },
      },
    ]);
    kubectl(['-n', NAMESPACE, 'wait', '--for=jsonpath={.status.phase}=Succeeded', `pod/${name}`, '--timeout=180s']);
    kubectl(['-n', NAMESPACE, 'delete', 'pod', name, '--wait']);
  };

  beforeAll(async () => {
    stack = await prepareStack(tools as Exclude<typeof tools, string>);
    previous = previousRelease(stack.chartVersion);
    if (!previous) {
      log(`no release older than ${stack.chartVersion} in packages/chart/releases: nothing to upgrade from`);
      return;
    }
    // the archive the previous release published, into the same registry as the tree's chart, signed
    // and verified before the install like the tree's (verified-chart.ts)
    const host = stack.registry!.host;
    const pushed = await pushChart({ major: 4, archive: previous.archive, target: `${host}/charts` });
    const publicKey = await signPushedChart(fs.mkdtempSync(path.join(os.tmpdir(), 'previous-release-')), pushed);
    await verifyBeforeInstall(`${host}/charts/llm-router:${previous.record.version}`, publicKey);
    valuesFile = writeValues(e2eValues(), 'e2e-user-values');
    tryRun(stack.helm, ['--kubeconfig', stack.cluster.kubeconfig, 'uninstall', RELEASE, '-n', NAMESPACE, '--wait']);
    const t0 = Date.now();
    helm(stack, installArgs(stack, 'install', valuesFile, previous.record.version));
    log(
      `installed ${previous.record.version} from its recorded archive (sha256 ${previous.record.archive.sha256.slice(0, 12)}…) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    installed = true;
  }, 1_800_000);
  afterAll(async () => {
    if (installed) tryRun(stack.helm, ['--kubeconfig', stack.cluster.kubeconfig, 'uninstall', RELEASE, '-n', NAMESPACE, '--wait']);
    await stack?.registry?.stop();
  });

  it('values the previous release accepted and this one refuses: the upgrade is refused naming the path, nothing applied', () => {
    if (!previous) return;
    const notes = upgradeNotesFor(stack.chartVersion).filter((n) => n.refused);
    if (!notes.length) {
      log(
        `no "Upgrading" note of ${stack.chartVersion} has a refused example: ${previous.record.version} -> ${stack.chartVersion} breaks no values`,
      );
      return;
    }
    const before = { revision: revision(), pods: podsByComponent() };
    for (const note of notes) {
      const fragment = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refused-')), 'fragment.json');
      fs.writeFileSync(fragment, JSON.stringify(note.refused!.values));
      const r = tryRun(stack.helm, [
        '--kubeconfig',
        stack.cluster.kubeconfig,
        ...installArgs(stack, 'upgrade', valuesFile),
        '-f',
        fragment,
      ]);
      const message = (r.stderr || r.stdout).split('\n').find((l) => namesValuePath(l, note.refused!.names)) ?? '';
      log(`upgrade with ${JSON.stringify(note.refused!.values)}: exit ${r.status}; ${message.trim()}`);
      expect(r.status).not.toBe(0);
      expect(message).not.toBe('');
    }
    expect({ revision: revision(), pods: podsByComponent() }).toEqual(before);
    log(`release still at revision ${before.revision.revision} (${before.revision.chart}); no pod replaced`);
  });

  it('helm upgrade to the tree with the same values under load: 0 failed, model PVC and its data kept', async () => {
    if (!previous) return;
    const pvcUid = kubectl(['-n', NAMESPACE, 'get', 'pvc', PVC, '-o', 'jsonpath={.metadata.uid}']);
    const marker = `upgrade-${previous.record.version}-${Date.now()}`;
    writeMarker(marker);
    const podsBefore = podsByComponent();
    let upgrade = { from: 0, to: 0 };
    // 50 requests/s for 60 s: 3,000 requests, the upgrade starting after about 8 s of steady load
    const summary = await underLoad(
      stack.cluster,
      { name: 'upgrade-from-previous', url: CONTROLLER, body: LOAD_BODY, seconds: 60, rps: 50 },
      () => {
        const from = Date.now();
        helm(stack, installArgs(stack, 'upgrade', valuesFile));
        for (const d of ['router-controller', 'router-server'])
          kubectl(['-n', NAMESPACE, 'rollout', 'status', `deployment/${FULLNAME}-${d}`, '--timeout=300s']);
        upgrade = { from, to: Date.now() };
      },
    );
    const podsAfter = podsByComponent();
    const rolled = Object.keys({ ...podsBefore, ...podsAfter }).filter(
      (c) => JSON.stringify(podsBefore[c]) !== JSON.stringify(podsAfter[c]),
    );
    const at = (epoch: number) => epoch - summary.started_epoch_ms;
    const phases = {
      before: phase(summary.requests, 0, at(upgrade.from)),
      during: phase(summary.requests, at(upgrade.from), at(upgrade.to)),
      after: phase(summary.requests, at(upgrade.to), Number.MAX_SAFE_INTEGER),
    };
    log(
      `${previous.record.version} -> ${stack.chartVersion} under load: sent ${summary.sent} at 50/s, failed ${summary.failed}, statuses ${JSON.stringify(summary.statuses)}`,
    );
    for (const [name, p] of Object.entries(phases))
      log(`  ${name}: sent ${p.sent}, failed ${p.failed}, p50 ${p.p50_ms} ms, p99 ${p.p99_ms} ms`);
    log(
      `  helm upgrade --wait took ${((upgrade.to - upgrade.from) / 1000).toFixed(1)} s; workloads rolled: ${rolled.length ? rolled.join(', ') : 'none'}`,
    );
    if (summary.failed > 0) log(`controller errors:\n${controllerErrors(stack.cluster, NAMESPACE).join('\n')}`);
    const { revision: rev, chart } = revision();
    log(
      `  release at revision ${rev} (${chart}); model PVC uid ${pvcUid === kubectl(['-n', NAMESPACE, 'get', 'pvc', PVC, '-o', 'jsonpath={.metadata.uid}']) ? 'unchanged' : 'CHANGED'}`,
    );
    expect(chart).toBe(`llm-router-${stack.chartVersion}`);
    expect(summary.statuses).toEqual({ '200': summary.sent });
    expect(phases.before.sent).toBeGreaterThan(0);
    expect(kubectl(['-n', NAMESPACE, 'get', 'pvc', PVC, '-o', 'jsonpath={.metadata.uid} {.status.phase}'])).toBe(`${pvcUid} Bound`);
    expect(markerInRouterServer()).toBe(marker);
  }, 900_000);
});
