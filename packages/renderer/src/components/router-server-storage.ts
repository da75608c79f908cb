// Storage of the router-server: the model repository PVC (kept on uninstall), the NFS PV + claim, and
// the optional Hugging Face cache PVC.
import { expr, map, toYaml, when, withValue, type MapPart, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { NAMESPACE, nameOf, SERVER, v } from '../helpers/names.js';

const st = v(SERVER, 'modelRepository.storage');
const hf = v(SERVER, 'huggingFace.cache');

/** storageClassName: the PVC's own, else global.storageClass (or Bitnami's global.defaultStorageClass); "-" means "no class" (empty string). */
function storageClass(own: string): MapPart {
  return withValue(`${own} | default $.Values.global.storageClass | default $.Values.global.defaultStorageClass`, {
    storageClassName: expr('ternary "" . (eq . "-") | quote'),
  });
}

export const modelsPvcGuard = `and $modelVolume (eq ${st}.type "pvc") (not ${st}.pvc.existingClaim)`;

export function modelsPvc(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: metadata({
      owner: SERVER,
      suffix: 'router-server-models',
      // Models are expensive to fetch again: helm uninstall leaves the claim in place.
      annotations: [when(`${st}.pvc.keep`, { 'helm.sh/resource-policy': 'keep' })],
      annotationsExpr: `${st}.pvc.annotations`,
    }),
    spec: map(
      { accessModes: toYaml(`${st}.pvc.accessModes`) },
      storageClass(`${st}.pvc.storageClass`),
      { resources: { requests: { storage: expr(`${st}.pvc.size | quote`) } } },
      // Restore: create the claim from a VolumeSnapshot (volumeSnapshots.restoreFrom) or a given dataSource.
      when(
        '$.Values.volumeSnapshots.restoreFrom',
        {
          dataSource: {
            apiGroup: 'snapshot.storage.k8s.io',
            kind: 'VolumeSnapshot',
            name: expr('$.Values.volumeSnapshots.restoreFrom | quote'),
          },
        },
        map(withValue(`${st}.pvc.dataSource`, { dataSource: toYaml('.') })),
      ),
    ),
  };
}

export const hfCachePvcGuard = `and ${hf}.enabled (eq ${hf}.storage "pvc") (not ${hf}.existingClaim)`;

export function hfCachePvc(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: metadata({ owner: SERVER, suffix: 'router-server-hf-cache', annotations: [{ 'helm.sh/resource-policy': 'keep' }] }),
    spec: map({ accessModes: ['ReadWriteOnce'] }, storageClass(`${hf}.storageClass`), {
      resources: { requests: { storage: expr(`${hf}.size | quote`) } },
    }),
  };
}

/**
 * NFS goes through a PersistentVolume + claim instead of an inline `nfs:` volume, which the
 * "restricted" Pod Security Standard forbids. The PV is cluster-scoped, so its name carries the namespace.
 */
export const nfsGuard = `and $modelVolume (eq ${st}.type "nfs")`;
const nfsPvName = `printf "%s-%s" (${NAMESPACE}) (${nameOf('models-nfs')})`;
const nfsAccess = `ternary "ReadOnlyMany" "ReadWriteMany" ${st}.nfs.readOnly`;

export function nfsPv(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: metadata({ owner: SERVER, nameExpr: nfsPvName, namespaced: false }),
    spec: {
      capacity: { storage: expr(`${st}.pvc.size | quote`) },
      accessModes: [expr(nfsAccess)],
      persistentVolumeReclaimPolicy: 'Retain',
      storageClassName: '',
      claimRef: { namespace: expr(NAMESPACE), name: expr(nameOf('router-server-models')) },
      nfs: { server: expr(`${st}.nfs.server | quote`), path: expr(`${st}.nfs.path | quote`), readOnly: expr(`${st}.nfs.readOnly`) },
    },
  };
}

export function nfsPvc(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: metadata({ owner: SERVER, suffix: 'router-server-models' }),
    spec: {
      accessModes: [expr(nfsAccess)],
      storageClassName: '',
      volumeName: expr(nfsPvName),
      resources: { requests: { storage: expr(`${st}.pvc.size | quote`) } },
    },
  };
}
