// The checkers themselves: each must accept a compliant object and catch the defect it exists for.
import {
  featureProblems,
  fieldUses,
  findSecretLeaks,
  hardeningViolations,
  type KubeObject,
  KubeValidator,
  OLDEST_KUBERNETES,
  parseManifests,
  pssRestrictedViolations,
} from '../src/index.js';

jest.setTimeout(120_000);

function deployment(patch: (pod: Record<string, any>) => void = () => {}): KubeObject {
  const pod: Record<string, any> = {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    automountServiceAccountToken: false,
    containers: [
      {
        name: 'app',
        image: 'example/app:1.0',
        ports: [{ name: 'http', containerPort: 8080 }],
        env: [{ name: 'A', value: 'x' }],
        resources: { requests: { cpu: 1, memory: '1Gi' }, limits: { 'nvidia.com/gpu': 1 } },
        readinessProbe: { httpGet: { path: '/', port: 'http' } },
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: {} }],
  };
  patch(pod);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'app', labels: { a: 'b' } },
    spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: pod } },
  };
}

describe('KubeValidator (newest supported Kubernetes OpenAPI + CRDs, strict)', () => {
  let v: KubeValidator;
  beforeAll(async () => {
    v = await KubeValidator.create();
  });

  it('accepts a valid Deployment (int-or-string ports, numeric quantities)', () => {
    expect(v.validate(deployment())).toEqual([]);
  });

  it('rejects unknown fields, wrong types and duplicate list-map keys', () => {
    const bad = deployment((pod) => {
      pod.containers[0].imagePullPolicyy = 'Always';
      pod.containers[0].env.push({ name: 'A', value: 'y' });
      pod.terminationGracePeriodSeconds = 'long';
      pod.containers[0].imagePullPolicy = 'Sometimes';
    });
    const messages = v.validate(bad).map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/spec/template/spec/containers/0/imagePullPolicyy unknown field',
        expect.stringMatching(/^\/spec\/template\/spec\/containers\/0\/env duplicate entry/),
        '/spec/template/spec/terminationGracePeriodSeconds must be integer',
        '/spec/template/spec/containers/0/imagePullPolicy must be equal to one of the allowed values: ["Always","IfNotPresent","Never"]',
      ]),
    );
  });

  it('rejects unknown kinds and a missing name', () => {
    expect(v.validate({ apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 'x' } })[0]?.message).toMatch(/no schema/);
    expect(v.validate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} })[0]?.path).toBe('/metadata/name');
  });

  it('knows every CRD the chart may render', () => {
    for (const [apiVersion, kind] of [
      ['monitoring.coreos.com/v1', 'ServiceMonitor'],
      ['monitoring.coreos.com/v1', 'PodMonitor'],
      ['monitoring.coreos.com/v1', 'PrometheusRule'],
      ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
      ['external-secrets.io/v1', 'ExternalSecret'],
      ['snapshot.storage.k8s.io/v1', 'VolumeSnapshot'],
      ['snapshot.storage.k8s.io/v1', 'VolumeSnapshotClass'],
      ['keda.sh/v1alpha1', 'ScaledObject'],
      ['route.openshift.io/v1', 'Route'],
    ] as const) {
      expect(v.knows(apiVersion, kind)).toBe(true);
    }
  });

  it('validates CRD objects strictly, with CRD defaults applied first', () => {
    const objs = parseManifests(`
# Source: x/route.yaml
apiVersion: route.openshift.io/v1
kind: Route
metadata: {name: r}
spec:
  to: {kind: Service, name: s, weight: 100}
  port: {targetPort: http}
  tls: {termination: edge, insecureEdgeTerminationPolicy: Redirect}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: sm}
spec:
  selector: {matchLabels: {a: b}}
  endpoints: [{port: metrics, interval: 30s, path: /metrics}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: h}
spec:
  parentRefs: [{name: gw}]
  rules:
  - matches: [{path: {type: PathPrefix, value: /}}]
    backendRefs: [{name: svc, port: 8084}]
`);
    expect(objs[0]?.source).toBe('x/route.yaml');
    expect(v.validateAll(objs.map((o) => o.object))).toEqual([]);
    const sm = objs[1]!.object as any;
    sm.spec.endpoints[0].intervall = '1m';
    expect(v.validate(sm).map((p) => p.path)).toEqual(['/spec/endpoints/0/intervall']);
  });

  it('reads YAML like Kubernetes does (1.1 booleans, duplicate keys are errors)', () => {
    expect(() => parseManifests('apiVersion: v1\nkind: ConfigMap\nkind: Secret\n')).toThrow(/invalid YAML/);
    const cm = parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: yes}\n')[0]!.object;
    expect(v.validate(cm)[0]?.path).toBe('/data/a');
  });
});

