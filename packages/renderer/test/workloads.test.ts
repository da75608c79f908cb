// C3 probes, H1 HA, H3 PDB, H5 rollout, L1 scheduling, L2 logging and the upstream workload defects
// (config path, image reference, selectors, names, app config), asserted on real helm output.
import { runHelm } from '@llm-router-helm/kube-testkit';
import { BASE, CHART_DIR, deployment, envOf, mainContainer, merge, podSpec, render, valuesFile } from './render.js';

const COMPONENTS = ['router-server', 'router-controller', 'app'];

describe('C3 probes', () => {
  it('C3: every main container has startup, readiness and liveness probes; Triton uses /v2/health/{ready,live}; no large initialDelaySeconds', async () => {
    const r = await render({ app: { enabled: true } });
    for (const c of COMPONENTS) {
      const m = mainContainer(r, c);
      for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        expect({ c, p, has: Boolean(m[p]) }).toEqual({ c, p, has: true });
        expect(m[p].initialDelaySeconds ?? 0).toBeLessThanOrEqual(10);
      }
    }
    const s = mainContainer(r, 'router-server');
    // live = the initial model load finished (Triton opens no port before); a failed model with
    // exitOnError=false must leave the pod unready, not restart it when the startup budget runs out
    expect(s.startupProbe.httpGet).toEqual({ path: '/v2/health/live', port: 'http' });
    expect(s.readinessProbe.httpGet).toEqual({ path: '/v2/health/ready', port: 'http' });
    expect(s.livenessProbe.httpGet).toEqual({ path: '/v2/health/live', port: 'http' });
    expect(mainContainer(r, 'router-controller').readinessProbe.httpGet.path).toBe('/health');
    expect(mainContainer(r, 'app').readinessProbe.httpGet.path).toBe('/');
  });

  it('C3: probes are configurable: timings, disable, full override', async () => {
    const r = await render({
      routerServer: { startupProbe: { failureThreshold: 120 }, livenessProbe: { enabled: false } },
      routerController: { readinessProbe: { override: { tcpSocket: { port: 'http' }, periodSeconds: 3 } } },
    });
    const s = mainContainer(r, 'router-server');
    expect(s.startupProbe.failureThreshold).toBe(120);
    expect(s.livenessProbe).toBeUndefined();
    expect(mainContainer(r, 'router-controller').readinessProbe).toEqual({ tcpSocket: { port: 'http' }, periodSeconds: 3 });
  });
});

describe('H1 high availability', () => {
  it('D-anti-affinity: anti-affinity and topology spread selectors match the pods they spread', async () => {
    const r = await render({
      routerController: {
        podAntiAffinityPreset: 'hard',
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule' }],
      },
      routerServer: { podAntiAffinityPreset: 'soft' },
    });
    for (const c of ['router-controller', 'router-server']) {
      const d = deployment(r, c);
      const podLabels = d.spec.template.metadata.labels;
      const matches = (sel: Record<string, string>) => Object.entries(sel).every(([k, v]) => podLabels[k] === v);
      const aa = podSpec(d).affinity.podAntiAffinity;
      const term =
        aa.requiredDuringSchedulingIgnoredDuringExecution?.[0] ?? aa.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm;
      expect(matches(term.labelSelector.matchLabels)).toBe(true);
      expect(term.labelSelector.matchLabels['app.kubernetes.io/component']).toBe(c);
    }
    const tsc = podSpec(deployment(r, 'router-controller')).topologySpreadConstraints[0];
    expect(tsc.labelSelector.matchLabels).toEqual(deployment(r, 'router-controller').spec.selector.matchLabels);
    expect(tsc.topologyKey).toBe('topology.kubernetes.io/zone');
  });

  it('H1: user affinity replaces the preset; preset none renders no affinity', async () => {
    const r = await render({ routerController: { podAntiAffinityPreset: 'none' }, routerServer: { affinity: { nodeAffinity: { x: 1 } } } });
    expect(podSpec(deployment(r, 'router-controller')).affinity).toBeUndefined();
    expect(podSpec(deployment(r, 'router-server')).affinity).toEqual({ nodeAffinity: { x: 1 } });
  });

  it('D-selectors: podLabels and commonLabels never enter selectors; selectors stay the three stable labels', async () => {
    const r = await render({ commonLabels: { team: 'a' }, routerController: { podLabels: { version: 'canary' } } });
    const d = deployment(r, 'router-controller');
    expect(d.spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'llm-router',
      'app.kubernetes.io/instance': 'rel',
      'app.kubernetes.io/component': 'router-controller',
    });
    expect(d.spec.template.metadata.labels).toMatchObject({ version: 'canary', team: 'a' });
    expect(r.one('Service', '-router-controller').spec.selector).toEqual(d.spec.selector.matchLabels);
    const clash = await render({ routerController: { podLabels: { 'app.kubernetes.io/component': 'x' } } });
    expect(clash.stderr).toContain('routerController.podLabels["app.kubernetes.io/component"]: selector labels are set by the chart');
  });
});

