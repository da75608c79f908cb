// The e2e stack on kind: cluster (reused when it exists), a fake GPU worker, the double
// images loaded, namespaces under Pod Security "restricted", the LLM double, the API-key
// Secret made as the README says, and the chart installed from a local OCI registry.
// Shared by the chart e2e tests and `nx run e2e:demo`.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { helmBinary, type LocalRegistry, startLocalRegistry } from '@llm-router-helm/kube-testkit';
import { packageChart, pushChart, readChartMeta } from '@llm-router-helm/chart';
import { TOOLBOX_IMAGE, LLM_NAMESPACE, LLM_PORT, LLM_SERVICE, API_KEY_SECRET, doublesValues, type DoublesOptions } from './values.js';
import { IMAGES, imageRef } from '../../images/definitions.js';
import { KindCluster, lines, run, tryRun } from '../cluster/kind-cluster.js';
import { loadToolchain, type Toolchain } from '../cluster/toolchain.js';
import { signPushedChart, verifyBeforeInstall } from './verified-chart.js';

export const CLUSTER_NAME = process.env.E2E_CLUSTER_NAME ?? 'llm-router-e2e';
export const NAMESPACE = 'llm-router';
export const CLIENT_NAMESPACE = 'e2e-clients';
export const MONITORING_NAMESPACE = 'e2e-monitoring';
export const OUTSIDER_NAMESPACE = 'e2e-outsider';
export const RELEASE = 'e2e';
export const GPU_LABEL = 'nvidia.com/gpu.present';
export const ROLLOUT_TAG = '0.1.0-rollout';
const PKG_DIR = path.resolve(__dirname, '..', '..');
const CHART_DIR = path.resolve(PKG_DIR, '..', 'chart', 'llm-router');

