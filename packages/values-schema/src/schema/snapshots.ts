// Volume snapshots of the model PVC: on demand, scheduled, and restore into a new PVC.
import { z } from 'zod';
import { imageSchema } from './image.js';
import { block, bool, doc, helperResources, int, nullableName, nullableString, stringMap } from './primitives.js';

const CRON = /^(@(yearly|annually|monthly|weekly|daily|hourly)|(\S+\s+){4}\S+)$/;

export const volumeSnapshotsSchema = doc(
  z.strictObject({
    enabled: bool('Render a VolumeSnapshot of the model PVC (storage.type pvc).', false),
    className: nullableName('VolumeSnapshotClass to use; null uses the created class or the cluster default.'),
    snapshotClass: block('Optional VolumeSnapshotClass created by the chart.', {
      create: bool('Create a VolumeSnapshotClass.', false),
      driver: nullableString('CSI driver of the class (required when create is true).', null, ['ebs.csi.aws.com']),
      deletionPolicy: doc(z.enum(['Retain', 'Delete']), 'What happens to the storage snapshot when the VolumeSnapshot is deleted.').default(
        'Retain',
      ),
      parameters: stringMap('Driver parameters.'),
    }),
    schedule: block('Scheduled snapshots (CronJob with minimal RBAC).', {
      enabled: bool('Take snapshots on a schedule.', false),
      cron: doc(z.string().regex(CRON, { error: 'must be a cron expression with 5 fields or @daily-style macro' }), 'Cron schedule.', [
        '0 3 * * *',
      ]).default('0 3 * * *'),
      keep: int('Number of scheduled snapshots kept.', 7, 1),
      startingDeadlineSeconds: int(
        'A run that could not start on time (controller down, cluster busy) still starts within this many seconds, else it is skipped until the next schedule; also keeps a long outage from counting over 100 missed runs, which stops the CronJob.',
        3600,
        10,
      ),
      // The job runs a small sh script around kubectl (timestamped name, pruning), so the image needs sh and kubectl.
      image: imageSchema({ what: 'the snapshot job (needs sh and kubectl)', repository: 'alpine/k8s', tag: '1.33.4' }),
      // kubectl keeps its discovery cache in HOME=/tmp (a 64Mi emptyDir).
      resources: helperResources(
        'the snapshot job',
        { cpu: '10m', memory: '32Mi', 'ephemeral-storage': '32Mi' },
        { cpu: '200m', memory: '128Mi', 'ephemeral-storage': '128Mi' },
      ),
    }),
    restoreFrom: nullableName('VolumeSnapshot name to create the model PVC from (dataSource); null creates an empty PVC.', [
      'models-2026-01-01',
    ]),
  }),
  'VolumeSnapshots of the model repository PVC.',
).prefault({});
