// M1 NetworkPolicy, M2 monitoring, M5 ingress/Gateway API/Route, L4 helm tests, extraObjects:
// asserted on objects rendered by real helm.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_METRIC_NAMES } from '../src/index.js';
import { podSpec, render, type Obj } from './render.js';

const policy = (r: Awaited<ReturnType<typeof render>>, suffix: string): Obj => r.one('NetworkPolicy', `-${suffix}`);

describe('M1 NetworkPolicies', () => {
  it('M1: default deny for every pod of the release, with DNS open', async () => {
    const r = await render();
    const deny = policy(r, 'default-deny');
    expect(deny.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'llm-router', 'app.kubernetes.io/instance': 'rel' });
    expect(deny.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(deny.spec.ingress).toBeUndefined();
    expect(deny.spec.egress[0].ports).toEqual([
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ]);
    expect(deny.spec.egress[0].to[0].namespaceSelector.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'kube-system' });
  });

  it('M1: controller -> router-server 8000/8001, app -> controller, namespaces -> controller/app, monitoring -> metrics', async () => {
    const r = await render({
      app: { enabled: true },
      networkPolicy: {
        ingressNamespaceSelector: { ns: 'ingress' },
        gatewayNamespaceSelector: { ns: 'gw' },
        monitoringNamespaceSelector: { ns: 'mon' },
      },
    });
    const server = policy(r, 'router-server');
    expect(server.spec.ingress[0].from[0].podSelector.matchLabels['app.kubernetes.io/component']).toBe('router-controller');
    expect(server.spec.ingress[0].ports).toEqual([
      { protocol: 'TCP', port: 'http' },
      { protocol: 'TCP', port: 'grpc' },
    ]);
    expect(server.spec.ingress[1]).toEqual({
      from: [{ namespaceSelector: { matchLabels: { ns: 'mon' } } }],
      ports: [{ protocol: 'TCP', port: 'metrics' }],
    });
    const ctl = policy(r, 'router-controller');
    const from = ctl.spec.ingress[0].from;
    expect(from[0].podSelector.matchLabels['app.kubernetes.io/component']).toBe('app');
    expect(from).toEqual(
      expect.arrayContaining([
        { namespaceSelector: { matchLabels: { ns: 'ingress' } } },
        { namespaceSelector: { matchLabels: { ns: 'gw' } } },
      ]),
    );
    expect(ctl.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 'http' }]);
    expect(ctl.spec.egress[0].to[0].podSelector.matchLabels['app.kubernetes.io/component']).toBe('router-server');
    // Named ports resolve to the container ports 8000/8001 (server) and 8084 (controller).
    const serverPorts = podSpec(r.one('Deployment', '-router-server')).containers[0].ports;
    expect(serverPorts.filter((p: any) => ['http', 'grpc'].includes(p.name)).map((p: any) => p.containerPort)).toEqual([8000, 8001]);
    expect(podSpec(r.one('Deployment', '-router-controller')).containers[0].ports[0]).toEqual({
      name: 'http',
      containerPort: 8084,
      protocol: 'TCP',
    });
    const app = policy(r, 'app');
    expect(app.spec.egress[0].to[0].podSelector.matchLabels['app.kubernetes.io/component']).toBe('router-controller');
    // Egress rules carry port numbers: kube-router (seen in the kind e2e) drops egress to named ports.
    expect(ctl.spec.egress[0].ports).toEqual([
      { protocol: 'TCP', port: 8000 },
      { protocol: 'TCP', port: 8001 },
    ]);
    expect(app.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8084 }]);
    // the controller's pod port is fixed (8084, D-controller-port); moving its Service port changes nothing here
    const moved = await render({
      app: { enabled: true },
      routerController: { service: { port: 9084 } },
      routerServer: { triton: { ports: { http: 9000, grpc: 9001, metrics: 9002 } } },
    });
    expect(policy(moved, 'router-controller').spec.egress[0].ports.map((p: any) => p.port)).toEqual([9000, 9001]);
    expect(policy(moved, 'app').spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8084 }]);
  });

  it('M1: controller egress to the LLM APIs is configurable (CIDRs and ports, or all)', async () => {
    const r = await render({ networkPolicy: { controllerEgress: { cidrs: ['203.0.113.0/24'], exceptCidrs: [], ports: [443, 8443] } } });
    expect(policy(r, 'router-controller').spec.egress[1]).toEqual({
      to: [{ ipBlock: { cidr: '203.0.113.0/24' } }],
      ports: [
        { protocol: 'TCP', port: 443 },
        { protocol: 'TCP', port: 8443 },
      ],
    });
    const all = await render({ networkPolicy: { controllerEgress: { allowAll: true } } });
    expect(policy(all, 'router-controller').spec.egress[1]).toEqual({});
    expect((await render({ networkPolicy: { enabled: false } })).byKind('NetworkPolicy')).toHaveLength(0);
  });
});