describe('PSS restricted', () => {
  it('accepts a compliant pod', () => {
    expect(pssRestrictedViolations([deployment()])).toEqual([]);
    expect(hardeningViolations([deployment()])).toEqual([]);
  });

  const cases: [string, (pod: Record<string, any>) => void][] = [
    ['runAsNonRoot', (p) => delete p.securityContext.runAsNonRoot],
    ['runAsUser', (p) => (p.containers[0].securityContext.runAsUser = 0)],
    ['privilegeEscalation', (p) => delete p.containers[0].securityContext.allowPrivilegeEscalation],
    ['capabilities', (p) => (p.containers[0].securityContext.capabilities = { drop: ['NET_RAW'] })],
    ['capabilities', (p) => (p.containers[0].securityContext.capabilities.add = ['SYS_ADMIN'])],
    ['seccomp', (p) => delete p.securityContext.seccompProfile],
    ['seccomp', (p) => (p.containers[0].securityContext.seccompProfile = { type: 'Unconfined' })],
    ['privileged', (p) => (p.containers[0].securityContext.privileged = true)],
    ['hostNamespaces', (p) => (p.hostNetwork = true)],
    ['hostPorts', (p) => (p.containers[0].ports[0].hostPort = 80)],
    ['hostPathVolumes', (p) => p.volumes.push({ name: 'h', hostPath: { path: '/models' } })],
    ['volumeTypes', (p) => p.volumes.push({ name: 'n', nfs: { server: 'nfs', path: '/' } })],
    ['procMount', (p) => (p.containers[0].securityContext.procMount = 'Unmasked')],
    ['seLinux', (p) => (p.securityContext.seLinuxOptions = { type: 'spc_t' })],
    ['sysctls', (p) => (p.securityContext.sysctls = [{ name: 'kernel.msgmax', value: '1' }])],
    ['appArmor', (p) => (p.containers[0].securityContext.appArmorProfile = { type: 'Unconfined' })],
    [
      'runAsNonRoot',
      (p) =>
        (p.initContainers = [
          {
            name: 'init',
            image: 'x',
            securityContext: { runAsNonRoot: false, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          },
        ]),
    ],
  ];
  it.each(cases)('catches %s', (rule, patch) => {
    expect(pssRestrictedViolations([deployment(patch)]).map((v) => v.rule)).toContain(rule);
  });

  it('finds pod templates in CronJobs and Pods', () => {
    const bad = deployment((p) => (p.hostPID = true));
    const podSpec = (bad.spec as any).template.spec;
    const cron: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: { schedule: '@daily', jobTemplate: { spec: { template: { spec: podSpec } } } },
    };
    const pod: KubeObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: podSpec };
    expect(pssRestrictedViolations([cron, pod]).map((v) => v.object)).toEqual(['CronJob c', 'Pod p']);
  });

  it('chart hardening: no service account token unless a RoleBinding uses the account', () => {
    const mounts = deployment((p) => {
      delete p.automountServiceAccountToken;
      p.serviceAccountName = 'worker';
    });
    expect(hardeningViolations([mounts]).map((v) => v.path)).toEqual(['/spec/template/spec/automountServiceAccountToken']);
    const sa: KubeObject = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'worker' }, automountServiceAccountToken: false };
    expect(hardeningViolations([mounts, sa])).toEqual([]);
    const binding: KubeObject = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'b' },
      subjects: [{ kind: 'ServiceAccount', name: 'worker' }],
    };
    expect(hardeningViolations([mounts, binding])).toEqual([]);
  });

  it('chart hardening: read-only root filesystem, no added capabilities', () => {
    const bad = deployment((p) => {
      p.containers[0].securityContext.readOnlyRootFilesystem = false;
      p.containers[0].securityContext.capabilities.add = ['NET_BIND_SERVICE'];
    });
    expect(pssRestrictedViolations([bad])).toEqual([]);
    expect(hardeningViolations([bad]).map((v) => v.message)).toEqual(['must be true', 'must be empty']);
  });
});

