// Snapshots of the router-server's model PVC: VolumeSnapshotClass, VolumeSnapshot and the scheduled CronJob.
import { expr, literal, map, toYamlIfSet, withValue, yaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata, podTemplateLabels } from '../helpers/meta.js';
import { modelsClaimName } from '../helpers/model-storage.js';
import { nameOf, P, SERVER, v } from '../helpers/names.js';
import { imageExpr, imagePullSecrets, securityContext } from '../helpers/pod.js';
import { SNAPSHOT_SUFFIX } from '../resources/rbac.js';

const s = '$.Values.volumeSnapshots';
/** Class name the snapshots use: explicit, else the chart-created one, else the cluster default. */
export const SNAPSHOT_VARS = [
  `{{- $snapClass := ${s}.className | default (ternary (${nameOf('snapshots')}) "" ${s}.snapshotClass.create) }}`,
  `{{- $modelsPvc := ${modelsClaimName} }}`,
];

export function volumeSnapshotClass(): PlainMap {
  const meta = metadata({ owner: 'chart', namespaced: false, nameExpr: `${s}.className | default (${nameOf('snapshots')})` });
  return {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshotClass',
    metadata: meta,
    driver: expr(`${s}.snapshotClass.driver | quote`),
    deletionPolicy: expr(`${s}.snapshotClass.deletionPolicy`),
    parameters: toYamlIfSet(`${s}.snapshotClass.parameters`),
  };
}

/** One snapshot of the model PVC, kept on uninstall (it is a backup). */
export function volumeSnapshot(): PlainMap {
  return {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshot',
    metadata: metadata({ owner: SERVER, suffix: 'models-snapshot', annotations: [{ 'helm.sh/resource-policy': 'keep' }] }),
    spec: map(withValue('$snapClass', { volumeSnapshotClassName: expr('. | quote') }), {
      source: { persistentVolumeClaimName: expr('$modelsPvc | quote') },
    }),
  };
}

/** Snapshot script: create a timestamped VolumeSnapshot, then delete the oldest beyond `KEEP`. */
const SCRIPT = [
  'set -eu',
  'name="${PVC}-$(date -u +%Y%m%d%H%M%S)"',
  'class_line=""',
  'if [ -n "${CLASS}" ]; then',
  '  class_line="volumeSnapshotClassName: ${CLASS}"',
  'fi',
  'kubectl create -f - <<EOF',
  'apiVersion: snapshot.storage.k8s.io/v1',
  'kind: VolumeSnapshot',
  'metadata:',
  '  name: ${name}',
  '  labels:',
  '    ${SELECTOR_KEY}: ${PVC}',
  'spec:',
  '  ${class_line}',
  '  source:',
  '    persistentVolumeClaimName: ${PVC}',
  'EOF',
  '# Snapshot names sort by time: delete all but the newest $KEEP.',
  'all="$(kubectl get volumesnapshots -l "${SELECTOR_KEY}=${PVC}" -o name | sort)"',
  'count="$(printf \'%s\\n\' "$all" | grep -c . || true)"',
  'if [ "$count" -gt "$KEEP" ]; then',
  '  printf \'%s\\n\' "$all" | head -n "$((count - KEEP))" | xargs kubectl delete',
  'fi',
].join('\n');

export const SNAPSHOT_LABEL = `${P}/snapshot-of`;

export function snapshotCronJob(): PlainMap {
  const sc = `${s}.schedule`;
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: metadata({ owner: 'chart', suffix: SNAPSHOT_SUFFIX }),
    spec: {
      schedule: expr(`${sc}.cron | quote`),
      startingDeadlineSeconds: expr(`${sc}.startingDeadlineSeconds`),
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          template: {
            metadata: {
              labels: yaml(podTemplateLabels({ role: SNAPSHOT_SUFFIX })),
            },
            spec: {
              serviceAccountName: expr(nameOf(SNAPSHOT_SUFFIX)),
              // The only pod of the chart that talks to the Kubernetes API.
              automountServiceAccountToken: true,
              restartPolicy: 'Never',
              imagePullSecrets: imagePullSecrets(),
              securityContext: securityContext(v(SERVER, 'podSecurityContext')),
              containers: [
                {
                  name: 'snapshot',
                  image: expr(imageExpr(`${sc}.image`)),
                  imagePullPolicy: expr(`${sc}.image.pullPolicy`),
                  command: ['sh', '-c', literal(SCRIPT)],
                  env: [
                    { name: 'PVC', value: expr('$modelsPvc | quote') },
                    { name: 'CLASS', value: expr('$snapClass | quote') },
                    { name: 'KEEP', value: expr(`${sc}.keep | toString | quote`) },
                    { name: 'SELECTOR_KEY', value: SNAPSHOT_LABEL },
                    { name: 'HOME', value: '/tmp' },
                  ],
                  securityContext: securityContext(v(SERVER, 'containerSecurityContext')),
                  resources: toYamlIfSet(`${sc}.resources`),
                  volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
                },
              ],
              volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
            },
          },
        },
      },
    },
  };
}
