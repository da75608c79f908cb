// C1 (secrets by reference), C2 (restricted pods), H2 (service accounts/RBAC), H4 (resources):
// asserted on objects rendered by real helm.
import { IMAGES, allContainers, deployment, envOf, mainContainer, podSpec, render, valuesFile, type Obj } from './render.js';
import { parseManifests, runHelm } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, EXAMPLES_DIR } from './render.js';
import path from 'node:path';

const workloads = (objects: Obj[]) => objects.filter((o) => ['Deployment', 'CronJob', 'Pod'].includes(o.kind ?? ''));

async function renderExample(name: string, major: 3 | 4 = 4): Promise<Obj[]> {
  const res = await runHelm(major, [
    'template',
    'rel',
    CHART_DIR,
    '--namespace',
    'llm-router',
    '--values',
    path.join(EXAMPLES_DIR, `${name}.yaml`),
  ]);
  if (res.code !== 0) throw new Error(res.stderr);
  return parseManifests(res.stdout).map((o) => o.object as Obj);
}

describe('C1 secrets by reference', () => {
  it('C1: API keys reach the controller as secretKeyRef env, config.yaml holds only ${VAR}', async () => {
    const r = await render();
    const env = envOf(mainContainer(r, 'router-controller'));
    expect(env.NVIDIA_API_KEY.valueFrom.secretKeyRef).toEqual({ name: 'llm-keys', key: 'NVIDIA_API_KEY' });
    expect(env.NVIDIA_API_KEY.value).toBeUndefined();
    const config = r.one('ConfigMap', 'router-controller-config').data['config.yaml'];
    expect(config).toContain('api_key: "${NVIDIA_API_KEY}"');
  });

  it('C1: rendering fails naming the value path when routing needs a key and no source exists', async () => {
    const r = await render(IMAGES, { base: false });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'routerController.policies[0].llms[0].apiKey: no API key source configured; set apiKeys.existingSecret, apiKeys.externalSecret.enabled or apiKeys.create.enabled',
    );
  });

  it('C1: a per-LLM secretName wins and each key name is read from one Secret only', async () => {
    const llm = (name: string, secretName: string | null, secretKey = 'NVIDIA_API_KEY') => ({
      name,
      apiBase: 'https://llm.example.com',
      model: 'm',
      apiKey: { secretKey, secretName },
    });
    // A custom classifier (url set): the rules table checks policy names against the built-in ones.
    const url = 'http://triton.example.com:8000/v2/models/p/infer';
    const ok = await render({
      routerController: { policies: [{ name: 'p', url, llms: [llm('a', null), llm('b', 'other', 'OTHER_KEY')] }] },
    });
    const env = envOf(mainContainer(ok, 'router-controller'));
    expect(env.OTHER_KEY.valueFrom.secretKeyRef).toEqual({ name: 'other', key: 'OTHER_KEY' });
    const clash = await render({ routerController: { policies: [{ name: 'p', url, llms: [llm('a', null), llm('b', 'other')] }] } });
    expect(clash.stderr).toContain(
      'routerController.policies[0].llms[1].apiKey.secretKey: NVIDIA_API_KEY is already read from Secret llm-keys',
    );
  });

  it('C1: ExternalSecret renders with its target feeding the controller env', async () => {
    const r = await render(
      {
        ...IMAGES,
        apiKeys: {
          externalSecret: {
            enabled: true,
            secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
            data: [{ secretKey: 'NVIDIA_API_KEY', remoteRef: { key: 'llm/nvidia' } }],
          },
        },
      },
      { base: false },
    );
    const es = r.one('ExternalSecret');
    expect(es.spec.target.name).toBe('rel-llm-router-api-keys');
    expect(es.spec.secretStoreRef).toEqual({ name: 'vault', kind: 'ClusterSecretStore' });
    expect(envOf(mainContainer(r, 'router-controller')).NVIDIA_API_KEY.valueFrom.secretKeyRef.name).toBe('rel-llm-router-api-keys');
    expect(r.byKind('Secret')).toHaveLength(0);
  });

  it('C1: the chart-created Secret exists only with create.enabled, rolls the controller, and NOTES warn without the value', async () => {
    const values = { ...IMAGES, apiKeys: { create: { enabled: true, values: { NVIDIA_API_KEY: 'nvapi-secret-value-123' } } } };
    const r = await render(values, { base: false });
    expect(r.one('Secret', 'api-keys').stringData).toEqual({ NVIDIA_API_KEY: 'nvapi-secret-value-123' });
    expect(deployment(r, 'router-controller').spec.template.metadata.annotations['checksum/api-keys']).toMatch(/^[0-9a-f]{64}$/);
    const dry = await runHelm(4, [
      'install',
      'rel',
      CHART_DIR,
      '--dry-run=client',
      '--namespace',
      'llm-router',
      '--values',
      valuesFile(values),
    ]);
    expect(dry.code).toBe(0);
    const notes = dry.stdout.slice(dry.stdout.indexOf('NOTES:'));
    expect(notes).toContain('WARNING: apiKeys.create.enabled is true');
    expect(notes).not.toContain('nvapi-secret-value-123');
    expect((await render()).byKind('Secret')).toHaveLength(0);
  });

  it('C1: no key value appears in any non-Secret object (everything-on)', async () => {
    const objects = await renderExample('everything-on');
    const leaks = objects.filter((o) => o.kind !== 'Secret' && JSON.stringify(o).includes('nvapi-development-only'));
    expect(leaks.map((o) => `${o.kind}/${o.metadata?.name}`)).toEqual([]);
  });
});

