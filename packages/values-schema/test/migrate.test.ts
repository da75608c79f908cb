// migrate: upstream llm-router values -> ours. The upstream chart's own values files are read from
// the reference copy at test time (never copied into the project).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { migrateUpstreamValues, migrateUpstreamValuesText, validate, type MigrationResult } from '../src/index.js';
import { migrateFile } from '../src/migrate/cli.js';

const UPSTREAM = process.env.LLM_ROUTER_UPSTREAM_CHART ?? '/work/shared/reference/upstream-chart/llm-router';
const haveUpstream = fs.existsSync(path.join(UPSTREAM, 'values.yaml'));
const upstreamFiles = haveUpstream
  ? ['values.yaml', 'values.override.yaml.sample', ...fs.readdirSync(path.join(UPSTREAM, 'examples')).map((f) => `examples/${f}`)]
  : [];

const notesAt = (r: MigrationResult, p: string) => r.notes.filter((n) => n.path === p);
const kindAt = (r: MigrationResult, p: string) => notesAt(r, p).map((n) => n.kind);
const run = (input: unknown, release = 'prod') => migrateUpstreamValues(input, { release, namespace: 'ai' });
const get = (v: unknown, p: string): unknown => p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], v);

/** Helm's merge of a values file over the chart's values.yaml (maps merge, everything else replaces). */
function merge(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof over !== 'object' || over === null || Array.isArray(over))
    return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

(haveUpstream ? describe : describe.skip)(`the upstream chart's own values files (${UPSTREAM})`, () => {
  const base = haveUpstream ? parse(fs.readFileSync(path.join(UPSTREAM, 'values.yaml'), 'utf8')) : {};
  test.each(upstreamFiles)('%s converts with every key accounted for, and validates', (file) => {
    // The override sample's registry is a placeholder to fill in ("YOUR_REGISTRY/"), which is no registry host: filled in here.
    const text = fs.readFileSync(path.join(UPSTREAM, file), 'utf8').replace('"YOUR_REGISTRY/"', '"registry.example.com/team/"');
    const r = migrateUpstreamValuesText(text, { release: 'prod', namespace: 'ai' });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(validate(r.values).ok).toBe(true);
    expect(validate(parse(r.yaml)).ok).toBe(true);
  });
  test.each(upstreamFiles.filter((f) => f.startsWith('examples/')))(
    '%s merged over values.yaml (what `helm get values --all` returns) converts too',
    (file) => {
      const r = run(merge(base, parse(fs.readFileSync(path.join(UPSTREAM, file), 'utf8'))));
      expect(r.errors).toEqual([]);
      expect(validate(r.values).ok).toBe(true);
    },
  );
  test("the default values adopt upstream's PVC with the volume root as repository, and keep the routing table", () => {
    const r = run(base);
    expect(r.modelPvc).toBe('prod-llm-router-router-server-model-repo');
    expect(get(r.values, 'routerServer.modelRepository')).toEqual({
      path: '/model_repository',
      storage: { type: 'pvc', pvc: { existingClaim: 'prod-llm-router-router-server-model-repo' } },
    });
    const policies = get(r.values, 'routerController.policies') as {
      name: string;
      llms: { name: string; model: string; apiKey: unknown }[];
    }[];
    expect(policies.map((p) => [p.name, p.llms.length])).toEqual([
      ['task_router', 12],
      ['complexity_router', 7],
    ]);
    expect(policies[0]!.llms[4]).toMatchObject({
      name: 'Code Generation',
      model: 'nvidia/llama-3.3-nemotron-super-49b-v1',
      apiKey: { secretKey: 'nvidia_api_key' },
    });
    expect(get(r.values, 'apiKeys.existingSecret')).toBe('llm-api-keys');
  });
  test('the override sample: models under routers/ of an existing claim become a subPath', () => {
    const r = migrateUpstreamValuesText(fs.readFileSync(path.join(UPSTREAM, 'values.override.yaml.sample'), 'utf8'), { release: 'prod' });
    expect(get(r.values, 'routerServer.modelRepository')).toEqual({
      path: '/model_repository/routers',
      storage: { type: 'pvc', subPath: 'routers', pvc: { existingClaim: 'router-models-pvc' } },
    });
    expect(r.modelPvc).toBeNull(); // the user's own claim: nothing to keep from the release
    expect(get(r.values, 'global.imageRegistry')).toBe('YOUR_REGISTRY');
  });
});