describe('H3 PodDisruptionBudgets', () => {
  it('H3: a PDB exists exactly for components that can have more than one pod', async () => {
    const r = await render({ routerServer: { replicas: 1 }, routerController: { replicas: 2 } });
    expect(r.byKind('PodDisruptionBudget').map((p) => p.metadata?.name)).toEqual(['rel-llm-router-router-controller']);
    expect(r.one('PodDisruptionBudget').spec.maxUnavailable).toBe(1);
    expect(r.one('PodDisruptionBudget').spec.selector.matchLabels['app.kubernetes.io/component']).toBe('router-controller');
    const scaled = await render({
      routerController: { replicas: 1, autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 4 } },
    });
    expect(scaled.byKind('PodDisruptionBudget')).toHaveLength(1);
    const single = await render({ routerController: { replicas: 1 } });
    expect(single.byKind('PodDisruptionBudget')).toHaveLength(0);
  });
});

describe('H5 rollout', () => {
  it('D-gpu-rollout: router-server defaults to Recreate (no surge needing a second GPU)', async () => {
    const r = await render();
    expect(deployment(r, 'router-server').spec.strategy).toEqual({ type: 'Recreate' });
    expect(deployment(r, 'router-controller').spec.strategy.type).toBe('RollingUpdate');
    const surge0 = await render({
      routerServer: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } },
    });
    expect(deployment(surge0, 'router-server').spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
    });
    const bare = await render({ routerController: { strategy: { type: 'RollingUpdate', rollingUpdate: null } } });
    expect(deployment(bare, 'router-controller').spec.strategy).toEqual({ type: 'RollingUpdate' });
  });

  it('H5: routing changes change the config checksum (pods roll); other changes do not', async () => {
    const sum = async (v: Record<string, unknown>) =>
      deployment(await render(v), 'router-controller').spec.template.metadata.annotations['checksum/config'];
    const base = await sum({});
    const llm = { name: 'x', apiBase: 'https://llm.example.com', model: 'm' };
    expect(
      await sum({
        routerController: { policies: [{ name: 'mine', url: 'http://triton.example.com:8000/v2/models/mine/infer', llms: [llm] }] },
      }),
    ).not.toBe(base);
    expect(await sum({ routerController: { replicas: 3 } })).toBe(base);
  });

  it('H5: preStop sleep and a grace period longer than it (the controller ignores SIGTERM)', async () => {
    const r = await render();
    const d = deployment(r, 'router-controller');
    const sleep = mainContainer(r, 'router-controller').lifecycle.preStop.sleep.seconds;
    expect(sleep).toBeGreaterThan(0);
    expect(podSpec(d).terminationGracePeriodSeconds).toBeGreaterThan(sleep);
  });

  it('H5/HPA: controller HPA owns replicas; router-server scales with an optional KEDA ScaledObject', async () => {
    const r = await render({
      routerController: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 70 } },
      routerServer: {
        // More than one router-server needs storage every node can mount (a rule).
        modelRepository: { storage: { pvc: { accessModes: ['ReadWriteMany'] } } },
        autoscaling: {
          enabled: true,
          maxReplicas: 3,
          triggers: [{ type: 'prometheus', metadata: { query: 'q', threshold: '1', serverAddress: 'http://p:9090' } }],
        },
      },
    });
    const hpa = r.one('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef.name).toBe('rel-llm-router-router-controller');
    expect(hpa.spec.metrics[0].resource).toEqual({ name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } });
    expect(deployment(r, 'router-controller').spec.replicas).toBeUndefined();
    const so = r.one('ScaledObject');
    expect(so.spec.scaleTargetRef.name).toBe('rel-llm-router-router-server');
    expect(so.spec.maxReplicaCount).toBe(3);
    expect((await render()).byKind('ScaledObject')).toHaveLength(0);
  });

  // Found by handing the ScaledObject to the real KEDA (issue 20): `behavior` was accepted and never
  // rendered, so a scaled-up router-server waited the HPA's default 300 s before scaling back down.
  it('every routerServer.autoscaling value KEDA can use reaches the ScaledObject', async () => {
    const behavior = { scaleDown: { stabilizationWindowSeconds: 30, policies: [{ type: 'Pods', value: 1, periodSeconds: 15 }] } };
    const triggers = [{ type: 'prometheus', metadata: { query: 'q', threshold: '1', serverAddress: 'http://p:9090' } }];
    const so = (
      await render({
        routerServer: {
          modelRepository: { storage: { type: 'emptyDir' } },
          autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 4, pollingInterval: 7, cooldownPeriod: 45, behavior, triggers },
        },
      })
    ).one('ScaledObject');
    expect(so.spec).toMatchObject({ minReplicaCount: 2, maxReplicaCount: 4, pollingInterval: 7, cooldownPeriod: 45, triggers });
    expect(so.spec.advanced).toEqual({ horizontalPodAutoscalerConfig: { behavior } });
    const unset = await render({
      routerServer: { modelRepository: { storage: { type: 'emptyDir' } }, autoscaling: { enabled: true, maxReplicas: 2, triggers } },
    });
    expect(unset.one('ScaledObject').spec.advanced).toBeUndefined();
  });
});