describe('C2 Pod Security Standards restricted', () => {
  it.each(['default', 'everything-on', 'gcs'])(
    'C2: every container of %s is non-root, read-only, drops ALL, no escalation, seccomp RuntimeDefault',
    async (name) => {
      const objects = await renderExample(name);
      for (const w of workloads(objects)) {
        const pod = podSpec(w);
        expect({ w: w.metadata?.name, nonRoot: pod.securityContext?.runAsNonRoot }).toEqual({ w: w.metadata?.name, nonRoot: true });
        expect(pod.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
        for (const c of allContainers(w)) {
          const sc = c.securityContext;
          const id = `${w.metadata?.name}/${c.name}`;
          expect({ id, esc: sc.allowPrivilegeEscalation, ro: sc.readOnlyRootFilesystem, drop: sc.capabilities.drop }).toEqual({
            id,
            esc: false,
            ro: true,
            drop: ['ALL'],
          });
          // D-net-bind: every port is above 1024, so no capability is added back.
          expect(sc.capabilities.add ?? []).toEqual([]);
          expect(JSON.stringify(sc)).not.toContain('null');
        }
      }
    },
  );

  it('C2: writable paths are emptyDirs (Triton /tmp and HF cache, controller /tmp)', async () => {
    const r = await render();
    const server = podSpec(deployment(r, 'router-server'));
    const vols = Object.fromEntries(server.volumes.map((v: any) => [v.name, v]));
    // node-disk emptyDirs are bounded (D-ephemeral-storage)
    expect(vols.tmp.emptyDir).toEqual({ sizeLimit: '8Gi' });
    expect(vols['hf-cache'].emptyDir).toEqual({ sizeLimit: '20Gi' });
    const mounts = server.containers[0].volumeMounts.map((m: any) => m.mountPath);
    expect(mounts).toEqual(expect.arrayContaining(['/tmp', '/hf-cache', '/dev/shm']));
    expect(mainContainer(r, 'router-controller').volumeMounts.map((m: any) => m.mountPath)).toContain('/tmp');
  });

  it('C2: OpenShift example leaves user and group IDs to the platform (no nulls rendered)', async () => {
    const objects = await renderExample('openshift');
    const pod = podSpec(objects.find((o) => o.kind === 'Deployment' && o.metadata?.name?.endsWith('router-server'))!);
    expect(pod.securityContext.runAsUser).toBeUndefined();
    expect(pod.securityContext.runAsNonRoot).toBe(true);
  });
});

describe('H2 service accounts and RBAC', () => {
  it('H2: one ServiceAccount per component, tokens not mounted, no Role without a feature that calls the API', async () => {
    const r = await render({ app: { enabled: true } });
    const sas = r
      .byKind('ServiceAccount')
      .map((s) => s.metadata?.name)
      .sort();
    expect(sas).toEqual(['rel-llm-router-app', 'rel-llm-router-router-controller', 'rel-llm-router-router-server']);
    for (const s of r.byKind('ServiceAccount')) expect(s.automountServiceAccountToken).toBe(false);
    for (const c of ['router-server', 'router-controller', 'app']) {
      const pod = podSpec(deployment(r, c));
      expect(pod.serviceAccountName).toBe(`rel-llm-router-${c}`);
      expect(pod.automountServiceAccountToken).toBe(false);
    }
    expect([...r.byKind('Role'), ...r.byKind('RoleBinding'), ...r.byKind('ClusterRole'), ...r.byKind('ClusterRoleBinding')]).toEqual([]);
  });

  it('H2: the snapshot CronJob gets a namespaced Role limited to create/list/delete volumesnapshots', async () => {
    const r = await render({ volumeSnapshots: { schedule: { enabled: true } } });
    const role = r.one('Role');
    expect(role.metadata?.namespace).toBe('llm-router');
    expect(role.rules).toEqual([
      { apiGroups: ['snapshot.storage.k8s.io'], resources: ['volumesnapshots'], verbs: ['create', 'list', 'delete'] },
    ]);
    const binding = r.one('RoleBinding');
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'rel-llm-router-snapshotter', namespace: 'llm-router' }]);
    expect(r.byKind('ClusterRole')).toHaveLength(0);
    expect(podSpec(r.one('CronJob')).serviceAccountName).toBe('rel-llm-router-snapshotter');
  });
});

describe('H4 resources', () => {
  it('H4: every container has requests and limits; router-server requests and limits one GPU', async () => {
    const objects = await renderExample('everything-on');
    for (const w of workloads(objects)) {
      for (const c of allContainers(w)) {
        expect({ id: `${w.metadata?.name}/${c.name}`, r: Boolean(c.resources?.requests), l: Boolean(c.resources?.limits) }).toEqual({
          id: `${w.metadata?.name}/${c.name}`,
          r: true,
          l: true,
        });
      }
    }
    const server = objects.find((o) => o.kind === 'Deployment' && o.metadata?.name?.endsWith('router-server'))!;
    expect(podSpec(server).containers[0].resources.limits['nvidia.com/gpu']).toBe(1);
    expect(podSpec(server).containers[0].resources.requests['nvidia.com/gpu']).toBe(1);
  });
});
