// Where Triton's model repository lives: a local path on a volume (PVC, NFS, emptyDir, hostPath)
// or an object-storage URL that Triton reads itself (no volume; credentials from Secrets only).
import { z } from 'zod';
import { imageSchema } from './image.js';
import { block, bool, doc, k8sName, secretRefBlock, nullableName, nullablePassthrough, nullableString, quantity, stringMap } from './primitives.js';

export const OBJECT_STORAGE_PATTERN = /^(s3|gs|as):\/\/.+/;
export const STORAGE_TYPES = ['pvc', 'nfs', 'emptyDir', 'hostPath', 'none'] as const;
export const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] as const;
const DOT_DOT = /(^|\/)\.\.(\/|$)/;
const HOST_PATH_TYPES = ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'] as const;

const pvc = block('PersistentVolumeClaim backend (storage.type pvc).', {
  existingClaim: nullableName('Use this existing PVC instead of creating one.', ['models']),
  storageClass: nullableString('StorageClass of the created PVC; null uses global.storageClass, else the cluster default; "-" requests no class.'),
  size: doc(quantity(), 'Requested size of the created PVC.').default('50Gi'),
  accessModes: doc(z.array(z.enum(ACCESS_MODES)).min(1), 'Access modes of the created PVC (more than one router-server pod on different nodes needs ReadWriteMany or ReadOnlyMany).').default([
    'ReadWriteOnce',
  ]),
  keep: bool('Keep the PVC when the release is uninstalled (helm.sh/resource-policy: keep).', true),
  annotations: stringMap('Extra PVC annotations.'),
  dataSource: nullablePassthrough('PVC dataSource (e.g. a VolumeSnapshot to restore from); prefer volumeSnapshots.restoreFrom.', [
    { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 'models-2026-01-01' },
  ]),
});

const nfs = block('NFS backend (storage.type nfs).', {
  server: nullableString('NFS server host name or IP.', null, ['nfs.example.com']),
  path: nullableString('Exported path on the NFS server.', null, ['/exports/models']),
  readOnly: bool('Mount read-only (Triton only reads the repository).', true),
});

const emptyDir = block('emptyDir backend (storage.type emptyDir): scratch space, normally filled by the loader.', {
  sizeLimit: doc(quantity().nullable(), 'Size limit of the emptyDir; null means unlimited.').default(null),
  medium: doc(z.enum(['', 'Memory']), 'Empty for node disk, "Memory" for tmpfs (counts against the memory limit).').default(''),
});

const hostPath = block('hostPath backend (storage.type hostPath): development only, needs iUnderstandTheRisk.', {
  path: nullableString('Directory on the node.', null, ['/data/model_repository']),
  type: doc(z.enum(HOST_PATH_TYPES), 'hostPath type check.').default('Directory'),
  iUnderstandTheRisk: bool('Explicit opt-in: hostPath exposes the node filesystem and ties pods to one node.', false),
});

