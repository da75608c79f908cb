// Rules across sections: snapshots need the PVC, API-key sources, routing table, and what exposes the app.
import { V } from './paths.js';
import type { Rule } from './rule.js';

const ST = 'routerServer.modelRepository.storage';
const needsPvc = (id: string, at: string, what: string, set: (v: Parameters<Rule['check']>[0]) => boolean, goSet: string): Rule => ({
  id,
  values: [at, `${ST}.type`],
  doc: `\`${at}\` needs \`${ST}.type: pvc\`.`,
  message: `${what} needs routerServer.modelRepository.storage.type "pvc" (got "{type}")`,
  check(v, hit) {
    if (set(v) && v.routerServer.modelRepository.storage.type !== 'pvc')
      hit(at.split('.'), { type: v.routerServer.modelRepository.storage.type });
  },
  go: (fail) => [fail({ when: `and ${goSet} (ne ${V(`${ST}.type`)} "pvc")`, path: at, args: { type: V(`${ST}.type`) } })],
});

export const snapshotRules: Rule[] = [
  needsPvc(
    'snapshot-needs-pvc',
    'volumeSnapshots.enabled',
    'a snapshot of the model volume',
    (v) => v.volumeSnapshots.enabled,
    V('volumeSnapshots.enabled'),
  ),
  needsPvc(
    'schedule-needs-pvc',
    'volumeSnapshots.schedule.enabled',
    'scheduled snapshots',
    (v) => v.volumeSnapshots.schedule.enabled,
    V('volumeSnapshots.schedule.enabled'),
  ),
  needsPvc(
    'restore-needs-pvc',
    'volumeSnapshots.restoreFrom',
    'restoring from a snapshot',
    (v) => v.volumeSnapshots.restoreFrom !== null,
    V('volumeSnapshots.restoreFrom'),
  ),
  {
    id: 'restore-not-existing-claim',
    values: ['volumeSnapshots.restoreFrom', `${ST}.pvc.existingClaim`],
    doc: '`volumeSnapshots.restoreFrom` restores into a PVC the chart creates: not with `storage.pvc.existingClaim`.',
    message: 'cannot be used with routerServer.modelRepository.storage.pvc.existingClaim (the chart only restores into a PVC it creates)',
    check(v, hit) {
      if (v.volumeSnapshots.restoreFrom !== null && v.routerServer.modelRepository.storage.pvc.existingClaim !== null)
        hit(['volumeSnapshots', 'restoreFrom']);
    },
    go: (fail) => [
      fail({ when: `and ${V('volumeSnapshots.restoreFrom')} ${V(`${ST}.pvc.existingClaim`)}`, path: 'volumeSnapshots.restoreFrom' }),
    ],
  },
  {
    id: 'restore-not-data-source',
    values: ['volumeSnapshots.restoreFrom', `${ST}.pvc.dataSource`],
    doc: '`volumeSnapshots.restoreFrom` and `storage.pvc.dataSource` exclude each other.',
    message: 'set either volumeSnapshots.restoreFrom or routerServer.modelRepository.storage.pvc.dataSource, not both',
    check(v, hit) {
      if (v.volumeSnapshots.restoreFrom !== null && v.routerServer.modelRepository.storage.pvc.dataSource !== null)
        hit(['volumeSnapshots', 'restoreFrom']);
    },
    go: (fail) => [
      fail({ when: `and ${V('volumeSnapshots.restoreFrom')} ${V(`${ST}.pvc.dataSource`)}`, path: 'volumeSnapshots.restoreFrom' }),
    ],
  },
  {
    id: 'snapshot-class-driver',
    values: ['volumeSnapshots.snapshotClass.create', 'volumeSnapshots.snapshotClass.driver'],
    doc: 'A created VolumeSnapshotClass needs `snapshotClass.driver`.',
    message: 'is required when snapshotClass.create is true',
    check(v, hit) {
      if (v.volumeSnapshots.snapshotClass.create && v.volumeSnapshots.snapshotClass.driver === null)
        hit(['volumeSnapshots', 'snapshotClass', 'driver']);
    },
    go: (fail) => [
      fail({
        when: `and ${V('volumeSnapshots.snapshotClass.create')} (not ${V('volumeSnapshots.snapshotClass.driver')})`,
        path: 'volumeSnapshots.snapshotClass.driver',
      }),
    ],
  },
];

const AK = 'apiKeys';
export const apiKeyRules: Rule[] = [
  {
    id: 'one-key-source',
    values: ['apiKeys.existingSecret', 'apiKeys.create.enabled', 'apiKeys.externalSecret.enabled'],
    doc: '`apiKeys`: at most one key source (existingSecret, create, externalSecret).',
    message: 'use only one key source: existingSecret, create.enabled or externalSecret.enabled',
    check(v, hit) {
      const a = v.apiKeys;
      if ([a.existingSecret !== null, a.create.enabled, a.externalSecret.enabled].filter(Boolean).length > 1) hit(['apiKeys']);
    },
    go: (fail) => [
      fail({
        when: `gt (len (compact (list ${V(`${AK}.existingSecret`)} (ternary "x" "" ${V(`${AK}.create.enabled`)}) (ternary "x" "" ${V(`${AK}.externalSecret.enabled`)})))) 1`,
        path: 'apiKeys',
      }),
    ],
  },
  {
    id: 'created-secret-needs-keys',
    values: ['apiKeys.create.enabled', 'apiKeys.create.values'],
    doc: '`apiKeys.create.enabled` needs at least one key in `create.values`.',
    message: 'needs at least one key when create.enabled is true',
    check(v, hit) {
      if (v.apiKeys.create.enabled && Object.keys(v.apiKeys.create.values).length === 0) hit(['apiKeys', 'create', 'values']);
    },
    go: (fail) => [fail({ when: `and ${V(`${AK}.create.enabled`)} (not ${V(`${AK}.create.values`)})`, path: 'apiKeys.create.values' })],
  },
  {
    id: 'external-secret-store',
    values: ['apiKeys.externalSecret.enabled', 'apiKeys.externalSecret.secretStoreRef.name'],
    doc: '`apiKeys.externalSecret.enabled` needs `secretStoreRef.name`.',
    message: 'is required when externalSecret.enabled is true',
    check(v, hit) {
      if (v.apiKeys.externalSecret.enabled && v.apiKeys.externalSecret.secretStoreRef.name === null)
        hit(['apiKeys', 'externalSecret', 'secretStoreRef', 'name']);
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${AK}.externalSecret.enabled`)} (not ${V(`${AK}.externalSecret.secretStoreRef.name`)})`,
        path: 'apiKeys.externalSecret.secretStoreRef.name',
      }),
    ],
  },
  {
    id: 'external-secret-data',
    values: ['apiKeys.externalSecret.enabled', 'apiKeys.externalSecret.data'],
    doc: '`apiKeys.externalSecret.enabled` needs at least one `data` entry.',
    message: 'needs at least one entry when externalSecret.enabled is true',
    check(v, hit) {
      if (v.apiKeys.externalSecret.enabled && v.apiKeys.externalSecret.data.length === 0) hit(['apiKeys', 'externalSecret', 'data']);
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${AK}.externalSecret.enabled`)} (not ${V(`${AK}.externalSecret.data`)})`,
        path: 'apiKeys.externalSecret.data',
      }),
    ],
  },
];