describe('L1 scheduling', () => {
  it('D-gpu-tolerations: GPU toleration only on router-server; nodeSelector per component; runtimeClassName never forced', async () => {
    const r = await render({ app: { enabled: true }, routerServer: { nodeSelector: { gpu: 'gpu-node' } } });
    expect(podSpec(deployment(r, 'router-server')).tolerations).toContainEqual({
      key: 'nvidia.com/gpu',
      operator: 'Exists',
      effect: 'NoSchedule',
    });
    expect(podSpec(deployment(r, 'router-server')).nodeSelector).toEqual({ gpu: 'gpu-node' });
    for (const c of ['router-controller', 'app']) {
      expect(podSpec(deployment(r, c)).tolerations).toBeUndefined();
      expect(podSpec(deployment(r, c)).nodeSelector).toBeUndefined();
    }
    for (const c of COMPONENTS) expect(podSpec(deployment(r, c)).runtimeClassName).toBeUndefined();
    const set = await render({ routerServer: { runtimeClassName: 'nvidia', priorityClassName: 'high' } });
    expect(podSpec(deployment(set, 'router-server')).runtimeClassName).toBe('nvidia');
    expect(podSpec(deployment(set, 'router-server')).priorityClassName).toBe('high');
    expect(podSpec(deployment(set, 'router-controller')).priorityClassName).toBeUndefined();
  });
});

describe('L2 logging', () => {
  it('L2: RUST_LOG from logLevel/logFilter, Triton log flags from logLevel/logFormat, app log level', async () => {
    const r = await render({
      routerController: { logLevel: 'debug' },
      routerServer: { logLevel: 'debug', logFormat: 'ISO8601' },
      app: { enabled: true, logLevel: 'warn' },
    });
    expect(envOf(mainContainer(r, 'router-controller')).RUST_LOG.value).toBe('debug');
    const args = mainContainer(r, 'router-server').args;
    expect(args).toEqual(expect.arrayContaining(['--log-verbose=1', '--log-info=true', '--log-format=ISO8601', '--exit-on-error=true']));
    expect(envOf(mainContainer(r, 'app')).LOG_LEVEL.value).toBe('WARN');
    const filt = await render({ routerController: { logFilter: 'info,hyper=warn' }, routerServer: { logLevel: 'error' } });
    expect(envOf(mainContainer(filt, 'router-controller')).RUST_LOG.value).toBe('info,hyper=warn');
    expect(mainContainer(filt, 'router-server').args).toEqual(
      expect.arrayContaining(['--log-info=false', '--log-warning=false', '--log-verbose=0']),
    );
  });
});