describe('secret leak finder', () => {
  const key = 'nvapi-canary-0123456789';
  const secret: KubeObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's' },
    stringData: { NVIDIA_API_KEY: key },
    data: { B: Buffer.from(key).toString('base64') },
  };

  it('allows the value in Secret data and stringData only', () => {
    expect(findSecretLeaks([secret], [key])).toEqual([]);
  });

  it('finds the value, plain or base64, anywhere else', () => {
    const cm: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { 'config.yaml': `api_key: ${key}` } };
    const annotated: KubeObject = { ...secret, metadata: { name: 's2', annotations: { hint: Buffer.from(key).toString('base64') } } };
    const leaks = findSecretLeaks([cm, annotated], [key], { NOTES: `your key is ${key}` });
    expect(leaks.map((l) => `${l.object}${l.path}`)).toEqual([
      'ConfigMap c/data/config.yaml',
      'Secret s2/metadata/annotations/hint',
      'NOTES',
    ]);
  });
});

describe(`featureProblems (fields a Kubernetes minor rejects or drops; ${OLDEST_KUBERNETES.minor} spec)`, () => {
  let v: KubeValidator;
  beforeAll(async () => {
    v = await KubeValidator.create(OLDEST_KUBERNETES.module);
  });
  const withSleep = (seconds: number) =>
    deployment((pod) => {
      pod.containers[0].lifecycle = { preStop: { sleep: { seconds } } };
    });

  it('finds each field with the definition that declares it', () => {
    const uses = fieldUses(withSleep(5), v.index);
    expect(uses).toEqual(
      expect.arrayContaining([
        {
          field: 'io.k8s.api.core.v1.LifecycleHandler.sleep',
          path: '/spec/template/spec/containers/0/lifecycle/preStop/sleep',
          value: { seconds: 5 },
        },
        {
          field: 'io.k8s.api.core.v1.SleepAction.seconds',
          path: '/spec/template/spec/containers/0/lifecycle/preStop/sleep/seconds',
          value: 5,
        },
        { field: 'io.k8s.api.apps.v1.DeploymentSpec.selector', path: '/spec/selector', value: { matchLabels: { a: 'b' } } },
      ]),
    );
  });

  it('a preStop sleep rendered for 1.29 needs 1.30; for 1.32 it is fine', () => {
    expect(featureProblems([withSleep(5)], v.index, '1.29').map((p) => `${p.path} ${p.message}`)).toEqual([
      expect.stringMatching(
        /^\/spec\/template\/spec\/containers\/0\/lifecycle\/preStop\/sleep needs Kubernetes 1\.30 \(PodLifecycleSleepAction: .*\), rendered for 1\.29$/,
      ),
    ]);
    expect(featureProblems([withSleep(5)], v.index, '1.32')).toEqual([]);
  });

  it('a value-dependent gate: only a 0-second sleep needs 1.33', () => {
    expect(featureProblems([withSleep(0)], v.index, '1.32').map((p) => p.message)).toEqual([
      expect.stringContaining('needs Kubernetes 1.33 (PodLifecycleSleepActionAllowZero'),
    ]);
    expect(featureProblems([withSleep(0)], v.index, '1.33')).toEqual([]);
  });

  it('hostUsers: false is dropped before 1.33; hostUsers: true is not gated', () => {
    const hostUsers = (value: boolean) =>
      deployment((pod) => {
        pod.hostUsers = value;
      });
    expect(featureProblems([hostUsers(false)], v.index, '1.32').map((p) => p.path)).toEqual(['/spec/template/spec/hostUsers']);
    expect(featureProblems([hostUsers(true)], v.index, '1.32')).toEqual([]);
  });

  it('a field the spec calls alpha or feature-gated fails until someone reviews it', () => {
    const index = {
      ...v.index,
      gated: { ...v.index.gated, 'io.k8s.api.core.v1.Container.imagePullPolicy': 'An alpha field behind the Example feature gate.' },
    };
    expect(
      featureProblems(
        [
          deployment((pod) => {
            pod.containers[0].imagePullPolicy = 'Always';
          }),
        ],
        index,
        '1.32',
      ).map((p) => p.message),
    ).toEqual([
      expect.stringContaining(
        'marks io.k8s.api.core.v1.Container.imagePullPolicy as alpha or feature-gated ("An alpha field behind the Example feature gate.")',
      ),
    ]);
  });

  it('the spec scan finds real gated fields (the index records them)', () => {
    expect(Object.keys(v.index.gated).length).toBeGreaterThan(10);
    expect(v.index.gated['io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec.minReplicas']).toMatch(/HPAScaleToZero/);
  });
});