describe('mapping rules', () => {
  test('images: upstream defaults fill what the file leaves out, so the same image runs (a latest tag is a decision)', () => {
    const r = run({ global: { imageRegistry: 'registry.example.com/team/' }, routerController: { image: { tag: 'v1.2' } } });
    expect(get(r.values, 'global.imageRegistry')).toBe('registry.example.com/team');
    expect(get(r.values, 'routerController.image')).toEqual({ repository: 'router-controller', tag: 'v1.2', pullPolicy: 'IfNotPresent' });
    // Upstream's default tag is latest, which this chart refuses: the version is the user's decision.
    expect(get(r.values, 'routerServer.image')).toEqual({ repository: 'router-server', tag: null, pullPolicy: 'IfNotPresent' });
    expect(kindAt(r, 'routerServer.image.repository')).toEqual(['assumed']);
    expect(kindAt(r, 'routerServer.image.tag')).toEqual(['decision']);
    expect(kindAt(r, 'routerController.image.tag')).toEqual(['mapped']);
  });
  test('a registry without a trailing "/" is glued to the repository as upstream did', () => {
    const r = run({ global: { imageRegistry: 'docker.io/me' } });
    expect(get(r.values, 'routerServer.image.repository')).toBe('docker.io/merouter-server');
    expect(get(r.values, 'global.imageRegistry')).toBeUndefined();
  });
  test('replicas, resources and strategy carry over; a surge on the router-server is a decision', () => {
    const r = run({ routerServer: { replicas: 1, strategy: { type: 'Recreate' }, resources: { limits: { 'nvidia.com/gpu': 1 } } } });
    expect(get(r.values, 'routerServer.replicas')).toBe(1);
    expect(get(r.values, 'routerServer.strategy')).toEqual({ type: 'Recreate', rollingUpdate: null });
    expect(get(r.values, 'routerServer.resources')).toEqual({ limits: { 'nvidia.com/gpu': 1 }, requests: {} });
    expect(r.notes.some((n) => n.kind === 'decision' && n.path === 'routerServer.strategy')).toBe(false);
    const surge = run({});
    expect(get(surge.values, 'routerServer.strategy')).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    expect(kindAt(surge, 'routerServer.strategy')).toEqual(['assumed', 'decision']);
  });
  test("security contexts: upstream's weaker defaults make way for ours, changes carry over", () => {
    const r = run({
      routerServer: {
        securityContext: {
          container: { readOnlyRootFilesystem: false, runAsUser: 65534, capabilities: { add: ['NET_BIND_SERVICE'] } },
          pod: { runAsUser: 1000, fsGroup: 1000 },
        },
      },
    });
    expect(get(r.values, 'routerServer.containerSecurityContext')).toBeUndefined();
    expect(get(r.values, 'routerServer.podSecurityContext')).toEqual({ runAsUser: 65534, fsGroup: 1000 }); // the container's user won over the pod's upstream
    expect(kindAt(r, 'routerServer.securityContext.container.capabilities.add[0]')).toEqual(['dropped']);
    expect(kindAt(run({ app: { securityContext: { pod: null, container: {} } } }), 'app.securityContext.pod')).toEqual(['dropped']);
    const bad = run({ app: { securityContext: { pod: { sysctls: [] } } } });
    expect(bad.errors).toEqual([
      { path: 'app.securityContext.pod.sysctls', message: expect.stringContaining('our chart has no app.podSecurityContext.sysctls') },
    ]);
  });
  test('probes: upstream default timings are dropped, changed ones mapped, other handlers kept verbatim', () => {
    const r = run({
      routerServer: {
        healthChecks: { startupProbe: { httpGet: { path: '/v2/health/ready', port: 8000 }, periodSeconds: 10, failureThreshold: 180 } },
      },
      routerController: {
        healthChecks: {
          readinessProbe: {
            httpGet: { path: '/health', port: 8084 },
            initialDelaySeconds: 15,
            periodSeconds: 10,
            timeoutSeconds: 3,
            successThreshold: 1,
            failureThreshold: 3,
          },
        },
      },
      app: { healthChecks: { livenessProbe: { tcpSocket: { port: 8008 } } } },
    });
    expect(get(r.values, 'routerServer.startupProbe')).toEqual({ periodSeconds: 10, failureThreshold: 180 });
    expect(get(r.values, 'routerController.readinessProbe')).toBeUndefined();
    expect(kindAt(r, 'routerController.healthChecks.readinessProbe')).toEqual(['dropped']);
    expect(get(r.values, 'app.livenessProbe')).toEqual({ override: { tcpSocket: { port: 8008 } } });
  });
  test("affinity: upstream's no-op anti-affinity is dropped; chart-wide scheduling goes to every component", () => {
    const noop = {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              labelSelector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['router-server'] }] },
              topologyKey: 'kubernetes.io/hostname',
            },
          },
        ],
      },
    };
    const zone = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }],
        },
      },
    };
    const r = run({
      routerServer: { affinity: noop },
      routerController: { affinity: zone },
      nodeSelector: { pool: 'ai' },
      tolerations: [{ key: 'dedicated', operator: 'Exists' }],
    });
    expect(get(r.values, 'routerServer.affinity')).toBeUndefined();
    expect(get(r.values, 'routerController.affinity')).toEqual(zone);
    expect(get(r.values, 'app.nodeSelector')).toEqual({ pool: 'ai' });
    expect(get(r.values, 'routerServer.tolerations')).toEqual([
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'dedicated', operator: 'Exists' },
    ]);
    expect(get(r.values, 'routerController.tolerations')).toEqual([{ key: 'dedicated', operator: 'Exists' }]);
  });
  test('tolerations: the GPU toleration written in another key order (or twice) is kept once', () => {
    const gpu = { effect: 'NoSchedule', operator: 'Exists', key: 'nvidia.com/gpu' };
    const r = run({ tolerations: [gpu, { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }, gpu] });
    expect(get(r.values, 'routerServer.tolerations')).toEqual([{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }]);
    expect(get(r.values, 'routerController.tolerations')).toEqual([gpu]);
  });
  test('services: ports by name; targetPorts are the container ports', () => {
    const r = run({
      routerServer: {
        service: {
          type: 'NodePort',
          ports: [
            { name: 'http', port: 9000, targetPort: 8000 },
            { name: 'metrics', port: 9002, targetPort: 8002 },
          ],
        },
      },
      app: { service: { port: 80, targetPort: 7860 } },
    });
    expect(get(r.values, 'routerServer.service')).toEqual({ type: 'NodePort', port: 9000, metricsPort: 9002 });
    expect(get(r.values, 'app.service.port')).toBe(80);
    expect(get(r.values, 'app.port')).toBe(7860);
    expect(run({ routerServer: { service: { ports: [{ name: 'web', port: 1 }] } } }).errors.map((e) => e.path)).toEqual([
      'routerServer.service.ports[0]',
    ]);
  });
  test('storage: volume root, subPath, NFS, hostPath (decision), emptyDir, object storage', () => {
    const sub = run({
      routerServer: { modelRepository: { path: '/models/routers/v1' }, volumes: { modelRepository: { mountPath: '/models' } } },
    });
    expect(get(sub.values, 'routerServer.modelRepository.storage.subPath')).toBe('routers/v1');
    const nfs = run({
      routerServer: {
        volumes: {
          modelRepository: {
            storage: { persistentVolumeClaim: { enabled: false }, nfs: { enabled: true, server: 'nfs.local', path: '/exports/models' } },
          },
        },
      },
    });
    expect(get(nfs.values, 'routerServer.modelRepository.storage')).toEqual({
      type: 'nfs',
      nfs: { server: 'nfs.local', path: '/exports/models', readOnly: false },
    });
    expect(nfs.modelPvc).toBeNull();
    const host = run({
      routerServer: {
        volumes: {
          modelRepository: { storage: { persistentVolumeClaim: { enabled: false }, hostPath: { enabled: true, path: '/data/models' } } },
        },
      },
    });
    expect(get(host.values, 'routerServer.modelRepository.storage.hostPath')).toEqual({
      path: '/data/models',
      type: '',
      iUnderstandTheRisk: true,
    });
    expect(kindAt(host, 'routerServer.volumes.modelRepository.storage.hostPath')).toContain('decision');
    const empty = run({ routerServer: { volumes: { modelRepository: { storage: { persistentVolumeClaim: { enabled: false } } } } } });
    expect(get(empty.values, 'routerServer.modelRepository.storage.type')).toBe('emptyDir');
    const s3 = run({
      routerServer: {
        modelRepository: {
          path: 's3://bucket/routers',
          cloudAuth: { aws: { enabled: true, secretName: 'aws', regionSecretKey: 'AWS_DEFAULT_REGION' } },
        },
      },
    });
    expect(get(s3.values, 'routerServer.modelRepository')).toEqual({
      path: 's3://bucket/routers',
      storage: { type: 'none' },
      credentials: { s3: { secretName: 'aws' } },
    });
    expect(kindAt(s3, 'routerServer.modelRepository.cloudAuth.aws.regionSecretKey')).toEqual(['decision']);
    expect(s3.ok).toBe(true);
    const outside = run({ routerServer: { modelRepository: { path: '/opt/models' } } });
    expect(outside.errors.map((e) => e.path)).toEqual(['routerServer.modelRepository.path']);
  });
  test('controller config: mountPath names the file, logLevel info gives way to our quieter default', () => {
    const r = run({ routerController: { config: { mountPath: '/etc/router', logLevel: 'info' } } });
    expect(get(r.values, 'routerController.config.mountPath')).toBe('/etc/router/config.yaml');
    expect(get(r.values, 'routerController.logLevel')).toBeUndefined();
    expect(get(run({ routerController: { config: { logLevel: 'info,hyper=warn' } } }).values, 'routerController.logFilter')).toBe(
      'info,hyper=warn',
    );
  });
  test('templated routing: models and apiBase (a trailing /v1 removed, as a decision)', () => {
    const r = run({
      routerController: {
        config: {
          apiBase: 'http://nim.ai.svc:8000/v1',
          apiKeySecret: 'keys',
          apiKeySecretKey: 'NGC_KEY',
          models: { codeGeneration: 'my/coder' },
        },
      },
    });
    const llm = (get(r.values, 'routerController.policies') as { llms: Record<string, unknown>[] }[])[0]!.llms[4];
    expect(llm).toEqual({
      name: 'Code Generation',
      apiBase: 'http://nim.ai.svc:8000',
      model: 'my/coder',
      apiKey: { secretKey: 'NGC_KEY' },
    });
    expect(get(r.values, 'apiKeys.existingSecret')).toBe('keys');
    expect(kindAt(r, 'routerController.config.apiBase')).toEqual(['mapped', 'decision']);
  });
  test('customConfig: parsed into policies; Secret-backed ${VAR}s become references; URLs of this release become null', () => {
    const customConfig = [
      'policies:',
      '  - name: task_router',
      '    url: http://prod-llm-router-router-server:8000/v2/models/task_router_ensemble/infer',
      '    llms:',
      '      - {name: A, api_base: "https://api.openai.com", api_key: "${OPENAI_API_KEY}", model: gpt}',
      '      - {name: B, api_base: "https://integrate.api.nvidia.com", api_key: "${NVIDIA_API_KEY}", model: llama}',
      // the task router has 12 classes: entry i serves class i
      ...Array.from(
        { length: 10 },
        (_, i) => `      - {name: T${i + 3}, api_base: "https://api.openai.com", api_key: "\${OPENAI_API_KEY}", model: gpt}`,
      ),
      '  - name: external',
      '    url: http://triton.other:8000/v2/models/x/infer',
      '    llms: [{name: C, api_base: "http://c", api_key: "${NVIDIA_API_KEY}", model: c}]',
    ].join('\n');
    const r = run({
      routerController: {
        config: { customConfig },
        env: [
          { name: 'OPENAI_API_KEY', valueFrom: { secretKeyRef: { name: 'openai', key: 'OPENAI_API_KEY' } } },
          { name: 'ROUTER_TIMEOUT', value: '30s' },
        ],
      },
    });
    expect(r.errors).toEqual([]);
    expect(get(r.values, 'routerController.policies')).toEqual([
      {
        name: 'task_router',
        url: null,
        llms: [
          { name: 'A', apiBase: 'https://api.openai.com', model: 'gpt', apiKey: { secretKey: 'OPENAI_API_KEY', secretName: 'openai' } },
          { name: 'B', apiBase: 'https://integrate.api.nvidia.com', model: 'llama', apiKey: { secretKey: 'nvidia_api_key' } },
          ...Array.from({ length: 10 }, (_, i) => ({
            name: `T${i + 3}`,
            apiBase: 'https://api.openai.com',
            model: 'gpt',
            apiKey: { secretKey: 'OPENAI_API_KEY', secretName: 'openai' },
          })),
        ],
      },
      {
        name: 'external',
        url: 'http://triton.other:8000/v2/models/x/infer',
        llms: [{ name: 'C', apiBase: 'http://c', model: 'c', apiKey: { secretKey: 'nvidia_api_key' } }],
      },
    ]);
    expect(get(r.values, 'routerController.extraEnv')).toEqual([{ name: 'ROUTER_TIMEOUT', value: '30s' }]);
  });
  test("existingConfigMap: kept; upstream's NVIDIA_API_KEY arrives through extraEnv", () => {
    const r = run({ routerController: { config: { existingConfigMap: 'my-router-config' } } });
    expect(get(r.values, 'routerController.existingConfigMap')).toBe('my-router-config');
    expect(get(r.values, 'routerController.policies')).toEqual([]);
    expect(get(r.values, 'routerController.extraEnv')).toEqual([
      { name: 'NVIDIA_API_KEY', valueFrom: { secretKeyRef: { name: 'llm-api-keys', key: 'nvidia_api_key' } } },
    ]);
    expect(r.ok).toBe(true);
  });
  test('ingress: controller and app paths kept, router-server paths dropped, no-op annotations replaced', () => {
    const r = run({
      app: { enabled: true },
      ingress: {
        enabled: true,
        className: 'nginx',
        annotations: {
          'nginx.ingress.kubernetes.io/rewrite-target': '/$2',
          'nginx.ingress.kubernetes.io/rate-limit': '100',
          'nginx.ingress.kubernetes.io/configuration-snippet': 'more_set_headers "X-Frame-Options: DENY";\n',
        },
        hosts: [
          {
            host: 'router.example.com',
            paths: [
              { path: '/app(/|$)(.*)', pathType: 'ImplementationSpecific', service: 'app' },
              { path: '/router-server(/|$)(.*)', pathType: 'ImplementationSpecific', service: 'router-server' },
            ],
          },
        ],
        tls: [{ secretName: 'tls', hosts: ['router.example.com'] }],
      },
    });
    expect(get(r.values, 'ingress')).toEqual({
      enabled: true,
      className: 'nginx',
      annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' },
      hosts: [{ host: 'router.example.com', paths: [{ path: '/app(/|$)(.*)', pathType: 'ImplementationSpecific', backend: 'app' }] }],
      tls: [{ secretName: 'tls', hosts: ['router.example.com'] }],
      securityHeaders: { enabled: true },
    });
    expect(kindAt(r, 'ingress.hosts[0].paths[1]')).toEqual(['dropped']);
  });
  test('components switched off upstream: app.enabled maps, a disabled router-server becomes 0 replicas (decision)', () => {
    const r = run({ routerServer: { enabled: false }, app: { enabled: true } });
    expect(get(r.values, 'routerServer.replicas')).toBe(0);
    expect(get(r.values, 'app.enabled')).toBe(true);
    expect(kindAt(r, 'routerServer.enabled')).toEqual(['decision']);
  });
  test('dropped with a reason: resourceManagement, serviceAccount; NetworkPolicy off so no client is cut off', () => {
    const r = run({ resourceManagement: { resourceQuota: { enabled: true } }, serviceAccount: { create: true } });
    expect(notesAt(r, 'resourceManagement')[0]).toMatchObject({
      kind: 'dropped',
      message: expect.stringContaining('no upstream template reads it'),
    });
    expect(kindAt(r, 'serviceAccount')).toEqual(['dropped']);
    expect(get(r.values, 'networkPolicy.enabled')).toBe(false);
  });
});