export const log = (msg: string) => process.stdout.write(`[e2e ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** The toolchain, or one line saying why the chart e2e cannot run here. */
export function toolchainOrReason(): Toolchain | string {
  const tools = loadToolchain();
  if (typeof tools === 'string') return tools;
  if (spawnSync('docker', ['info'], { stdio: 'ignore' }).status !== 0)
    return 'docker is not answering `docker info` (bash bootstrap/ensure-docker.sh)';
  if (!fs.existsSync(path.join(CHART_DIR, 'Chart.yaml'))) return `chart not generated at ${CHART_DIR} (npx nx run renderer:generate)`;
  return tools;
}

export interface Stack {
  cluster: KindCluster;
  helm: string;
  registry?: LocalRegistry;
  chartRef: string;
  chartVersion: string;
  apiKey: string;
  gpuNode: string;
  valuesFile: string;
  installSeconds?: number;
  installWarnings?: string[];
}

function kindClusters(tools: Toolchain): string[] {
  return lines(tryRun(tools.kind, ['get', 'clusters']).stdout);
}

export function ensureCluster(tools: Toolchain): KindCluster {
  const cluster = new KindCluster(tools, CLUSTER_NAME);
  if (kindClusters(tools).includes(CLUSTER_NAME)) {
    run(tools.kind, ['export', 'kubeconfig', '--name', CLUSTER_NAME, '--kubeconfig', cluster.kubeconfig]);
    const version = cluster.tryKubectl(['version', '-o', 'json'], undefined, 20_000);
    const server =
      version.status === 0
        ? (JSON.parse(version.stdout) as { serverVersion?: { gitVersion?: string } }).serverVersion?.gitVersion
        : undefined;
    if (server === tools.kubernetesVersion) {
      log(`reusing kind cluster ${CLUSTER_NAME} (Kubernetes ${server})`);
      return cluster;
    }
    log(
      server
        ? `kind cluster ${CLUSTER_NAME} runs Kubernetes ${server}, the toolchain is ${tools.kubernetesVersion}: recreating it`
        : `kind cluster ${CLUSTER_NAME} exists but its API server does not answer: recreating it`,
    );
    cluster.delete();
  }
  log(`creating kind cluster ${CLUSTER_NAME} (Kubernetes ${tools.kubernetesVersion}, 1 control plane, 2 workers)`);
  try {
    cluster.create(2);
  } catch (err) {
    // create uses --retain for debugging; do not leave three broken nodes eating the CPU
    cluster.delete();
    throw err;
  }
  return cluster;
}

/** One GPU in a node's capacity, advertised by patching the node status (what a device plugin does). */
export function advertiseGpu(cluster: KindCluster, node: string): void {
  cluster.kubectl([
    'patch',
    'node',
    node,
    '--subresource=status',
    '--type=json',
    '-p',
    JSON.stringify([
      { op: 'add', path: '/status/capacity/nvidia.com~1gpu', value: '1' },
      { op: 'add', path: '/status/allocatable/nvidia.com~1gpu', value: '1' },
    ]),
  ]);
}

/** Makes the last worker look like a one-GPU node: capacity, label, NoSchedule taint. */
export function fakeGpuNode(cluster: KindCluster): string {
  const workers = lines(
    cluster.kubectl([
      'get',
      'nodes',
      '-l',
      '!node-role.kubernetes.io/control-plane',
      '-o',
      'jsonpath={range .items[*]}{.metadata.name}{"\\n"}{end}',
    ]),
  ).sort();
  const node = workers.at(-1);
  if (!node) throw new Error('no worker nodes in the cluster');
  cluster.kubectl(['label', 'node', node, `${GPU_LABEL}=true`, '--overwrite']);
  cluster.kubectl(['taint', 'node', node, 'nvidia.com/gpu=present:NoSchedule', '--overwrite']);
  advertiseGpu(cluster, node);
  cluster.kubectl(['wait', '--for=jsonpath={.status.allocatable.nvidia\\.com/gpu}=1', `node/${node}`, '--timeout=60s']);
  return node;
}

export function buildAndLoadImages(cluster: KindCluster): void {
  log('building double images (nx run e2e:images)');
  execFileSync('npx', ['tsx', 'scripts/build-images.ts'], { cwd: PKG_DIR, stdio: 'inherit' });
  // a second tag of the mock Triton for the GPU rollout test
  run('docker', ['tag', imageRef('mock-triton'), imageRef('mock-triton').replace(/:[^:]+$/, `:${ROLLOUT_TAG}`)]);
  const refs = [...IMAGES.map((d) => imageRef(d.name)), imageRef('mock-triton').replace(/:[^:]+$/, `:${ROLLOUT_TAG}`)];
  log(`loading ${refs.length} images into kind`);
  run(cluster.tools.kind, ['load', 'docker-image', '--name', CLUSTER_NAME, ...refs], undefined, 900_000);
}

const restricted = { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' };

/**
 * Test infrastructure (LLM double, clients, loadgen) runs on the control plane so that
 * draining a worker in the drain test never takes it down.
 */
export const ON_CONTROL_PLANE = {
  nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
  tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
};

export const RESTRICTED_CONTAINER = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

export function prepareNamespaces(cluster: KindCluster, apiKey: string): void {
  cluster.apply(
    [NAMESPACE, LLM_NAMESPACE, CLIENT_NAMESPACE, MONITORING_NAMESPACE, OUTSIDER_NAMESPACE].map((name) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: restricted },
    })),
  );
  // The Secret exactly as the chart README tells users to create it.
  cluster.tryKubectl(['-n', NAMESPACE, 'delete', 'secret', API_KEY_SECRET, '--ignore-not-found']);
  cluster.kubectl(['-n', NAMESPACE, 'create', 'secret', 'generic', API_KEY_SECRET, `--from-literal=NVIDIA_API_KEY=${apiKey}`]);
  cluster.tryKubectl(['-n', LLM_NAMESPACE, 'delete', 'secret', 'llm-double-key', '--ignore-not-found']);
  cluster.kubectl(['-n', LLM_NAMESPACE, 'create', 'secret', 'generic', 'llm-double-key', `--from-literal=key=${apiKey}`]);
}

export function deployLlmDouble(cluster: KindCluster, apiKey: string): void {
  const labels = { app: LLM_SERVICE };
  // A new key (new run) must restart the double: the key's hash in the pod template does that.
  const keyHash = crypto.createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
  cluster.apply([
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: LLM_SERVICE, namespace: LLM_NAMESPACE },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels, annotations: { 'e2e/api-key-sha256': keyHash } },
          spec: {
            ...ON_CONTROL_PLANE,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'llm',
                image: imageRef('llm-double'),
                imagePullPolicy: 'IfNotPresent',
                env: [
                  { name: 'LLM_DOUBLE_API_KEY', valueFrom: { secretKeyRef: { name: 'llm-double-key', key: 'key' } } },
                  { name: 'LLM_DOUBLE_DELAY_MS', value: '20' },
                ],
                ports: [{ name: 'http', containerPort: LLM_PORT }],
                readinessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 2 },
                securityContext: RESTRICTED_CONTAINER,
                resources: { requests: { cpu: '20m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: LLM_SERVICE, namespace: LLM_NAMESPACE },
      spec: { selector: labels, ports: [{ name: 'http', port: LLM_PORT, targetPort: 'http' }] },
    },
  ]);
  cluster.kubectl(['-n', LLM_NAMESPACE, 'rollout', 'status', `deployment/${LLM_SERVICE}`, '--timeout=180s']);
}

/** A long-lived toolbox pod to run wget from (kubectl exec), in a given namespace. */
export function clientPod(cluster: KindCluster, namespace: string, name: string, labels: Record<string, string> = {}): void {
  cluster.apply([
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, labels: { 'e2e/client': name, ...labels } },
      spec: {
        ...ON_CONTROL_PLANE,
        securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } },
        terminationGracePeriodSeconds: 0,
        containers: [
          {
            name: 'client',
            image: `${TOOLBOX_IMAGE.repository}:${TOOLBOX_IMAGE.tag}`,
            imagePullPolicy: 'IfNotPresent',
            command: ['sleep', '86400'],
            securityContext: RESTRICTED_CONTAINER,
            resources: { requests: { cpu: '5m', memory: '16Mi' }, limits: { cpu: '200m', memory: '64Mi' } },
          },
        ],
      },
    },
  ]);
  cluster.kubectl(['-n', namespace, 'wait', '--for=condition=Ready', `pod/${name}`, '--timeout=120s']);
}

export function newApiKey(): string {
  return `e2e-${crypto.randomBytes(12).toString('hex')}`;
}

export function writeValues(values: Record<string, unknown>, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llm-router-values-')), `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(values, null, 2)); // JSON is YAML
  return file;
}

