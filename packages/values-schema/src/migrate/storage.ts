// routerServer.modelRepository + routerServer.volumes.modelRepository -> our modelRepository.
// Upstream mounts the volume root at volumes.modelRepository.mountPath and passes
// modelRepository.path to Triton; we mount the repository itself at the path, so a path below the
// mount point becomes a subPath. Upstream's own PVC is adopted through existingClaim (its data stays).
import type { Ledger } from './ledger.js';
import { UPSTREAM_MODEL_MOUNT, UPSTREAM_MODEL_PATH } from './upstream.js';

const M = 'routerServer.modelRepository';
const V = 'routerServer.volumes.modelRepository';
const S = `${V}.storage`;
const OUT = 'routerServer.modelRepository';
const OBJECT_STORE = /^(s3|gs|as):\/\//;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function convertModelRepository(l: Ledger, modelPvcName: string): void {
  const path = l.has(`${M}.path`) ? str(l.get(`${M}.path`)) : UPSTREAM_MODEL_PATH;
  const volumeEnabled = l.get(`${V}.enabled`) ?? true;
  const mountPath = l.has(`${V}.mountPath`) ? str(l.get(`${V}.mountPath`)) : UPSTREAM_MODEL_MOUNT;
  const objectStore = OBJECT_STORE.test(path);
  convertCloudAuth(l, path);

  if (path === '') {
    // upstream then passes no --model-repository at all: Triton refuses to start without one
    l.error(`${M}.path`, 'is empty: upstream started tritonserver without --model-repository; set the path of your model repository');
    return;
  }
  const setPath = (message = '') => {
    l.set(`${OUT}.path`, path);
    if (l.has(`${M}.path`)) l.accounted(`${M}.path`, `${OUT}.path`, message);
    else l.assumed(`${M}.path`, `not in the file: upstream default ${path} kept${message ? `; ${message}` : ''}`, `${OUT}.path`);
  };
  if (objectStore) {
    setPath();
    l.set(`${OUT}.storage.type`, 'none');
    if (volumeEnabled === true)
      l.decision(
        `${V}.enabled`,
        `the repository is ${path.slice(0, 5)}... (Triton reads it directly), so the upstream volume at ${mountPath} is not mounted any more`,
        `${OUT}.storage.type`,
      );
    else l.mapped(`${V}.enabled`, `${OUT}.storage.type`, 'none');
    dropVolumeDetails(l, 'the repository is in object storage; no volume is mounted');
    return;
  }
  if (volumeEnabled !== true) {
    // no volume: Triton reads a directory of its own image
    setPath();
    l.mapped(`${V}.enabled`, `${OUT}.storage.type`, 'none', 'no volume: Triton reads the path from its image');
    l.set(`${OUT}.storage.type`, 'none');
    dropVolumeDetails(l, 'volumes.modelRepository.enabled is false; upstream mounted nothing');
    return;
  }

  // the path relative to the volume root becomes our subPath; the mount point moves onto the path
  const mount = mountPath.replace(/\/+$/, '') || '/';
  const inside = path === mount ? '' : path.startsWith(`${mount}/`) ? path.slice(mount.length + 1).replace(/\/+$/, '') : null;
  if (!path.startsWith('/')) return l.error(`${M}.path`, 'must be an absolute path or an s3://, gs://, as:// URL');
  if (inside === null) {
    l.error(
      `${M}.path`,
      `"${path}" is not inside the volume mounted at ${mount} (${V}.mountPath): upstream's Triton read a directory of its image, not the volume; decide which one holds your models`,
    );
    return;
  }
  setPath(inside ? `the volume's ${inside}/ directory is mounted there (storage.subPath)` : 'the volume root is mounted there');
  l.accounted(`${V}.mountPath`, `${OUT}.path`, 'our chart mounts the repository directory itself at modelRepository.path');
  l.accounted(`${V}.enabled`, `${OUT}.storage.type`);
  if (inside) l.set(`${OUT}.storage.subPath`, inside);

  const pvc = `${S}.persistentVolumeClaim`;
  const backend =
    (l.get(`${pvc}.enabled`) ?? true) === true
      ? 'pvc'
      : l.get(`${S}.nfs.enabled`) === true
        ? 'nfs'
        : l.get(`${S}.hostPath.enabled`) === true
          ? 'hostPath'
          : 'emptyDir';
  l.set(`${OUT}.storage.type`, backend);
  for (const b of ['persistentVolumeClaim', 'nfs', 'emptyDir', 'hostPath'])
    l.accounted(`${S}.${b}.enabled`, `${OUT}.storage.type`, b === mapName(backend) ? '' : `not used: upstream picks ${mapName(backend)}`);

  if (backend === 'pvc') {
    const existing = str(l.get(`${pvc}.existingClaim`));
    const claim = existing || modelPvcName;
    l.set(`${OUT}.storage.pvc.existingClaim`, claim);
    if (existing) l.mapped(`${pvc}.existingClaim`, `${OUT}.storage.pvc.existingClaim`, existing);
    else {
      l.dropped(`${pvc}.existingClaim`, 'empty: upstream created its own PVC');
      l.assumed(
        `${pvc}`,
        `upstream's own PVC ${claim} is adopted through existingClaim (keep it before upgrading: helm.sh/resource-policy=keep, see next steps)`,
        `${OUT}.storage.pvc.existingClaim`,
      );
    }
    for (const k of ['storageClass', 'accessMode', 'size'])
      l.dropped(
        `${pvc}.${k}`,
        existing
          ? 'belongs to the existing PVC, which is used as it is'
          : `belongs to the existing PVC ${claim}, which is adopted as it is`,
      );
  } else dropKeys(l, pvc, ['storageClass', 'accessMode', 'size', 'existingClaim'], `the ${mapName(backend)} backend is used`);

  if (backend === 'nfs') {
    for (const k of ['server', 'path', 'readOnly']) l.mapped(`${S}.nfs.${k}`, `${OUT}.storage.nfs.${k}`, l.get(`${S}.nfs.${k}`));
    if (l.get(`${S}.nfs.readOnly`) === undefined) l.set(`${OUT}.storage.nfs.readOnly`, false);
    l.decision(
      `${S}.nfs`,
      'our chart mounts NFS through a PersistentVolume + PVC it creates (inline nfs volumes break Pod Security "restricted"); the export and its data stay as they are',
    );
  } else dropKeys(l, `${S}.nfs`, ['server', 'path', 'readOnly'], `the ${mapName(backend)} backend is used`);

  if (backend === 'hostPath') {
    l.mapped(`${S}.hostPath.path`, `${OUT}.storage.hostPath.path`, l.get(`${S}.hostPath.path`));
    l.set(`${OUT}.storage.hostPath.type`, '');
    l.set(`${OUT}.storage.hostPath.iUnderstandTheRisk`, true);
    l.decision(
      `${S}.hostPath`,
      'hostPath kept with iUnderstandTheRisk: true because upstream used it; it exposes the node filesystem and ties the router-server to one node: move the models to a PVC when you can',
      `${OUT}.storage.hostPath`,
    );
  } else dropKeys(l, `${S}.hostPath`, ['path'], `the ${mapName(backend)} backend is used`);

  if (backend === 'emptyDir') {
    const size = str(l.get(`${S}.emptyDir.sizeLimit`));
    if (size) l.mapped(`${S}.emptyDir.sizeLimit`, `${OUT}.storage.emptyDir.sizeLimit`, size);
    else l.dropped(`${S}.emptyDir.sizeLimit`, 'empty: no limit');
    l.decision(
      `${S}.emptyDir`,
      'an emptyDir starts empty on every pod start: nothing fills it unless routerServer.modelRepository.loader is enabled',
    );
  } else dropKeys(l, `${S}.emptyDir`, ['sizeLimit'], `the ${mapName(backend)} backend is used`);
}