describe('API keys never reach the output', () => {
  const SECRET = 'nvapi-THIS-MUST-NOT-LEAK-0123456789';
  test('an inline key in customConfig becomes a Secret reference and a command with a placeholder', () => {
    const customConfig = `policies:\n  - name: task_router\n    url: http://router-server:8000/v2/models/task_router_ensemble/infer\n    llms:\n      - {name: A, api_base: "https://x", api_key: "${SECRET}", model: m}\n      - {name: B, api_base: "https://x", api_key: "${SECRET}", model: m}\n${Array.from({ length: 10 }, (_, i) => `      - {name: T${i + 3}, api_base: "https://x", api_key: "${SECRET}", model: m}\n`).join('')}`;
    const r = run({ routerController: { config: { customConfig } } });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(r.yaml).not.toContain(SECRET);
    const llms = (get(r.values, 'routerController.policies') as { llms: { apiKey: unknown }[] }[])[0]!.llms;
    expect(llms.map((l) => l.apiKey)).toEqual(Array(12).fill({ secretKey: 'LLM_API_KEY', secretName: 'prod-llm-router-migrated-keys' }));
    expect(r.secrets).toEqual([
      expect.objectContaining({
        secretName: 'prod-llm-router-migrated-keys',
        key: 'LLM_API_KEY',
        command:
          "kubectl -n ai create secret generic prod-llm-router-migrated-keys --from-literal=LLM_API_KEY='<the api_key of policies[0].llms[0].api_key in your upstream values>'",
      }),
    ]);
    expect(r.steps.some((s) => s.commands.includes(r.secrets[0]!.command))).toBe(true);
  });
  test('an inline env value behind ${VAR}, and an inline credential-looking env var, move to a Secret', () => {
    const customConfig =
      'policies:\n  - name: p\n    url: http://t:8000/v2/models/p_ensemble/infer\n    llms: [{name: A, api_base: "https://x", api_key: "${OPENAI_API_KEY}", model: m}]\n';
    const r = run({
      routerController: {
        config: { customConfig },
        env: [
          { name: 'OPENAI_API_KEY', value: SECRET },
          { name: 'HF_TOKEN', value: SECRET },
        ],
      },
    });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(get(r.values, 'routerController.extraEnv')).toEqual([
      { name: 'HF_TOKEN', valueFrom: { secretKeyRef: { name: 'prod-llm-router-migrated-keys', key: 'HF_TOKEN' } } },
    ]);
    expect(r.secrets.map((s) => s.key)).toEqual(['OPENAI_API_KEY', 'HF_TOKEN']);
    expect(kindAt(r, 'routerController.env[0]')).toEqual(['decision']);
  });
  test('a Secret key that is no env var name is copied into a new Secret without printing it', () => {
    const customConfig =
      'policies:\n  - name: p\n    url: http://t:8000/v2/models/p_ensemble/infer\n    llms: [{name: A, api_base: "https://x", api_key: "${OPENAI_API_KEY}", model: m}]\n';
    const r = run({
      routerController: {
        config: { customConfig },
        env: [{ name: 'OPENAI_API_KEY', valueFrom: { secretKeyRef: { name: 'keys', key: 'openai-key' } } }],
      },
    });
    expect(r.secrets[0]!.command).toBe(
      'kubectl -n ai create secret generic prod-llm-router-migrated-keys --from-literal=OPENAI_API_KEY="$(kubectl -n ai get secret keys -o jsonpath=\'{.data.openai-key}\' | base64 -d)"',
    );
  });
});