describe('M2 monitoring', () => {
  it('M2: nothing monitoring-related renders by default', async () => {
    const r = await render();
    expect(r.objects.filter((o) => /monitoring.coreos.com/.test(o.apiVersion ?? '') || o.metadata?.labels?.grafana_dashboard)).toEqual([]);
  });

  it('M2: ServiceMonitors for Triton metrics port and controller /metrics, with user labels; PodMonitor variant', async () => {
    const r = await render({ metrics: { serviceMonitor: { enabled: true, labels: { release: 'kps' } } } });
    const sms = r.byKind('ServiceMonitor');
    expect(sms).toHaveLength(2);
    const server = r.one('ServiceMonitor', '-router-server');
    expect(server.metadata?.labels?.release).toBe('kps');
    expect(server.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s', scrapeTimeout: '10s' }]);
    expect(server.spec.selector.matchLabels['app.kubernetes.io/component']).toBe('router-server');
    const svc = r.one('Service', '-router-server');
    expect(svc.spec.ports.find((p: any) => p.name === 'metrics').port).toBe(8002);
    expect(r.one('ServiceMonitor', '-router-controller').spec.endpoints[0]).toMatchObject({ port: 'http', path: '/metrics' });
    const pm = await render({ metrics: { serviceMonitor: { enabled: true, kind: 'PodMonitor' } } });
    expect(pm.byKind('ServiceMonitor')).toHaveLength(0);
    expect(
      pm
        .byKind('PodMonitor')
        .map((p) => p.spec.podMetricsEndpoints[0].port)
        .sort(),
    ).toEqual(['http', 'metrics']);
  });

  it('M2: with onlyWhenApiAvailable the monitoring CRs render only where the cluster serves them', async () => {
    const values = { metrics: { onlyWhenApiAvailable: true, serviceMonitor: { enabled: true }, prometheusRule: { enabled: true } } };
    const absent = await render(values);
    expect([...absent.byKind('ServiceMonitor'), ...absent.byKind('PrometheusRule')]).toHaveLength(0);
    const present = await render(values, {
      args: ['--api-versions', 'monitoring.coreos.com/v1/ServiceMonitor', '--api-versions', 'monitoring.coreos.com/v1/PrometheusRule'],
    });
    expect(present.byKind('ServiceMonitor')).toHaveLength(2);
    expect(present.byKind('PrometheusRule')).toHaveLength(1);
  });

  it('M2: PrometheusRule alerts use only metric names from the runtime contract', async () => {
    const r = await render({ metrics: { prometheusRule: { enabled: true, labels: { release: 'kps' }, errorRatio: 0.1 } } });
    const rule = r.one('PrometheusRule');
    expect(rule.metadata?.labels?.release).toBe('kps');
    const rules = rule.spec.groups[0].rules;
    expect(rules.map((x: any) => x.alert)).toEqual([
      'LLMRouterServerDown',
      'LLMRouterServerNotReady',
      'LLMRouterControllerErrorRatio',
      'LLMRouterControllerLatencyHigh',
      'LLMRouterTritonInferenceFailures',
      'LLMRouterGpuMemoryHigh',
      'LLMRouterGpuMetricsMissing',
    ]);
    expect(rules[2].expr).toContain('> 0.1');
    // Prometheus's own {{ $labels }} templating survives Helm
    expect(rules[1].annotations.description).toContain('Pod {{ $labels.pod }} is not Ready');
    expect(rules[0].expr).toContain('pod=~"rel-llm-router-router-server-.*"');
    const known = new Set([...ALL_METRIC_NAMES, 'up']);
    for (const x of rules) {
      const names = (x.expr as string).match(/\b[a-z_]+(?=\{)/g) ?? [];
      for (const n of names)
        expect({ alert: x.alert, n, known: known.has(n.replace(/_bucket$/, '')) }).toEqual({ alert: x.alert, n, known: true });
      expect(x.expr).not.toContain('%!');
    }
  });

  it('M2: Grafana dashboard ConfigMap carries the sidecar label and only contract metric names', async () => {
    const r = await render({ metrics: { grafanaDashboards: { enabled: true, folder: 'LLM' } } });
    const cm = r.one('ConfigMap', '-dashboard');
    expect(cm.metadata?.labels?.grafana_dashboard).toBe('1');
    expect(cm.metadata?.annotations?.grafana_folder).toBe('LLM');
    const dash = JSON.parse(cm.data['llm-router.json']);
    const exprs: string[] = dash.panels.flatMap((p: any) => p.targets.map((t: any) => t.expr));
    const used = new Set(exprs.flatMap((e) => e.match(/\b[a-z_]+(?=\{)/g) ?? []).map((n) => n.replace(/_bucket$/, '')));
    for (const n of used) expect(ALL_METRIC_NAMES).toContain(n);
    expect(used.size).toBeGreaterThanOrEqual(15);
  });
});

describe('M5 ingress, Gateway API, OpenShift Route', () => {
  it('D-ingress-port: Ingress paths go to the controller port 8084 or the app, never to Triton or 8002; TLS, cert-manager, rate limit', async () => {
    const r = await render({
      app: { enabled: true },
      ingress: {
        enabled: true,
        className: 'nginx',
        hosts: [
          {
            host: 'r.example.com',
            paths: [
              { path: '/', backend: 'controller' },
              { path: '/ui', pathType: 'Prefix', backend: 'app' },
            ],
          },
        ],
        tls: [{ secretName: 'tls', hosts: ['r.example.com'] }],
        certManager: { enabled: true, clusterIssuer: 'le' },
        rateLimit: { enabled: true, rps: 7 },
      },
      networkPolicy: { ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
    });
    const ing = r.one('Ingress');
    const backends = ing.spec.rules[0].http.paths.map((p: any) => p.backend.service);
    expect(backends).toEqual([
      { name: 'rel-llm-router-router-controller', port: { number: 8084 } },
      { name: 'rel-llm-router-app', port: { number: 8008 } },
    ]);
    expect(JSON.stringify(ing.spec)).not.toMatch(/router-server|8002/);
    expect(ing.spec.ingressClassName).toBe('nginx');
    expect(ing.spec.tls).toEqual([{ secretName: 'tls', hosts: ['r.example.com'] }]);
    const ann = ing.metadata?.annotations ?? {};
    expect(ann['cert-manager.io/cluster-issuer']).toBe('le');
    expect(ann['nginx.ingress.kubernetes.io/limit-rps']).toBe('7');
    expect(Object.keys(ann)).not.toContain('nginx.ingress.kubernetes.io/configuration-snippet');
    expect(ann['nginx.ingress.kubernetes.io/custom-headers']).toBe('llm-router/rel-llm-router-security-headers');
    expect(r.one('ConfigMap', '-security-headers').data['X-Content-Type-Options']).toBe('nosniff');
  });

  it('M5: HTTPRoute with parentRefs, hostnames and request/response header filters', async () => {
    const r = await render({
      gatewayApi: {
        httpRoute: {
          enabled: true,
          parentRefs: [{ name: 'gw', namespace: 'gateway-system' }],
          hostnames: ['r.example.com'],
          requestHeaderModifier: { remove: ['X-User'] },
          responseHeaderModifier: { set: [{ name: 'X-Frame-Options', value: 'DENY' }] },
        },
      },
    });
    const route = r.one('HTTPRoute');
    expect(route.spec.parentRefs).toEqual([{ name: 'gw', namespace: 'gateway-system' }]);
    expect(route.spec.hostnames).toEqual(['r.example.com']);
    const rule = route.spec.rules[0];
    expect(rule.filters).toEqual([
      { type: 'RequestHeaderModifier', requestHeaderModifier: { remove: ['X-User'] } },
      { type: 'ResponseHeaderModifier', responseHeaderModifier: { set: [{ name: 'X-Frame-Options', value: 'DENY' }] } },
    ]);
    expect(rule.backendRefs).toEqual([{ name: 'rel-llm-router-router-controller', port: 8084 }]);
    const plain = await render({ gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw' }] } } });
    expect(plain.one('HTTPRoute').spec.rules[0].filters).toBeUndefined();
  });

  it('M5: OpenShift Route with edge TLS to the controller', async () => {
    const r = await render({ openshiftRoute: { enabled: true, host: 'r.apps.example.com' } });
    const route = r.one('Route');
    expect(route.spec).toMatchObject({
      host: 'r.apps.example.com',
      to: { kind: 'Service', name: 'rel-llm-router-router-controller' },
      port: { targetPort: 'http' },
      tls: { termination: 'edge', insecureEdgeTerminationPolicy: 'Redirect' },
    });
  });
});

describe('L4 helm tests and extras', () => {
  it('L4: restricted test pods check each Service on its health endpoint', async () => {
    const r = await render({ app: { enabled: true } });
    const pods = r.byKind('Pod');
    const env = (p: (typeof pods)[number], name: string) => p.spec.containers[0].env.find((e: { name: string }) => e.name === name)?.value;
    const urls = pods.map((p) => env(p, 'URL')).sort();
    expect(pods.map((p) => [env(p, 'ATTEMPTS'), env(p, 'DELAY')])).toEqual(pods.map(() => ['10', '3']));
    expect(urls).toEqual([
      'http://rel-llm-router-app:8008/',
      'http://rel-llm-router-router-controller:8084/health',
      'http://rel-llm-router-router-server:8000/v2/health/ready',
    ]);
    for (const p of pods) {
      expect(p.metadata?.annotations?.['helm.sh/hook']).toBe('test');
      expect(p.spec.securityContext.runAsNonRoot).toBe(true);
      expect(p.spec.containers[0].securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
    }
    expect((await render()).byKind('Pod')).toHaveLength(2);
    expect((await render({ tests: { enabled: false } })).byKind('Pod')).toHaveLength(0);
  });

  it('L4: a test pod retries its Service ATTEMPTS times, DELAY seconds apart, then fails', async () => {
    const r = await render({ tests: { attempts: 3, retryDelaySeconds: 1 } });
    const container = r.byKind('Pod')[0]!.spec.containers[0];
    expect(container.command.slice(0, 2)).toEqual(['sh', '-c']);
    const values = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect([values.ATTEMPTS, values.DELAY, values.WGET]).toEqual(['3', '1', '/bin/wget']);
    // run the pod's script with a stand-in wget that fails until its Nth call
    const dir = mkdtempSync(join(tmpdir(), 'helm-test-retry-'));
    const calls = join(dir, 'calls');
    writeFileSync(join(dir, 'wget'), `#!/bin/sh\necho x >> "${calls}"\n[ "$(wc -l < "${calls}")" -ge "$SUCCEED_ON" ]\n`, { mode: 0o755 });
    const runScript = (succeedOn: number) => {
      rmSync(calls, { force: true });
      const res = spawnSync('sh', ['-c', container.command[2]], {
        env: { ...process.env, ...values, DELAY: '0', WGET: join(dir, 'wget'), SUCCEED_ON: String(succeedOn) },
      });
      return { status: res.status, calls: readFileSync(calls, 'utf8').trim().split('\n').length };
    };
    expect(runScript(3)).toEqual({ status: 0, calls: 3 });
    expect(runScript(4)).toEqual({ status: 1, calls: 3 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('extraObjects are rendered through tpl', async () => {
    const r = await render({
      extraObjects: [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: '{{ .Release.Name }}-x' } },
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-y\n',
      ],
    });
    expect(r.byKind('ConfigMap').map((c) => c.metadata?.name)).toEqual(expect.arrayContaining(['rel-x', 'rel-y']));
  });
});