const mapName = (backend: string) => (backend === 'pvc' ? 'persistentVolumeClaim' : backend);

function dropKeys(l: Ledger, at: string, keys: string[], reason: string): void {
  for (const k of keys) l.dropped(`${at}.${k}`, reason);
}

function dropVolumeDetails(l: Ledger, reason: string): void {
  l.dropped(`${V}.mountPath`, reason);
  l.dropped(S, reason);
}

/** cloudAuth: Secret references for S3, GCS, Azure; only the one matching the URL scheme is used by our chart. */
function convertCloudAuth(l: Ledger, path: string): void {
  const A = `${M}.cloudAuth`;
  const cred = `${OUT}.credentials`;
  const provider = (name: 'aws' | 'gcs' | 'azure', scheme: string, map: (secret: string) => void) => {
    const enabled = l.get(`${A}.${name}.enabled`) === true;
    if (!enabled) {
      l.dropped(`${A}.${name}`, `${name} credentials are disabled`);
      return;
    }
    if (!path.startsWith(scheme)) {
      l.dropped(`${A}.${name}`, `the repository is not a ${scheme} URL, so these credentials were never used`);
      return;
    }
    l.accounted(`${A}.${name}.enabled`, `${cred}`);
    const secret = str(l.get(`${A}.${name}.secretName`));
    if (!secret) return l.error(`${A}.${name}.secretName`, 'is required when the credentials are enabled');
    map(secret);
  };
  provider('aws', 's3://', (secret) => {
    l.mapped(`${A}.aws.secretName`, `${cred}.s3.secretName`, secret);
    l.mapped(`${A}.aws.accessKeySecretKey`, `${cred}.s3.accessKeyIdKey`, l.get(`${A}.aws.accessKeySecretKey`));
    l.mapped(`${A}.aws.secretAccessKeySecretKey`, `${cred}.s3.secretAccessKeyKey`, l.get(`${A}.aws.secretAccessKeySecretKey`));
    const token = str(l.get(`${A}.aws.sessionTokenSecretKey`));
    if (token) l.mapped(`${A}.aws.sessionTokenSecretKey`, `${cred}.s3.sessionTokenKey`, token);
    else l.dropped(`${A}.aws.sessionTokenSecretKey`, 'empty: no session token');
    const region = str(l.get(`${A}.aws.regionSecretKey`));
    if (region)
      l.decision(
        `${A}.aws.regionSecretKey`,
        `our chart takes the region as a value, not from the Secret: set routerServer.modelRepository.credentials.s3.region (read it with: kubectl get secret ${secret} -o jsonpath='{.data.${region}}' | base64 -d)`,
        `${cred}.s3.region`,
      );
    else l.dropped(`${A}.aws.regionSecretKey`, 'empty: no region from the Secret');
  });
  provider('gcs', 'gs://', (secret) => {
    l.mapped(`${A}.gcs.secretName`, `${cred}.gcs.secretName`, secret);
    l.mapped(
      `${A}.gcs.serviceAccountKeySecretKey`,
      `${cred}.gcs.key`,
      l.get(`${A}.gcs.serviceAccountKeySecretKey`),
      'upstream passed the JSON in GOOGLE_APPLICATION_CREDENTIALS_JSON, which Triton does not read; ours mounts the key file and points GOOGLE_APPLICATION_CREDENTIALS at it',
    );
  });
  provider('azure', 'as://', (secret) => {
    l.mapped(`${A}.azure.secretName`, `${cred}.azure.secretName`, secret);
    l.mapped(`${A}.azure.accountNameSecretKey`, `${cred}.azure.accountNameKey`, l.get(`${A}.azure.accountNameSecretKey`));
    l.mapped(`${A}.azure.accountKeySecretKey`, `${cred}.azure.accountKeyKey`, l.get(`${A}.azure.accountKeySecretKey`));
    const conn = str(l.get(`${A}.azure.connectionStringSecretKey`));
    if (conn)
      l.decision(
        `${A}.azure.connectionStringSecretKey`,
        'upstream used only the connection string when this key was set; our chart reads the account name and key: make sure the Secret holds both keys named in credentials.azure',
        `${cred}.azure`,
      );
    else l.dropped(`${A}.azure.connectionStringSecretKey`, 'empty: account name and key are used');
  });
}