describe('keys it does not know are errors naming the path, never silently lost', () => {
  test.each([
    [{ routerServer: { replicaz: 3 } }, 'routerServer.replicaz', 'did you mean "replicas"?'],
    [
      { routerController: { config: { models: { brainstorm: 'x' } } } },
      'routerController.config.models.brainstorm',
      'did you mean "brainstorming"?',
    ],
    [{ routerServer: { image: { digest: 'sha256:abc' } } }, 'routerServer.image.digest', 'unknown upstream key'],
    [{ extraManifests: [] }, 'extraManifests', 'unknown upstream key'],
    [{ ingress: { enabled: true, hosts: [], tlss: [] } }, 'ingress.tlss', 'did you mean "tls"?'],
    [
      { routerServer: { volumes: { modelRepository: { storage: { persistentVolumeClaim: { sise: '1Gi' } } } } } },
      'routerServer.volumes.modelRepository.storage.persistentVolumeClaim.sise',
      'did you mean "size"?',
    ],
  ])('%j', (input, at, message) => {
    const r = run(input);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(expect.arrayContaining([{ path: at, message: expect.stringContaining(message) }]));
  });
  test('an unknown key inside customConfig names the path inside the config', () => {
    const r = run({
      routerController: {
        config: {
          customConfig:
            'policies:\n  - name: p\n    url: http://t:8000/v2/models/p_ensemble/infer\n    timeout: 3\n    llms: [{name: A, api_base: "https://x", api_key: "${NVIDIA_API_KEY}", model: m}]\n',
        },
      },
    });
    expect(r.errors).toEqual([
      {
        path: 'routerController.config.customConfig',
        message: "policies[0].timeout: unknown key in the controller's config (a policy has name, url, llms)",
      },
    ]);
  });
});