export function e2eValues(extra: DoublesOptions = {}): Record<string, unknown> {
  const v = doublesValues(extra) as { networkPolicy: Record<string, unknown> };
  v.networkPolicy = {
    ...v.networkPolicy,
    ingressNamespaceSelector: { 'kubernetes.io/metadata.name': CLIENT_NAMESPACE },
    monitoringNamespaceSelector: { 'kubernetes.io/metadata.name': MONITORING_NAMESPACE },
  };
  return v;
}

/** Packages the chart and pushes it to a local OCI registry on 127.0.0.1. */
/** Packages, pushes and cosign-signs the chart, then verifies the tag the install reads (see verified-chart.ts). */
export async function publishChart(
  chartDir = CHART_DIR,
): Promise<{ registry: LocalRegistry; ref: string; version: string; publicKey: string }> {
  const registry = await startLocalRegistry();
  try {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-router-chart-'));
    const archive = await packageChart(chartDir, outDir);
    const { name, version } = await readChartMeta(chartDir);
    const pushed = await pushChart({ major: 4, archive: archive.file, target: `${registry.host}/charts` });
    const publicKey = await signPushedChart(outDir, pushed);
    await verifyBeforeInstall(`${registry.host}/charts/${name}:${version}`, publicKey);
    return { registry, ref: `oci://${registry.host}/charts/${name}`, version, publicKey };
  } catch (err) {
    await registry.stop();
    throw err;
  }
}

