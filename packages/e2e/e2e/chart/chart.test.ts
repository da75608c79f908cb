// The chart on kind with the doubles, as a platform team would run it (issue 5, groups 1-8).
// Runs in order in one file: each group builds on the release the previous one left.
// Skips with one line when the kind toolchain, docker or the generated chart is missing.
import { parseManifests, type KubeObject } from '@llm-router-helm/kube-testkit';
import { droppedByServer } from './kept-fields.js';
import { underLoad as runUnderLoad } from './load.js';
import { LLM_NAMESPACE, LLM_PORT, LLM_SERVICE, TASK_MODELS } from './values.js';
import {
  CLIENT_NAMESPACE,
  MONITORING_NAMESPACE,
  NAMESPACE,
  ON_CONTROL_PLANE,
  OUTSIDER_NAMESPACE,
  RELEASE,
  ROLLOUT_TAG,
  RESTRICTED_CONTAINER,
  e2eValues,
  helm,
  installArgs,
  installRelease,
  log,
  prepareStack,
  serviceUrl,
  toolchainOrReason,
  wgetFrom,
  writeValues,
  type Stack,
} from './stack.js';

const tools = toolchainOrReason();
if (typeof tools === 'string') process.stdout.write(`chart e2e skipped: ${tools}\n`);
const suite = typeof tools === 'string' ? describe.skip : describe;

const CONTROLLER = serviceUrl('router-controller', 8084, '/v1/chat/completions');
const chatBody = (text: string, ext: Record<string, unknown> = { policy: 'task_router', routing_strategy: 'triton' }, stream = false) => ({
  model: '',
  messages: [{ role: 'user', content: text }],
  stream,
  'nim-llm-router': ext,
});
const LOAD_BODY = chatBody('write a python function');