export const storageSchema = doc(
  z.strictObject({
    type: doc(z.enum(STORAGE_TYPES), 'Volume backend for a local path; "none" for s3://, gs://, as:// URLs (Triton reads them directly).').default('pvc'),
    subPath: doc(
      z
        .string()
        .regex(/^[^/]/, { error: 'must be a relative path inside the volume' })
        .refine((s) => !DOT_DOT.test(s), { error: 'must not contain ".."' })
        .meta({ not: { pattern: DOT_DOT.source } })
        .nullable(),
      'Directory inside the volume that holds the repository (a volumeMount subPath, e.g. "routers" for a volume whose models sit under routers/); null mounts the volume root.',
      ['routers'],
    ).default(null),
    pvc,
    nfs,
    emptyDir,
    hostPath,
  }),
  'Volume that holds the model repository when modelRepository.path is a local path.',
)
  .superRefine((s, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (s.type === 'hostPath') {
      if (s.hostPath.path === null) fail(['hostPath', 'path'], 'is required when storage.type is hostPath');
      if (!s.hostPath.iUnderstandTheRisk)
        fail(['hostPath', 'iUnderstandTheRisk'], 'must be true to use a hostPath volume (explicit opt-in; it exposes the node filesystem)');
    }
    if (s.type === 'nfs') {
      if (s.nfs.server === null) fail(['nfs', 'server'], 'is required when storage.type is nfs');
      if (s.nfs.path === null) fail(['nfs', 'path'], 'is required when storage.type is nfs');
    }
    // Settings of a backend other than the selected one mean two backends were configured.
    const other = (backend: string, key: string, set: boolean) => {
      if (set && s.type !== backend)
        fail([backend, key], `two storage backends: storage.type is "${s.type}" but ${backend}.${key} is set; set storage.type to "${backend}" or remove ${backend}.${key}`);
    };
    if (s.subPath !== null && s.type === 'none') fail(['subPath'], 'needs a volume: storage.type is "none"');
    other('pvc', 'existingClaim', s.pvc.existingClaim !== null);
    other('nfs', 'server', s.nfs.server !== null);
    other('nfs', 'path', s.nfs.path !== null);
    other('hostPath', 'path', s.hostPath.path !== null);
    other('emptyDir', 'sizeLimit', s.emptyDir.sizeLimit !== null);
    other('emptyDir', 'medium', s.emptyDir.medium !== '');
  })
  .meta({
    allOf: [
      {
        if: { properties: { type: { const: 'hostPath' } }, required: ['type'] },
        then: {
          properties: { hostPath: { required: ['path', 'iUnderstandTheRisk'], properties: { path: { type: 'string' }, iUnderstandTheRisk: { const: true } } } },
          required: ['hostPath'],
        },
      },
      {
        if: { properties: { type: { const: 'nfs' } }, required: ['type'] },
        then: { properties: { nfs: { required: ['server', 'path'], properties: { server: { type: 'string' }, path: { type: 'string' } } } }, required: ['nfs'] },
      },
      {
        if: { properties: { subPath: { type: 'string' } }, required: ['subPath'] },
        then: { properties: { type: { not: { const: 'none' } } } },
      },
      ...[
        ['pvc', 'existingClaim', { type: 'string' }],
        ['nfs', 'server', { type: 'string' }],
        ['nfs', 'path', { type: 'string' }],
        ['hostPath', 'path', { type: 'string' }],
        ['emptyDir', 'sizeLimit', { not: { type: 'null' } }],
        ['emptyDir', 'medium', { const: 'Memory' }],
      ].map(([backend, key, setSchema]) => ({
        // "two storage backends": a setting of a backend that storage.type does not select
        if: { properties: { [backend as string]: { required: [key], properties: { [key as string]: setSchema } } }, required: [backend] },
        then: { properties: { type: { const: backend } }, required: ['type'] },
      })),
    ],
  })
  .prefault({});

const credentials = block('Object-storage credentials, only as references to existing Secrets (keys become Triton\'s env vars).', {
  s3: secretRefBlock('S3 (s3:// URLs): Secret with the access key pair; null secretName relies on the pod identity (e.g. IRSA).', {
    secretName: nullableName('Existing Secret with the S3 credentials.'),
    accessKeyIdKey: doc(z.string().min(1), 'Key in the Secret holding the access key ID (becomes AWS_ACCESS_KEY_ID).').default('AWS_ACCESS_KEY_ID'),
    secretAccessKeyKey: doc(z.string().min(1), 'Key in the Secret holding the secret access key (becomes AWS_SECRET_ACCESS_KEY).').default('AWS_SECRET_ACCESS_KEY'),
    sessionTokenKey: nullableString('Key in the Secret holding a session token (becomes AWS_SESSION_TOKEN); null if none.'),
    region: nullableString('AWS region (AWS_DEFAULT_REGION).', null, ['us-east-1']),
    endpoint: nullableString('Custom S3 endpoint URL for S3-compatible stores; Triton expects it inside the s3:// URL as s3://host:port/bucket, so this only sets AWS_ENDPOINT_URL for tools.'),
  }),
  gcs: secretRefBlock('Google Cloud Storage (gs:// URLs): Secret with a service-account JSON file; null secretName relies on workload identity.', {
    secretName: nullableName('Existing Secret with the service-account key file.'),
    key: doc(z.string().min(1), 'Key in the Secret holding the JSON key file (mounted and named by GOOGLE_APPLICATION_CREDENTIALS).').default('credentials.json'),
  }),
  azure: secretRefBlock('Azure Blob Storage (as:// URLs): Secret with the storage account name and key.', {
    secretName: nullableName('Existing Secret with the Azure storage credentials.'),
    accountNameKey: doc(z.string().min(1), 'Key in the Secret holding the account name (becomes AZURE_STORAGE_ACCOUNT).').default('AZURE_STORAGE_ACCOUNT'),
    accountKeyKey: doc(z.string().min(1), 'Key in the Secret holding the account key (becomes AZURE_STORAGE_KEY).').default('AZURE_STORAGE_KEY'),
  }),
});