describe('CLI: llm-router-values migrate', () => {
  function cli(args: string[]): { code: number; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    try {
      return { code: migrateFile(args, 'usage'), stdout, stderr };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-cli-'));
  test('converts to stdout, reports every key and the next steps on stderr', () => {
    const file = path.join(tmp, 'up.yaml');
    fs.writeFileSync(file, 'routerServer:\n  replicas: 1\n');
    const r = cli(['--release', 'prod', '-n', 'ai', '--chart', 'oci://reg.example.com/charts/llm-router', '--version', '0.1.0', file]);
    expect(r.code).toBe(0);
    expect(validate(parse(r.stdout)).ok).toBe(true);
    expect(r.stderr).toContain('mapped   routerServer.replicas -> routerServer.replicas');
    expect(r.stderr).toContain(
      'kubectl -n ai annotate pvc prod-llm-router-router-server-model-repo helm.sh/resource-policy=keep --overwrite',
    );
    expect(r.stderr).toContain(
      'helm upgrade prod oci://reg.example.com/charts/llm-router --version 0.1.0 -n ai -f values.yaml --wait --timeout 15m',
    );
  });
  test('unknown keys: exit 1, the path on stderr, nothing on stdout', () => {
    const file = path.join(tmp, 'bad.yaml');
    fs.writeFileSync(file, 'routerServer:\n  replicaz: 1\n');
    const r = cli([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('routerServer.replicaz: unknown upstream key');
  });
  test('usage and I/O errors exit 2', () => {
    expect(cli([]).code).toBe(2);
    expect(cli([path.join(tmp, 'missing.yaml')]).code).toBe(2);
    fs.writeFileSync(path.join(tmp, 'dup.yaml'), 'a: 1\na: 2\n');
    expect(cli([path.join(tmp, 'dup.yaml')]).code).toBe(2);
  });
});