suite('llm-router chart on kind with the doubles', () => {
  let stack: Stack;
  const kubectl = (args: string[], input?: string) => stack.cluster.kubectl(args, input);
  const fromClient = (url: string, body?: unknown) =>
    wgetFrom(stack.cluster, CLIENT_NAMESPACE, 'client', url, body === undefined ? {} : { body });
  const seen = () =>
    JSON.parse(fromClient(`http://${LLM_SERVICE}.${LLM_NAMESPACE}.svc.cluster.local:${LLM_PORT}/_seen`).body) as Array<{
      model: string;
      bearer: string;
      authorized: boolean;
    }>;

  /** Runs the in-cluster loadgen as a Job while `during` runs; returns its summary. */
  const underLoad = (name: string, seconds: number, during: () => void | Promise<void>) =>
    runUnderLoad(stack.cluster, { name, url: CONTROLLER, body: LOAD_BODY, seconds }, during);

  let installed = false;
  // Groups 2-8 need the release from group 1; fail them with one clear line instead of noise.
  const needInstall = () => {
    if (!installed) throw new Error('no release: group 1 (install) failed, see its error');
  };

  beforeAll(async () => {
    stack = await prepareStack(tools as Exclude<typeof tools, string>);
  }, 1_800_000);
  beforeEach(() => {
    if (expect.getState().currentTestName?.includes('1. install')) return;
    needInstall();
  });
  afterAll(async () => {
    await stack?.registry?.stop();
  });

  describe('1. install', () => {
    it('installs from oci:// and every pod becomes Ready; helm test passes', () => {
      const seconds = installRelease(stack);
      log(`install-to-ready: ${seconds.toFixed(1)} s (helm install --wait)`);
      kubectl(['-n', NAMESPACE, 'wait', '--for=condition=Ready', 'pod', '-l', `app.kubernetes.io/instance=${RELEASE}`, '--timeout=300s']);
      const node = kubectl([
        '-n',
        NAMESPACE,
        'get',
        'pod',
        '-l',
        'app.kubernetes.io/component=router-server',
        '-o',
        'jsonpath={.items[0].spec.nodeName}',
      ]);
      expect(node).toBe(stack.gpuNode);
      installed = true;
      helm(stack, ['test', RELEASE, '-n', NAMESPACE, '--timeout', '5m']);
    });

    it(`the API server (Kubernetes ${(tools as { kubernetesVersion?: string }).kubernetesVersion}) keeps every field the chart sets and warns about none`, () => {
      expect(stack.installWarnings).toEqual([]);
      const manifest = helm(stack, ['get', 'manifest', RELEASE, '-n', NAMESPACE]);
      const sent = parseManifests(manifest).map((o) => o.object);
      const stored = (JSON.parse(kubectl(['-n', NAMESPACE, 'get', '-f', '-', '-o', 'json'], manifest)) as { items: KubeObject[] }).items;
      expect(sent.length).toBeGreaterThan(5);
      expect(droppedByServer(sent, stored)).toEqual([]);
    });
  });

  describe('2. routing through the controller Service', () => {
    it.each([
      ['task_router', 'Write a python function', 'Code Generation', TASK_MODELS['Code Generation']],
      ['task_router', 'Summarize this text', 'Summarization', TASK_MODELS.Summarization],
      ['complexity_router', 'Solve it step by step', 'Reasoning', 'nvidia/llama-3.3-nemotron-super-49b-v1'],
    ])('%s: %j -> %s', (policy, text, classifier, model) => {
      const r = fromClient(CONTROLLER, chatBody(text, { policy, routing_strategy: 'triton' }));
      expect(r.status).toBe(200);
      expect(r.headers['x-chosen-classifier']).toBe(classifier);
      expect(JSON.parse(r.body).model).toBe(model);
      expect(seen().at(-1)).toMatchObject({ model, bearer: stack.apiKey, authorized: true });
    });

    it('manual strategy and streaming', () => {
      const manual = fromClient(CONTROLLER, chatBody('anything', { policy: 'task_router', routing_strategy: 'manual', model: 'Rewrite' }));
      expect([manual.status, manual.headers['x-chosen-classifier']]).toEqual([200, 'Rewrite']);
      const streamed = fromClient(CONTROLLER, chatBody('write a poem', { policy: 'task_router', routing_strategy: 'triton' }, true));
      expect(streamed.status).toBe(200);
      expect(streamed.headers['content-type']).toContain('text/event-stream');
      expect(streamed.body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    });
  });

  /** A deny-all-ingress canary: true when the cluster's CNI actually blocks it. */
  function networkPolicyEnforced(): boolean {
    stack.cluster.apply([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'np-canary', namespace: OUTSIDER_NAMESPACE, labels: { 'e2e/canary': 'np' } },
        spec: {
          ...ON_CONTROL_PLANE,
          enableServiceLinks: false,
          securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'http',
              image: 'llm-router-e2e/llm-double:0.1.0',
              imagePullPolicy: 'IfNotPresent',
              securityContext: RESTRICTED_CONTAINER,
              readinessProbe: { httpGet: { path: '/health', port: 8080 }, periodSeconds: 1 },
            },
          ],
        },
      },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'np-canary-deny', namespace: OUTSIDER_NAMESPACE },
        spec: { podSelector: { matchLabels: { 'e2e/canary': 'np' } }, policyTypes: ['Ingress'] },
      },
    ]);
    kubectl(['-n', OUTSIDER_NAMESPACE, 'wait', '--for=condition=Ready', 'pod/np-canary', '--timeout=120s']);
    const ip = kubectl(['-n', OUTSIDER_NAMESPACE, 'get', 'pod', 'np-canary', '-o', 'jsonpath={.status.podIP}']);
    return fromClient(`http://${ip}:8080/health`).status !== 200;
  }

  describe('3. NetworkPolicy', () => {
    it('allowed paths work, pods without allowed labels are cut off', () => {
      // the bootstrap toolchain (kube-router) and stock kind (kindnetd) both enforce NetworkPolicy:
      // a canary that stays reachable behind deny-all is a broken cluster, not a reason to skip
      if (!networkPolicyEnforced()) {
        throw new Error('this cluster does not enforce NetworkPolicy: a pod behind a deny-all policy stayed reachable');
      }
      const ctrl = serviceUrl('router-controller', 8084, '/health');
      const server = serviceUrl('router-server', 8000, '/v2/health/ready');
      const paths: Array<[string, string, string, string, boolean]> = [
        ['client (ingress namespace) -> controller', CLIENT_NAMESPACE, 'client', ctrl, true],
        ['client (ingress namespace) -> router-server', CLIENT_NAMESPACE, 'client', server, false],
        ['outsider namespace -> controller', OUTSIDER_NAMESPACE, 'outsider', ctrl, false],
        ['outsider namespace -> router-server', OUTSIDER_NAMESPACE, 'outsider', server, false],
        ['unlabeled pod in the release namespace -> controller', NAMESPACE, 'unlabeled', ctrl, false],
        ['unlabeled pod in the release namespace -> router-server', NAMESPACE, 'unlabeled', server, false],
      ];
      // one table, so a failure shows every path at once
      const got = paths.map(([what, ns, pod, url]) => [what, wgetFrom(stack.cluster, ns, pod, url, { timeoutS: 3 }).status === 200]);
      expect(got).toEqual(paths.map(([what, , , , allowed]) => [what, allowed]));
      // the app reaches the controller (its page calls /config)
      expect(fromClient(serviceUrl('app', 8008, '/')).body).toContain('GET /config: 200');
    });
  });

  describe('4. metrics', () => {
    it('each metrics endpoint answers through its Service from the monitoring namespace', () => {
      const scrape = (url: string) => wgetFrom(stack.cluster, MONITORING_NAMESPACE, 'scraper', url);
      const triton = scrape(serviceUrl('router-server', 8002, '/metrics'));
      expect(triton.status).toBe(200);
      expect(triton.body).toMatch(/^nv_inference_request_success\{model="task_router_ensemble",version="1"\} [1-9]/m);
      // the real server on the fake GPU node sees no GPU: CPU series only, no nv_gpu_* (stated gap, e2e README)
      expect(triton.body).toMatch(/^nv_cpu_utilization /m);
      expect(triton.body).not.toMatch(/^nv_gpu_/m);
      const controller = scrape(serviceUrl('router-controller', 8084, '/metrics'));
      expect(controller.status).toBe(200);
      expect(controller.body).toMatch(/^num_requests [1-9]/m);
      // the chart-compat unit test checks every alert/dashboard metric name against the real Triton and the controller double
    });
  });

  describe('5. upgrade under load', () => {
    it('changes the routing table with zero failed requests; the controller rolls', async () => {
      const before = kubectl(['-n', NAMESPACE, 'get', 'rs', '-l', 'app.kubernetes.io/component=router-controller', '-o', 'name']);
      const newModel = 'e2e/upgraded-code-model';
      const summary = await underLoad('upgrade-load', 90, () => {
        helm(stack, installArgs(stack, 'upgrade', writeValues(e2eValues({ codeModel: newModel }), 'e2e-upgrade')));
      });
      const after = kubectl(['-n', NAMESPACE, 'get', 'rs', '-l', 'app.kubernetes.io/component=router-controller', '-o', 'name']);
      log(
        `upgrade under load: sent ${summary.sent}, failed ${summary.failed}, p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms, statuses ${JSON.stringify(summary.statuses)}`,
      );
      const first = summary.windows[0]!;
      const during = summary.windows.slice(1);
      const p = (xs: number[]) => Math.max(...xs);
      log(`before the upgrade (first 5 s): sent ${first.sent}, failed ${first.failed}, p50 ${first.p50_ms} ms, p99 ${first.p99_ms} ms`);
      log(
        `during/after (${during.length} windows): sent ${during.reduce((a, w) => a + w.sent, 0)}, failed ${during.reduce((a, w) => a + w.failed, 0)}, worst window p50 ${p(during.map((w) => w.p50_ms))} ms, worst window p99 ${p(during.map((w) => w.p99_ms))} ms`,
      );
      log(
        `per 5 s window (sent/failed p50/p99 models): ${summary.windows.map((w) => `${w.start_ms / 1000}s ${w.sent}/${w.failed} ${w.p50_ms}/${w.p99_ms} ${JSON.stringify(w.models)}`).join(' | ')}`,
      );
      expect(after).not.toEqual(before);
      expect(summary.failed).toBe(0);
      expect(Object.keys(summary.windows[0]!.models)).toEqual([TASK_MODELS['Code Generation']]);
      expect(Object.keys(summary.windows.at(-1)!.models)).toEqual([newModel]);
    }, 600_000);
  });

  describe('6. GPU rollout', () => {
    it('a new router-server image on the one-GPU node rolls out without deadlock', () => {
      helm(stack, [...installArgs(stack, 'upgrade', stack.valuesFile), '--set', `routerServer.image.tag=${ROLLOUT_TAG}`]);
      kubectl(['-n', NAMESPACE, 'rollout', 'status', `deployment/${RELEASE}-llm-router-router-server`, '--timeout=300s']);
      const image = kubectl([
        '-n',
        NAMESPACE,
        'get',
        'pod',
        '-l',
        'app.kubernetes.io/component=router-server',
        '-o',
        'jsonpath={.items[*].spec.containers[0].image}',
      ]);
      expect(image.split(' ')).toEqual([expect.stringContaining(ROLLOUT_TAG)]);
    });
  });

  describe('7. drain a worker', () => {
    it('the PDB keeps the controller serving while its node drains', async () => {
      const node = kubectl([
        '-n',
        NAMESPACE,
        'get',
        'pod',
        '-l',
        'app.kubernetes.io/component=router-controller',
        '-o',
        'jsonpath={.items[0].spec.nodeName}',
      ]);
      // With two workers, one of them the tainted GPU node, evicted controllers need the control plane.
      stack.cluster.tryKubectl([
        'taint',
        'nodes',
        '-l',
        'node-role.kubernetes.io/control-plane',
        'node-role.kubernetes.io/control-plane:NoSchedule-',
      ]);
      try {
        const summary = await underLoad('drain-load', 60, () => {
          kubectl(['drain', node, '--ignore-daemonsets', '--delete-emptydir-data', '--timeout=240s']);
        });
        log(`drain under load: sent ${summary.sent}, failed ${summary.failed}, p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms`);
        expect(summary.failed).toBe(0);
      } finally {
        kubectl(['uncordon', node]);
        stack.cluster.tryKubectl([
          'taint',
          'nodes',
          '-l',
          'node-role.kubernetes.io/control-plane',
          'node-role.kubernetes.io/control-plane=:NoSchedule',
          '--overwrite',
        ]);
      }
    }, 600_000);
  });

  describe('8. uninstall', () => {
    it('removes everything except the model PVC kept by policy', () => {
      helm(stack, ['uninstall', RELEASE, '-n', NAMESPACE, '--wait']);
      // controller pods ignore SIGTERM (like the real one): they linger for their grace period
      stack.cluster.tryKubectl([
        '-n',
        NAMESPACE,
        'wait',
        '--for=delete',
        'pod',
        '-l',
        `app.kubernetes.io/instance=${RELEASE}`,
        '--timeout=120s',
      ]);
      const left = kubectl([
        '-n',
        NAMESPACE,
        'get',
        'all,configmap,secret,serviceaccount,networkpolicy,poddisruptionbudget,pvc',
        '-l',
        `app.kubernetes.io/instance=${RELEASE}`,
        '-o',
        'jsonpath={range .items[*]}{.kind}/{.metadata.name}{"\\n"}{end}',
      ]);
      expect(
        left
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('/')[0]),
      ).toEqual(['PersistentVolumeClaim']);
    });
  });
});