export function helm(stack: Pick<Stack, 'helm' | 'cluster'>, args: string[], timeoutMs = 900_000): string {
  return run(stack.helm, ['--kubeconfig', stack.cluster.kubeconfig, ...args], undefined, timeoutMs);
}

/** helm install/upgrade of the tree's chart (or of `version`, e.g. a previous release, from the same registry). */
export function installArgs(stack: Stack, verb: 'install' | 'upgrade', valuesFile: string, version = stack.chartVersion): string[] {
  // the real Triton loads six Python models (about 2 min at load average 60) plus any MOCK_TRITON_LOAD_DELAY_MS
  return [
    verb,
    RELEASE,
    stack.chartRef,
    '--version',
    version,
    '--plain-http',
    '-n',
    NAMESPACE,
    '-f',
    valuesFile,
    '--wait',
    '--timeout',
    '10m',
  ];
}

/** Everything up to (not including) the install; idempotent. */
export async function prepareStack(tools: Toolchain): Promise<Stack> {
  const cluster = ensureCluster(tools);
  const gpuNode = fakeGpuNode(cluster);
  buildAndLoadImages(cluster);
  const apiKey = newApiKey();
  prepareNamespaces(cluster, apiKey);
  deployLlmDouble(cluster, apiKey);
  clientPod(cluster, CLIENT_NAMESPACE, 'client');
  clientPod(cluster, MONITORING_NAMESPACE, 'scraper');
  clientPod(cluster, OUTSIDER_NAMESPACE, 'outsider');
  clientPod(cluster, NAMESPACE, 'unlabeled');
  const { registry, ref, version } = await publishChart();
  return {
    cluster,
    helm: await helmBinary(4),
    registry,
    chartRef: ref,
    chartVersion: version,
    apiKey,
    gpuNode,
    valuesFile: writeValues(e2eValues(), 'e2e-values'),
  };
}

export function installRelease(stack: Stack, valuesFile = stack.valuesFile): number {
  tryRunHelmUninstall(stack);
  const t0 = Date.now();
  const args = ['--kubeconfig', stack.cluster.kubeconfig, ...installArgs(stack, 'install', valuesFile)];
  const r = tryRun(stack.helm, args, undefined, 600_000);
  if (r.status !== 0) throw new Error(`helm ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
  stack.installSeconds = (Date.now() - t0) / 1000;
  // the API server's warnings (deprecated or ignored fields), as client-go prints them
  stack.installWarnings = r.stderr.split('\n').filter((l) => /warnings\.go|^Warning:/i.test(l));
  return stack.installSeconds;
}

function tryRunHelmUninstall(stack: Stack): void {
  tryRun(stack.helm, ['--kubeconfig', stack.cluster.kubeconfig, 'uninstall', RELEASE, '-n', NAMESPACE, '--wait']);
}

export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An HTTP request made by busybox wget inside a client pod (-S prints headers on stderr). */
export function wgetFrom(
  cluster: KindCluster,
  namespace: string,
  pod: string,
  url: string,
  opts: { body?: unknown; timeoutS?: number } = {},
): HttpReply {
  const args = ['-n', namespace, 'exec', pod, '--', 'wget', '-S', '-q', '-O', '-', '-T', String(opts.timeoutS ?? 10)];
  if (opts.body !== undefined) args.push('--header', 'Content-Type: application/json', '--post-data', JSON.stringify(opts.body));
  args.push(url);
  const r = cluster.tryKubectl(args);
  const statusLine = [...r.stderr.matchAll(/HTTP\/1\.[01] (\d{3})/g)].pop();
  const headers: Record<string, string> = {};
  for (const m of r.stderr.matchAll(/^\s+([A-Za-z0-9-]+): (.*)$/gm)) headers[m[1]!.toLowerCase()] = m[2]!.trim();
  return { status: statusLine ? Number(statusLine[1]) : 0, headers, body: r.stdout };
}

export const serviceUrl = (component: 'router-controller' | 'router-server' | 'app', port: number, pathname: string) =>
  `http://${RELEASE}-llm-router-${component}.${NAMESPACE}.svc.cluster.local:${port}${pathname}`;
