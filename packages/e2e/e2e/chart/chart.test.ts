// The chart on kind with the doubles, as a platform team would run it (issues 5 and 9, groups 1-9).
// Runs in order in one file: each group builds on the release the previous one left.
// Skips with one line when the kind toolchain, docker or the generated chart is missing.
import { parseManifests, type KubeObject } from '@llm-router-helm/kube-testkit';
import { phase } from '../../doubles/loadgen/run.js';
import { droppedByServer } from './kept-fields.js';
import { controllerErrors, underLoad as runUnderLoad } from './load.js';
import { LLM_NAMESPACE, LLM_PORT, LLM_SERVICE, LOAD_DELAY_MS, TASK_MODELS, type DoublesOptions } from './values.js';
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
/** The release's values: every stand-in model loads slowly (group 1) unless a group says otherwise. */
const releaseValues = (extra: DoublesOptions = {}) => e2eValues({ loadDelayMs: LOAD_DELAY_MS, ...extra });

suite('llm-router chart on kind with the doubles', () => {
  let stack: Stack;
  const kubectl = (args: string[], input?: string) => stack.cluster.kubectl(args, input);
  /** kubectl output, or '' while the object is not there yet (e.g. logs of a pod still starting). */
  const kubectlQuiet = (args: string[]) => {
    const r = stack.cluster.tryKubectl(args);
    return r.status === 0 ? r.stdout : '';
  };
  const fromClient = (url: string, body?: unknown) =>
    wgetFrom(stack.cluster, CLIENT_NAMESPACE, 'client', url, body === undefined ? {} : { body });
  const seen = () =>
    JSON.parse(fromClient(`http://${LLM_SERVICE}.${LLM_NAMESPACE}.svc.cluster.local:${LLM_PORT}/_seen`).body) as Array<{
      model: string;
      bearer: string;
      authorized: boolean;
    }>;

  /** Runs the in-cluster loadgen as a Job while `during` runs; returns its summary. */
  const underLoad = (name: string, seconds: number, rps: number, during: () => void | Promise<void>) =>
    runUnderLoad(stack.cluster, { name, url: CONTROLLER, body: LOAD_BODY, seconds, rps }, during);

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

  /** The router-server pod's start-up as the cluster saw it (seconds since the container started). */
  function serverStartup(): {
    pod: string;
    restarts: number;
    lastLoaded: number;
    ready: number;
    models: number;
    startupBudget: number;
    livenessBudget: number;
  } {
    const pod = JSON.parse(kubectl(['-n', NAMESPACE, 'get', 'pod', '-l', 'app.kubernetes.io/component=router-server', '-o', 'json']))
      .items[0];
    const status = pod.status.containerStatuses[0];
    const container = pod.spec.containers[0];
    const t = (iso: string) => Date.parse(iso) / 1000;
    const started = t(status.state.running.startedAt);
    const ready = t(pod.status.conditions.find((c: { type: string }) => c.type === 'Ready').lastTransitionTime);
    const loaded = kubectl(['-n', NAMESPACE, 'logs', '--timestamps', pod.metadata.name])
      .split('\n')
      .filter((l) => l.includes('successfully loaded'));
    const budget = (p: { initialDelaySeconds?: number; periodSeconds: number; failureThreshold: number }) =>
      (p.initialDelaySeconds ?? 0) + p.periodSeconds * p.failureThreshold;
    return {
      pod: pod.metadata.name,
      restarts: status.restartCount,
      lastLoaded: Math.max(...loaded.map((l) => t(l.split(' ')[0]!))) - started,
      ready: ready - started,
      models: loaded.length,
      startupBudget: budget(container.startupProbe),
      livenessBudget: budget(container.livenessProbe),
    };
  }

  describe('1. install', () => {
    it('installs from oci:// and becomes Ready only after every (slow) model has loaded; helm test passes', () => {
      const seconds = installRelease(stack, writeValues(releaseValues(), 'e2e-install'));
      log(
        `install-to-ready: ${seconds.toFixed(1)} s (helm install --wait; real Triton, each stand-in model loading ${LOAD_DELAY_MS / 1000} s)`,
      );
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
      const s = serverStartup();
      log(
        `router-server ${s.pod}: ${s.models} models loaded, the last ${s.lastLoaded.toFixed(1)} s after the container started, Ready at ${s.ready.toFixed(1)} s; restarts ${s.restarts}; startup probe budget ${s.startupBudget} s, liveness budget ${s.livenessBudget} s`,
      );
      expect(s.models).toBe(8); // 6 Python models + 2 ensembles
      expect(s.lastLoaded).toBeGreaterThanOrEqual(LOAD_DELAY_MS / 1000);
      // Triton opens no port before every model has loaded: Ready cannot come earlier (1 s: the condition's resolution)
      expect(s.ready).toBeGreaterThanOrEqual(Math.floor(s.lastLoaded));
      // a start-up slower than the liveness budget survived only because of the startup probe's budget
      expect(s.lastLoaded).toBeGreaterThan(s.livenessBudget);
      expect(s.restarts).toBe(0);
      helm(stack, ['test', RELEASE, '-n', NAMESPACE, '--timeout', '5m']);
    }, 900_000);
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
      // The controller registers a series on first use, so a replica that has served nothing yet
      // answers an empty page: scrape through the Service until a replica that has routed answers.
      const pages: string[] = [];
      for (let i = 0; i < 12 && !pages.some((b) => /^num_requests [1-9]/m.test(b)); i++) {
        const controller = scrape(serviceUrl('router-controller', 8084, '/metrics'));
        expect(controller.status).toBe(200);
        pages.push(controller.body);
      }
      expect(pages.find((b) => /^num_requests [1-9]/m.test(b)) ?? pages.join('\n---\n')).toMatch(/^num_requests [1-9]/m);
      // the chart-compat unit test checks every alert/dashboard metric name against the real Triton and the controller double
    });
  });

  describe('5. upgrade under load', () => {
    it('changes the routing table with zero failed requests out of at least 5,000; the controller rolls', async () => {
      const before = kubectl(['-n', NAMESPACE, 'get', 'rs', '-l', 'app.kubernetes.io/component=router-controller', '-o', 'name']);
      const newModel = 'e2e/upgraded-code-model';
      let upgrade = { from: 0, to: 0 };
      // 50 requests/s for 110 s: 5,500 requests, the upgrade starting after about 8 s of steady load
      const summary = await underLoad('upgrade-load', 110, 50, () => {
        const from = Date.now();
        // the router-server's values stay as installed (same slow load): only the controller rolls
        helm(stack, installArgs(stack, 'upgrade', writeValues(releaseValues({ codeModel: newModel }), 'e2e-upgrade')));
        kubectl(['-n', NAMESPACE, 'rollout', 'status', `deployment/${RELEASE}-llm-router-router-controller`, '--timeout=300s']);
        upgrade = { from, to: Date.now() };
      });
      const after = kubectl(['-n', NAMESPACE, 'get', 'rs', '-l', 'app.kubernetes.io/component=router-controller', '-o', 'name']);
      const at = (epoch: number) => epoch - summary.started_epoch_ms;
      const b = phase(summary.requests, 0, at(upgrade.from));
      const d = phase(summary.requests, at(upgrade.from), at(upgrade.to));
      const a = phase(summary.requests, at(upgrade.to), Number.MAX_SAFE_INTEGER);
      log(
        `upgrade under load: sent ${summary.sent} at 50/s, failed ${summary.failed}, p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms, statuses ${JSON.stringify(summary.statuses)}`,
      );
      log(
        `before the upgrade (${(at(upgrade.from) / 1000).toFixed(1)} s): sent ${b.sent}, failed ${b.failed}, p50 ${b.p50_ms} ms, p99 ${b.p99_ms} ms`,
      );
      log(
        `during the rollout (${((upgrade.to - upgrade.from) / 1000).toFixed(1)} s, helm upgrade --wait until the new controllers are Ready): sent ${d.sent}, failed ${d.failed}, p50 ${d.p50_ms} ms, p99 ${d.p99_ms} ms`,
      );
      log(`after: sent ${a.sent}, failed ${a.failed}, p50 ${a.p50_ms} ms, p99 ${a.p99_ms} ms`);
      log(
        `per 5 s window (sent/failed p50/p99 models): ${summary.windows.map((w) => `${w.start_ms / 1000}s ${w.sent}/${w.failed} ${w.p50_ms}/${w.p99_ms} ${JSON.stringify(w.models)}`).join(' | ')}`,
      );
      if (summary.failed > 0) log(`controller errors:\n${controllerErrors(stack.cluster, NAMESPACE).join('\n')}`);
      expect(after).not.toEqual(before);
      expect(summary.sent).toBeGreaterThanOrEqual(5000);
      expect(d.sent).toBeGreaterThan(0);
      expect(summary.statuses).toEqual({ '200': summary.sent });
      expect(Object.keys(summary.windows[0]!.models)).toEqual([TASK_MODELS['Code Generation']]);
      expect(Object.keys(summary.windows.at(-1)!.models)).toEqual([newModel]);
    }, 900_000);
  });

  describe('6. GPU rollout', () => {
    it('a new router-server image on the one-GPU node rolls out without deadlock', () => {
      const t0 = Date.now();
      // without the slow load (group 1 covered it): the rollout itself is what is tested here
      helm(stack, [
        ...installArgs(
          stack,
          'upgrade',
          writeValues(releaseValues({ codeModel: 'e2e/upgraded-code-model', loadDelayMs: 0 }), 'e2e-rollout'),
        ),
        '--set',
        `routerServer.image.tag=${ROLLOUT_TAG}`,
      ]);
      kubectl(['-n', NAMESPACE, 'rollout', 'status', `deployment/${RELEASE}-llm-router-router-server`, '--timeout=600s']);
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
      log(`GPU rollout (Recreate on the one-GPU node): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }, 900_000);
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
        const summary = await underLoad('drain-load', 60, 10, () => {
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

  /**
   * The router-server pods as `kubectl get -o json` items, newest first; with `exitOnError`, only the
   * live pods started with that flag (the previous pod can still be running for a moment after an
   * upgrade, and the crash-looping one logged the same failure).
   */
  const serverPods = (exitOnError?: boolean) =>
    (JSON.parse(kubectl(['-n', NAMESPACE, 'get', 'pod', '-l', 'app.kubernetes.io/component=router-server', '-o', 'json'])).items as any[])
      .filter(
        (p) =>
          exitOnError === undefined ||
          (!p.metadata.deletionTimestamp && (p.spec.containers[0].args as string[]).includes(`--exit-on-error=${exitOnError}`)),
      )
      .sort((x, y) => Date.parse(y.metadata.creationTimestamp) - Date.parse(x.metadata.creationTimestamp));
  const isReady = (pod: any) =>
    pod.status.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True') === true;
  const waitFor = async <T>(what: string, seconds: number, probe: () => T | undefined): Promise<T> => {
    for (const end = Date.now() + seconds * 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 3000))) {
      const v = probe();
      if (v !== undefined) return v;
    }
    throw new Error(`timed out after ${seconds} s waiting for ${what}`);
  };

  describe('8. a model that fails to load', () => {
    const failing = (exitOnError: boolean) =>
      installArgs(
        stack,
        'upgrade',
        writeValues(
          releaseValues({ codeModel: 'e2e/upgraded-code-model', loadDelayMs: 0, failModels: ['task_router'], exitOnError }),
          `e2e-fail-${exitOnError}`,
        ),
      )
        .filter((a) => a !== '--wait')
        .concat(['--set', `routerServer.image.tag=${ROLLOUT_TAG}`]);

    it('exitOnError true: the router-server crash-loops; its logs and the release NOTES name the cause', async () => {
      const t0 = Date.now();
      helm(stack, failing(true));
      const pod = await waitFor('a crash-looping router-server', 420, () =>
        serverPods(true).find(
          (p) => p.status.containerStatuses?.[0]?.restartCount >= 1 && p.status.containerStatuses[0].lastState?.terminated?.exitCode === 1,
        ),
      );
      expect(isReady(pod)).toBe(false);
      const previous = kubectl(['-n', NAMESPACE, 'logs', '--previous', pod.metadata.name]);
      expect(previous).toMatch(/failed to load 'task_router'/);
      expect(previous).toContain('fails to load on purpose');
      const notes = helm(stack, ['get', 'notes', RELEASE, '-n', NAMESPACE]);
      expect(notes).toContain('routerServer.triton.exitOnError=true');
      expect(notes).toContain('grep "failed to load"');
      log(
        `exitOnError=true: ${pod.metadata.name} exited 1 and restarted after ${((Date.now() - t0) / 1000).toFixed(1)} s; log: ${previous
          .split('\n')
          .find((l) => l.includes("failed to load 'task_router'"))
          ?.trim()}`,
      );
    }, 900_000);

    it('exitOnError false: the router-server runs but never becomes Ready, so it gets no traffic', async () => {
      helm(stack, failing(false));
      const pod = await waitFor('a running router-server that reported the failed load', 420, () =>
        serverPods(false).find(
          (p) =>
            p.status.containerStatuses?.[0]?.state?.running &&
            kubectlQuiet(['-n', NAMESPACE, 'logs', p.metadata.name]).includes("failed to load 'task_router'"),
        ),
      );
      // Triton now serves the models that loaded, but /v2/health/ready stays 400: stays unready, no restarts
      await new Promise((r) => setTimeout(r, 20_000));
      const now = serverPods(false).find((p) => p.metadata.name === pod.metadata.name);
      if (!now)
        throw new Error(
          `${pod.metadata.name} is gone: ${serverPods()
            .map((p) => `${p.metadata.name} ${p.status.phase}`)
            .join(', ')}`,
        );
      // the startup probe (/v2/health/live) passed once the load was over; readiness (/v2/health/ready) never does
      expect([now.status.containerStatuses[0].started, isReady(now), now.status.containerStatuses[0].restartCount]).toEqual([
        true,
        false,
        0,
      ]);
      const slices = JSON.parse(
        kubectl([
          '-n',
          NAMESPACE,
          'get',
          'endpointslices',
          '-l',
          `kubernetes.io/service-name=${RELEASE}-llm-router-router-server`,
          '-o',
          'json',
        ]),
      ).items as any[];
      const endpoints = slices.flatMap((x) => x.endpoints ?? []);
      expect(endpoints.filter((e: any) => e.conditions?.ready === true)).toEqual([]);
      // the controller's classifier calls find no ready endpoint: 503, and the pod counts no inference
      const r = fromClient(CONTROLLER, chatBody('Solve it step by step', { policy: 'complexity_router', routing_strategy: 'triton' }));
      expect(r.status).toBe(503);
      const metrics = wgetFrom(stack.cluster, MONITORING_NAMESPACE, 'scraper', `http://${now.status.podIP}:8002/metrics`).body;
      expect(metrics).toMatch(/^nv_inference_request_success\{model="complexity_router_ensemble",version="1"\} 0$/m);
      log(`exitOnError=false: ${now.metadata.name} Running, not Ready, 0 restarts, no ready endpoint; a routed request got ${r.status}`);
    }, 900_000);
  });

  describe('9. uninstall', () => {
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
