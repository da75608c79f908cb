// Role/RoleBinding/ServiceAccount builder for the snapshot CronJob, the only feature that calls the API.
import { expr, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { NAMESPACE, nameOf } from '../helpers/names.js';

export const SNAPSHOT_SUFFIX = 'snapshotter';

export function snapshotServiceAccount(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: metadata({ owner: 'chart', suffix: SNAPSHOT_SUFFIX }),
    // The token is mounted into the CronJob pod explicitly, nowhere else.
    automountServiceAccountToken: false,
  };
}

/** Least privilege: create, list and delete VolumeSnapshots in this namespace, nothing else. */
export function snapshotRole(): PlainMap {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: metadata({ owner: 'chart', suffix: SNAPSHOT_SUFFIX }),
    rules: [{ apiGroups: ['snapshot.storage.k8s.io'], resources: ['volumesnapshots'], verbs: ['create', 'list', 'delete'] }],
  };
}

export function snapshotRoleBinding(): PlainMap {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: metadata({ owner: 'chart', suffix: SNAPSHOT_SUFFIX }),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: expr(nameOf(SNAPSHOT_SUFFIX)) },
    subjects: [{ kind: 'ServiceAccount', name: expr(nameOf(SNAPSHOT_SUFFIX)), namespace: expr(NAMESPACE) }],
  };
}
