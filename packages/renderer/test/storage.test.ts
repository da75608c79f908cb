// C4 storage: PVC (kept), existingClaim, NFS, emptyDir, hostPath opt-in, object storage with Secret
// credentials, /dev/shm, HF cache + offline, model loader; M4 snapshots and restore.
import { runHelm } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, IMAGES, deployment, envOf, mainContainer, podSpec, render, valuesFile } from './render.js';

const server = (values: Record<string, unknown>) => render({ routerServer: values });
const volumes = (r: Awaited<ReturnType<typeof render>>) =>
  Object.fromEntries(podSpec(deployment(r, 'router-server')).volumes.map((v: any) => [v.name, v]));

describe('C4 model repository storage', () => {
  it('C4: default is a PVC kept on uninstall, mounted at the repository path', async () => {
    const r = await render();
    const pvc = r.one('PersistentVolumeClaim', 'router-server-models');
    expect(pvc.metadata?.annotations?.['helm.sh/resource-policy']).toBe('keep');
    expect(pvc.spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(pvc.spec.storageClassName).toBeUndefined();
    expect(volumes(r)['model-repository'].persistentVolumeClaim.claimName).toBe(pvc.metadata?.name);
    const mount = mainContainer(r, 'router-server').volumeMounts.find((m: any) => m.name === 'model-repository');
    expect(mount.mountPath).toBe('/model_repository/routers');
    expect(mainContainer(r, 'router-server').args).toContain('--model-repository=/model_repository/routers');
  });

  it('D-storage-class: global.storageClass reaches the PVC; the PVC own class wins; "-" means no class', async () => {
    expect((await render({ global: { storageClass: 'fast' } })).one('PersistentVolumeClaim').spec.storageClassName).toBe('fast');
    const own = await render({
      global: { storageClass: 'fast' },
      routerServer: { modelRepository: { storage: { pvc: { storageClass: 'own', size: '10Gi' } } } },
    });
    expect(own.one('PersistentVolumeClaim').spec.storageClassName).toBe('own');
    expect(own.one('PersistentVolumeClaim').spec.resources.requests.storage).toBe('10Gi');
    expect(
      (await server({ modelRepository: { storage: { pvc: { storageClass: '-' } } } })).one('PersistentVolumeClaim').spec.storageClassName,
    ).toBe('');
  });

  it('C4: keep can be switched off', async () => {
    const r = await server({ modelRepository: { storage: { pvc: { keep: false } } } });
    expect(r.one('PersistentVolumeClaim').metadata?.annotations?.['helm.sh/resource-policy']).toBeUndefined();
  });

  it('C4: existingClaim creates no PVC and mounts the named claim', async () => {
    const r = await server({ modelRepository: { storage: { type: 'pvc', pvc: { existingClaim: 'mine' } } } });
    expect(r.byKind('PersistentVolumeClaim')).toHaveLength(0);
    expect(volumes(r)['model-repository'].persistentVolumeClaim.claimName).toBe('mine');
  });

  it('C4: NFS and emptyDir backends', async () => {
    // PSS "restricted" forbids inline nfs volumes: the chart binds a PV + claim and mounts the claim.
    const nfs = await server({ modelRepository: { storage: { type: 'nfs', nfs: { server: 'nfs.local', path: '/exports/m' } } } });
    const pv = nfs.one('PersistentVolume');
    expect(pv.spec.nfs).toEqual({ server: 'nfs.local', path: '/exports/m', readOnly: true });
    expect(pv.spec.accessModes).toEqual(['ReadOnlyMany']);
    expect(pv.spec.persistentVolumeReclaimPolicy).toBe('Retain');
    const claim = nfs.one('PersistentVolumeClaim');
    expect(claim.spec.volumeName).toBe(pv.metadata?.name);
    expect(pv.spec.claimRef).toEqual({ namespace: 'llm-router', name: claim.metadata?.name });
    expect(volumes(nfs)['model-repository']).toEqual({
      name: 'model-repository',
      persistentVolumeClaim: { claimName: claim.metadata?.name },
    });
    const empty = await server({ modelRepository: { storage: { type: 'emptyDir', emptyDir: { sizeLimit: '5Gi' } } } });
    expect(volumes(empty)['model-repository'].emptyDir).toEqual({ sizeLimit: '5Gi' });
    const bare = await server({ modelRepository: { storage: { type: 'emptyDir' } } });
    expect(volumes(bare)['model-repository'].emptyDir).toEqual({});
  });

  it('C4: hostPath only with the explicit opt-in, and NOTES warn', async () => {
    const denied = await server({ modelRepository: { storage: { type: 'hostPath', hostPath: { path: '/data/m' } } } });
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toContain('iUnderstandTheRisk');
    const values = {
      ...IMAGES,
      apiKeys: { existingSecret: 'k' },
      routerServer: { modelRepository: { storage: { type: 'hostPath', hostPath: { path: '/data/m', iUnderstandTheRisk: true } } } },
    };
    const allowed = await render(values);
    expect(volumes(allowed)['model-repository'].hostPath).toEqual({ path: '/data/m', type: 'Directory' });
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
    expect(dry.stdout).toContain('WARNING: the model repository is a hostPath volume (/data/m)');
  });

  it('C4: S3 repository: no volume, credentials from the Secret, region as env', async () => {
    const r = await server({
      modelRepository: {
        path: 's3://b/routers',
        storage: { type: 'none' },
        credentials: { s3: { secretName: 's3c', region: 'eu-west-1' } },
      },
    });
    expect(volumes(r)['model-repository']).toBeUndefined();
    expect(r.byKind('PersistentVolumeClaim')).toHaveLength(0);
    const env = envOf(mainContainer(r, 'router-server'));
    expect(env.AWS_ACCESS_KEY_ID.valueFrom.secretKeyRef).toEqual({ name: 's3c', key: 'AWS_ACCESS_KEY_ID' });
    expect(env.AWS_SECRET_ACCESS_KEY.valueFrom.secretKeyRef).toEqual({ name: 's3c', key: 'AWS_SECRET_ACCESS_KEY' });
    expect(env.AWS_DEFAULT_REGION.value).toBe('eu-west-1');
    expect(mainContainer(r, 'router-server').args).toContain('--model-repository=s3://b/routers');
  });

  it('D-gcs: GCS key is a mounted file named by GOOGLE_APPLICATION_CREDENTIALS (never *_JSON)', async () => {
    const r = await server({
      modelRepository: { path: 'gs://b/routers', storage: { type: 'none' }, credentials: { gcs: { secretName: 'gcs', key: 'sa.json' } } },
    });
    const c = mainContainer(r, 'router-server');
    const env = envOf(c);
    expect(env.GOOGLE_APPLICATION_CREDENTIALS.value).toBe('/var/run/secrets/llm-router/gcs/sa.json');
    expect(Object.keys(env).filter((k) => k.endsWith('_JSON'))).toEqual([]);
    expect(c.volumeMounts.find((m: any) => m.name === 'gcs-credentials')).toEqual({
      name: 'gcs-credentials',
      mountPath: '/var/run/secrets/llm-router/gcs',
      readOnly: true,
    });
    expect(volumes(r)['gcs-credentials'].secret.secretName).toBe('gcs');
  });

  it('C4: Azure repository: account name and key from the Secret', async () => {
    const r = await server({
      modelRepository: { path: 'as://acc/c/routers', storage: { type: 'none' }, credentials: { azure: { secretName: 'az' } } },
    });
    const env = envOf(mainContainer(r, 'router-server'));
    expect(env.AZURE_STORAGE_ACCOUNT.valueFrom.secretKeyRef).toEqual({ name: 'az', key: 'AZURE_STORAGE_ACCOUNT' });
    expect(env.AZURE_STORAGE_KEY.valueFrom.secretKeyRef).toEqual({ name: 'az', key: 'AZURE_STORAGE_KEY' });
  });

  it('D-shm: memory-backed /dev/shm of the configured size is mounted', async () => {
    const r = await server({ shm: { sizeLimit: '2Gi' } });
    expect(volumes(r).dshm.emptyDir).toEqual({ medium: 'Memory', sizeLimit: '2Gi' });
    expect(mainContainer(r, 'router-server').volumeMounts).toContainEqual({ name: 'dshm', mountPath: '/dev/shm' });
  });

  it('C4: Hugging Face cache PVC with offline mode and token from a Secret', async () => {
    const r = await server({ huggingFace: { cache: { enabled: true, size: '30Gi' }, offline: true, token: { secretName: 'hf' } } });
    const env = envOf(mainContainer(r, 'router-server'));
    expect(env.HF_HUB_OFFLINE.value).toBe('1');
    expect(env.TRANSFORMERS_OFFLINE.value).toBe('1');
    expect(env.HF_HOME.value).toBe('/hf-cache');
    expect(env.HF_TOKEN.valueFrom.secretKeyRef).toEqual({ name: 'hf', key: 'HF_TOKEN' });
    const pvc = r.one('PersistentVolumeClaim', 'hf-cache');
    expect(pvc.spec.resources.requests.storage).toBe('30Gi');
    expect(volumes(r)['hf-cache'].persistentVolumeClaim.claimName).toBe(pvc.metadata?.name);
    const online = envOf(mainContainer(await render(), 'router-server'));
    expect(online.HF_HUB_OFFLINE).toBeUndefined();
  });

  it('C4: optional model-loader initContainer writes into the repository volume', async () => {
    const r = await server({ modelRepository: { loader: { enabled: true, sourceUrl: 'https://m.example.com/r.tar.gz' } } });
    const init = podSpec(deployment(r, 'router-server')).initContainers;
    expect(init.map((c: any) => c.name)).toEqual(['model-loader']);
    expect(envOf(init[0]).SOURCE_URL.value).toBe('https://m.example.com/r.tar.gz');
    expect(init[0].volumeMounts).toContainEqual({ name: 'model-repository', mountPath: '/model_repository/routers' });
    expect(podSpec(deployment(await render(), 'router-server')).initContainers).toBeUndefined();
  });
});

describe('M4 snapshots', () => {
  it('M4: VolumeSnapshot of the model PVC, optional VolumeSnapshotClass, kept on uninstall', async () => {
    const r = await render({ volumeSnapshots: { enabled: true, snapshotClass: { create: true, driver: 'csi.example.com' } } });
    const snap = r.one('VolumeSnapshot');
    expect(snap.spec.source.persistentVolumeClaimName).toBe('rel-llm-router-router-server-models');
    expect(snap.spec.volumeSnapshotClassName).toBe('rel-llm-router-snapshots');
    expect(snap.metadata?.annotations?.['helm.sh/resource-policy']).toBe('keep');
    const cls = r.one('VolumeSnapshotClass');
    expect(cls.driver).toBe('csi.example.com');
    expect(cls.deletionPolicy).toBe('Retain');
    expect(cls.metadata?.namespace).toBeUndefined();
  });

  it('M4: scheduled snapshots run a CronJob that keeps the configured number', async () => {
    const r = await render({ volumeSnapshots: { schedule: { enabled: true, cron: '0 1 * * *', keep: 3 } } });
    const cron = r.one('CronJob');
    expect(cron.spec.schedule).toBe('0 1 * * *');
    const c = podSpec(cron).containers[0];
    expect(envOf(c).KEEP.value).toBe('3');
    expect(envOf(c).PVC.value).toBe('rel-llm-router-router-server-models');
    expect(podSpec(cron).automountServiceAccountToken).toBe(true);
  });

  it('M4: restoreFrom creates the model PVC from the snapshot (dataSource)', async () => {
    const r = await render({ volumeSnapshots: { restoreFrom: 'models-2026-01-01' } });
    expect(r.one('PersistentVolumeClaim').spec.dataSource).toEqual({
      apiGroup: 'snapshot.storage.k8s.io',
      kind: 'VolumeSnapshot',
      name: 'models-2026-01-01',
    });
  });
});