const loader = block('Optional init container that fills the model repository volume before Triton starts.', {
  enabled: bool('Run the loader init container (needs a volume backend, not an object-storage URL).', false),
  image: imageSchema({ what: 'the model loader', repository: 'curlimages/curl', tag: '8.11.1' }),
  sourceUrl: nullableString('Archive (tar.gz) URL the default loader command downloads and unpacks into the repository.', null, [
    'https://models.example.com/routers.tar.gz',
  ]),
  command: doc(z.array(z.string()), 'Command replacing the default download-and-unpack script.').default([]),
  args: doc(z.array(z.string()), 'Arguments of the command.').default([]),
  resources: block('Resources of the loader container.', {
    requests: doc(z.record(z.string(), quantity()), 'Resources reserved for the loader.').default({ cpu: '100m', memory: '256Mi' }),
    limits: doc(z.record(z.string(), quantity()), 'Upper bounds for the loader.').default({ cpu: '1', memory: '1Gi' }),
  }),
});

export const modelRepositorySchema = doc(
  z.strictObject({
    path: doc(
      z.string().regex(/^(\/|(s3|gs|as):\/\/.+)/, { error: 'must be an absolute path or an s3://, gs:// or as:// URL' }),
      'Model repository passed to tritonserver --model-repository: an absolute path (on the storage volume) or an s3://, gs://, as:// URL.',
      ['/model_repository/routers', 's3://my-bucket/routers', 'gs://my-bucket/routers', 'as://account/container/routers'],
    ).default('/model_repository/routers'),
    storage: storageSchema,
    credentials,
    loader,
  }),
  'Model repository of the classifier models (task_router_ensemble, complexity_router_ensemble).',
)
  .superRefine((m, ctx) => {
    const url = OBJECT_STORAGE_PATTERN.test(m.path);
    if (url && m.storage.type !== 'none')
      ctx.addIssue({
        code: 'custom',
        path: ['storage', 'type'],
        message: `must be "none" when modelRepository.path is an object-storage URL (${m.path.slice(0, 5)}...); Triton reads it directly, got "${m.storage.type}"`,
      });
    if (m.loader.enabled && url)
      ctx.addIssue({ code: 'custom', path: ['loader', 'enabled'], message: 'the loader needs a volume; it cannot be used with an object-storage URL' });
    if (m.loader.enabled && m.loader.sourceUrl === null && m.loader.command.length === 0)
      ctx.addIssue({ code: 'custom', path: ['loader', 'sourceUrl'], message: 'is required when the loader is enabled and no command is given' });
    const creds: [keyof typeof m.credentials, string][] = [
      ['s3', 's3://'],
      ['gcs', 'gs://'],
      ['azure', 'as://'],
    ];
    for (const [name, scheme] of creds)
      if (m.credentials[name].secretName !== null && !m.path.startsWith(scheme))
        ctx.addIssue({ code: 'custom', path: ['credentials', name, 'secretName'], message: `is set but modelRepository.path is not an ${scheme} URL` });
  })
  .meta({
    allOf: [
      {
        if: { properties: { path: { pattern: OBJECT_STORAGE_PATTERN.source } }, required: ['path'] },
        then: { properties: { storage: { properties: { type: { const: 'none' } } }, loader: { properties: { enabled: { const: false } } } } },
      },
      ...(
        [
          ['s3', '^s3://'],
          ['gcs', '^gs://'],
          ['azure', '^as://'],
        ] as const
      ).map(([name, prefix]) => ({
        if: {
          properties: { credentials: { properties: { [name]: { properties: { secretName: { type: 'string' } }, required: ['secretName'] } }, required: [name] } },
          required: ['credentials'],
        },
        then: { properties: { path: { pattern: prefix } } },
      })),
    ],
  })
  .prefault({});

export const secretNameSchema = k8sName;
export type ModelRepository = z.output<typeof modelRepositorySchema>;