describe('upstream defects in the workloads', () => {
  it('D-config-path: no CONFIG_PATH env; --config-path equals the config mount path, also when moved', async () => {
    for (const mountPath of ['/app/config.yaml', '/etc/router/config.yaml']) {
      const r = await render({ routerController: { config: { mountPath } } });
      const c = mainContainer(r, 'router-controller');
      expect(envOf(c).CONFIG_PATH).toBeUndefined();
      expect(c.args).toEqual(['--config-path', mountPath]);
      expect(c.volumeMounts).toContainEqual({ name: 'config', mountPath, subPath: 'config.yaml', readOnly: true });
    }
  });

  it('D-image: registry and repository joined with "/", tag defaults to appVersion, digest wins, global registry fills a missing one', async () => {
    // A trailing "/" on the registry is refused by the schema since issue 22; the join adds the one "/".
    const r = await render({ routerController: { image: { registry: 'reg.example.com', repository: 'team/ctl' } } });
    expect(mainContainer(r, 'router-controller').image).toBe('reg.example.com/team/ctl:1.0.0');
    expect(mainContainer(r, 'router-server').image).not.toMatch(/:latest$/);
    const digest = 'sha256:' + 'a'.repeat(64);
    const d = await render({ routerController: { image: { tag: '2.0', digest } } });
    expect(mainContainer(d, 'router-controller').image).toBe(`registry.example.com/llm-router/router-controller@${digest}`);
    const g = await render({
      global: { imageRegistry: 'mirror.local' },
      routerController: { image: { repository: 'ctl' } },
      routerServer: { image: { registry: 'own.local', repository: 'srv', tag: '7' } },
    });
    expect(mainContainer(g, 'router-controller').image).toBe('mirror.local/ctl:1.0.0');
    expect(mainContainer(g, 'router-server').image).toBe('own.local/srv:7');
  });

  it('D-policy-url: default policy urls use the release-scoped router-server Service and <policy>_ensemble', async () => {
    const r = await render({}, { release: 'prod' });
    const config = r.one('ConfigMap', 'router-controller-config').data['config.yaml'];
    expect(config).toContain('url: "http://prod-llm-router-router-server:8000/v2/models/task_router_ensemble/infer"');
    expect(config).toContain('url: "http://prod-llm-router-router-server:8000/v2/models/complexity_router_ensemble/infer"');
    expect(r.one('Service', '-router-server').metadata?.name).toBe('prod-llm-router-router-server');
    expect(config).not.toMatch(/api_base: ".*\/v1"/);
  });

  it('escape hatches: customConfig is used verbatim; existingConfigMap replaces the chart ConfigMap', async () => {
    const custom = 'policies:\n  - name: mine\n    url: http://triton:8000/v2/models/mine/infer\n    llms: []\n';
    const r = await render({ routerController: { customConfig: custom } });
    expect(r.one('ConfigMap', 'router-controller-config').data['config.yaml']).toBe(custom);
    const e = await render({ routerController: { existingConfigMap: 'my-config', policies: [] } }, { base: true });
    expect(e.byKind('ConfigMap')).toHaveLength(0);
    expect(podSpec(deployment(e, 'router-controller')).volumes[0]).toEqual({ name: 'config', configMap: { name: 'my-config' } });
    const dry = await runHelm(4, [
      'install',
      'rel',
      CHART_DIR,
      '--dry-run=client',
      '--namespace',
      'llm-router',
      '--values',
      valuesFile(merge(BASE, { routerController: { existingConfigMap: 'c', policies: [] } })),
    ]);
    expect(dry.code).toBe(0);
  });

  it('D-app: no app objects when disabled; when enabled its config is a file mount, not over /app', async () => {
    const off = await render();
    expect(off.objects.filter((o) => o.metadata?.labels?.['app.kubernetes.io/component'] === 'app')).toEqual([]);
    const on = await render({ app: { enabled: true } });
    const mounts = mainContainer(on, 'app').volumeMounts;
    expect(mounts.map((m: any) => m.mountPath)).not.toContain('/app');
    expect(mounts).toContainEqual({ name: 'config', mountPath: '/app/config.yaml', subPath: 'config.yaml', readOnly: true });
    expect(on.one('ConfigMap', 'app-config').data['config.yaml']).toContain(
      'router_controller_url: "http://rel-llm-router-router-controller:8084"',
    );
  });

  it('D-names: every name fits 63 characters and components never collide, even with a long release name', async () => {
    const release = 'a-very-long-release-name-that-goes-on-and-on-forever'; // 53, helm's maximum
    const r = await render({ app: { enabled: true }, volumeSnapshots: { schedule: { enabled: true } } }, { release });
    const names = r.objects.map((o) => `${o.kind}/${o.metadata?.name}`);
    for (const o of r.objects) expect((o.metadata?.name ?? '').length).toBeLessThanOrEqual(63);
    expect(new Set(names).size).toBe(names.length);
    expect(deployment(r, 'router-server').metadata?.name).toMatch(/-router-server$/);
    const over = await render({ fullnameOverride: 'x'.repeat(70) });
    for (const o of over.objects) expect((o.metadata?.name ?? '').length).toBeLessThanOrEqual(63);
  });

  it('D-undefined-values: nameOverride, fullnameOverride and namespaceOverride are honoured', async () => {
    const r = await render({ nameOverride: 'router', namespaceOverride: 'elsewhere' });
    expect(deployment(r, 'router-server').metadata?.name).toBe('rel-router-router-server');
    expect(deployment(r, 'router-server').metadata?.namespace).toBe('elsewhere');
    const f = await render({ fullnameOverride: 'lr' });
    expect(deployment(f, 'router-controller').metadata?.name).toBe('lr-router-controller');
  });
});
