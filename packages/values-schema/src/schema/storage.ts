// Where Triton's model repository lives: a local path on a volume (PVC, NFS, emptyDir, hostPath)
// or an object-storage URL that Triton reads itself (no volume; credentials from Secrets only).
import { z } from 'zod';
import { imageSchema } from './image.js';
import {
  block,
  bool,
  doc,
  k8sName,
  secretKeyName,
  secretRefBlock,
  nullableName,
  nullablePassthrough,
  nullableStorageClass,
  nullableString,
  quantity,
  stringMap,
} from './primitives.js';

export const OBJECT_STORAGE_PATTERN = /^(s3|gs|as):\/\/.+/;
export const STORAGE_TYPES = ['pvc', 'nfs', 'emptyDir', 'hostPath', 'none'] as const;
export const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] as const;
const DOT_DOT = /(^|\/)\.\.(\/|$)/;
const HOST_PATH_TYPES = ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'] as const;

const pvc = block('PersistentVolumeClaim backend (storage.type pvc).', {
  existingClaim: nullableName('Use this existing PVC instead of creating one.', ['models']),
  storageClass: nullableStorageClass(
    'StorageClass of the created PVC; null uses global.storageClass, else the cluster default; "-" requests no class.',
  ),
  size: doc(quantity(), 'Requested size of the created PVC.').default('50Gi'),
  accessModes: doc(
    z.array(z.enum(ACCESS_MODES)).min(1),
    'Access modes of the created PVC (more than one router-server pod on different nodes needs ReadWriteMany or ReadOnlyMany).',
  ).default(['ReadWriteOnce']),
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
  sizeLimit: doc(
    quantity().nullable(),
    "Size limit of the emptyDir (node disk counts toward the router-server's ephemeral-storage limit, Memory toward its memory limit); null means unlimited.",
    ['10Gi'],
  ).default(null),
  medium: doc(z.enum(['', 'Memory']), 'Empty for node disk, "Memory" for tmpfs (counts against the memory limit).').default(''),
});

const hostPath = block('hostPath backend (storage.type hostPath): development only, needs iUnderstandTheRisk.', {
  path: nullableString('Directory on the node.', null, ['/data/model_repository']),
  type: doc(z.enum(HOST_PATH_TYPES), 'hostPath type check.').default('Directory'),
  iUnderstandTheRisk: bool('Explicit opt-in: hostPath exposes the node filesystem and ties pods to one node.', false),
});

export const storageSchema = doc(
  z.strictObject({
    type: doc(
      z.enum(STORAGE_TYPES),
      'Volume backend for a local path; "none" for s3://, gs://, as:// URLs (Triton reads them directly).',
    ).default('pvc'),
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
).prefault({});

const credentials = block("Object-storage credentials, only as references to existing Secrets (keys become Triton's env vars).", {
  s3: secretRefBlock('S3 (s3:// URLs): Secret with the access key pair; null secretName relies on the pod identity (e.g. IRSA).', {
    secretName: nullableName('Existing Secret with the S3 credentials.'),
    accessKeyIdKey: doc(secretKeyName(), 'Key in the Secret holding the access key ID (becomes AWS_ACCESS_KEY_ID).').default(
      'AWS_ACCESS_KEY_ID',
    ),
    secretAccessKeyKey: doc(secretKeyName(), 'Key in the Secret holding the secret access key (becomes AWS_SECRET_ACCESS_KEY).').default(
      'AWS_SECRET_ACCESS_KEY',
    ),
    sessionTokenKey: doc(
      secretKeyName().nullable(),
      'Key in the Secret holding a session token (becomes AWS_SESSION_TOKEN); null if none.',
    ).default(null),
    region: nullableString('AWS region (AWS_DEFAULT_REGION).', null, ['us-east-1']),
    endpoint: nullableString(
      'Custom S3 endpoint URL for S3-compatible stores; Triton expects it inside the s3:// URL as s3://host:port/bucket, so this only sets AWS_ENDPOINT_URL for tools.',
    ),
  }),
  gcs: secretRefBlock(
    'Google Cloud Storage (gs:// URLs): Secret with a service-account JSON file; null secretName relies on workload identity.',
    {
      secretName: nullableName('Existing Secret with the service-account key file.'),
      key: doc(
        secretKeyName(),
        'Key in the Secret holding the JSON key file (mounted and named by GOOGLE_APPLICATION_CREDENTIALS).',
      ).default('credentials.json'),
    },
  ),
  azure: secretRefBlock('Azure Blob Storage (as:// URLs): Secret with the storage account name and key.', {
    secretName: nullableName('Existing Secret with the Azure storage credentials.'),
    accountNameKey: doc(secretKeyName(), 'Key in the Secret holding the account name (becomes AZURE_STORAGE_ACCOUNT).').default(
      'AZURE_STORAGE_ACCOUNT',
    ),
    accountKeyKey: doc(secretKeyName(), 'Key in the Secret holding the account key (becomes AZURE_STORAGE_KEY).').default(
      'AZURE_STORAGE_KEY',
    ),
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
    requests: doc(z.record(z.string(), quantity()), 'Resources reserved for the loader.').default({
      cpu: '100m',
      memory: '256Mi',
      'ephemeral-storage': '64Mi',
    }),
    limits: doc(
      z.record(z.string(), quantity()),
      "Upper bounds for the loader (it writes to the pod's volumes, which the router-server's limit covers).",
    ).default({ cpu: '1', memory: '1Gi', 'ephemeral-storage': '256Mi' }),
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
).prefault({});

export const secretNameSchema = k8sName;
export type ModelRepository = z.output<typeof modelRepositorySchema>;
