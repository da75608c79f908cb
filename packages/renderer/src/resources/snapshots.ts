// VolumeSnapshotClass, VolumeSnapshot and the scheduled-snapshot CronJob for the model PVC.
import { expr, indented, spread, toYamlIfSet, withValue, type MapNode } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { nameOf, P, SERVER, v } from '../helpers/names.js';
import { securityContext } from '../helpers/pod.js';
import { modelsPvcName } from '../components/router-server.js';
import { SNAPSHOT_SUFFIX } from './rbac.js';

const s = '$.Values.volumeSnapshots';
/** Class name the snapshots use: explicit, else the chart-created one, else the cluster default. */
export const SNAPSHOT_VARS = [
  `{{- $snapClass := ${s}.className | default (ternary (${nameOf('snapshots')}) "" ${s}.snapshotClass.create) }}`,
  `{{- $modelsPvc := ${modelsPvcName} }}`,
];

export function volumeSnapshotClass(): MapNode {
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
export function volumeSnapshot(): MapNode {
  return {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshot',
    metadata: metadata({ owner: SERVER, suffix: 'models-snapshot', annotations: { 'helm.sh/resource-policy': 'keep' } }),
    spec: {
      [spread()]: withValue('$snapClass', { volumeSnapshotClassName: expr('. | quote') }),
      source: { persistentVolumeClaimName: expr('$modelsPvc | quote') },
    },
  };
}

/** Snapshot script: create a timestamped VolumeSnapshot, then delete the oldest beyond `keep`. */
const SCRIPT = [
  'set -eu',
  'name="${PVC}-$(date -u +%Y%m%d%H%M%S)"',
  'class_line=""',
  'if [ -n "${CLASS}" ]; then class_line="  volumeSnapshotClassName: ${CLASS}"; fi',
  'printf "apiVersion: snapshot.storage.k8s.io/v1\\nkind: VolumeSnapshot\\nmetadata:\\n  name: %s\\n  labels:\\n    %s: %s\\nspec:\\n%s\\n  source:\\n    persistentVolumeClaimName: %s\\n" "$name" "${SELECTOR_KEY}" "${PVC}" "$class_line" "${PVC}" | kubectl create -f -',
  'all="$(kubectl get volumesnapshots -l "${SELECTOR_KEY}=${PVC}" -o name | sort)"',
  'count="$(printf "%s\\n" "$all" | grep -c . || true)"',
  'if [ "$count" -gt "$KEEP" ]; then printf "%s\\n" "$all" | head -n "$((count - KEEP))" | xargs kubectl delete; fi',
].join('\n');

export const SNAPSHOT_LABEL = `${P}/snapshot-of`;

export function snapshotCronJob(): MapNode {
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
              labels: indented(`include "${P}.labels" (dict "root" $ "selector" (merge (dict "app.kubernetes.io/component" "${SNAPSHOT_SUFFIX}") $chartSel))`),
            },
            spec: {
              serviceAccountName: expr(nameOf(SNAPSHOT_SUFFIX)),
              // The only pod of the chart that talks to the Kubernetes API.
              automountServiceAccountToken: true,
              restartPolicy: 'Never',
              imagePullSecrets: toYamlIfSet('$.Values.global.imagePullSecrets'),
              securityContext: securityContext(v(SERVER, 'podSecurityContext')),
              containers: [
                {
                  name: 'snapshot',
                  image: expr(`include "${P}.image" (dict "root" $ "image" ${sc}.image) | quote`),
                  imagePullPolicy: expr(`${sc}.image.pullPolicy`),
                  command: ['sh', '-c', SCRIPT],
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
