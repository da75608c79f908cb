// Rules of the router-server: Triton ports, Hugging Face, KEDA, and the model repository's storage.
import type { Values } from '../schema/root.js';
import { V } from './paths.js';
import type { Rule } from './rule.js';

const RS = 'routerServer';
const MR = `${RS}.modelRepository`;
const ST = `${MR}.storage`;
const SCHEMES = ['s3://', 'gs://', 'as://'];
const isObjectUrl = (p: string) => SCHEMES.some((s) => p.startsWith(s));
const goObjectUrl = (p: string) => `(or ${SCHEMES.map((s) => `(hasPrefix "${s}" ${p})`).join(' ')})`;

type Storage = Values['routerServer']['modelRepository']['storage'];
/** A PVC the chart creates that only one node can mount (no ReadWriteMany or ReadOnlyMany). An existing claim's modes are unknown here. */
const singleNodePvc = (st: Storage) =>
  st.type === 'pvc' && st.pvc.existingClaim === null && !st.pvc.accessModes.some((m) => m === 'ReadWriteMany' || m === 'ReadOnlyMany');
const GO_SINGLE_NODE_PVC = `(eq ${V(`${ST}.type`)} "pvc") (not ${V(`${ST}.pvc.existingClaim`)}) (not (or (has "ReadWriteMany" ${V(`${ST}.pvc.accessModes`)}) (has "ReadOnlyMany" ${V(`${ST}.pvc.accessModes`)})))`;

export const serverRules: Rule[] = [
  {
    id: 'triton-ports-distinct',
    values: [`${RS}.triton.ports`],
    doc: '`routerServer.triton.ports`: http, grpc and metrics must be three different ports.',
    message: 'http, grpc and metrics must be different ports (got {http}, {grpc}, {metrics})',
    check(v, hit) {
      const p = v.routerServer.triton.ports;
      if (new Set([p.http, p.grpc, p.metrics]).size !== 3) hit([RS, 'triton', 'ports'], { http: p.http, grpc: p.grpc, metrics: p.metrics });
    },
    go: (fail) => {
      const p = (k: string) => `(int ${V(`${RS}.triton.ports.${k}`)})`;
      return [
        fail({
          when: `or (eq ${p('http')} ${p('grpc')}) (eq ${p('http')} ${p('metrics')}) (eq ${p('grpc')} ${p('metrics')})`,
          path: `${RS}.triton.ports`,
          args: { http: p('http'), grpc: p('grpc'), metrics: p('metrics') },
        }),
      ];
    },
  },
  {
    id: 'hf-offline-needs-cache',
    values: [`${RS}.huggingFace.offline`, `${RS}.huggingFace.cache.enabled`],
    doc: '`routerServer.huggingFace.offline` needs `huggingFace.cache.enabled` (offline mode reads the cache).',
    message: 'needs huggingFace.cache.enabled: true (offline mode reads models from the cache)',
    check(v, hit) {
      if (v.routerServer.huggingFace.offline && !v.routerServer.huggingFace.cache.enabled) hit([RS, 'huggingFace', 'offline']);
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${RS}.huggingFace.offline`)} (not ${V(`${RS}.huggingFace.cache.enabled`)})`,
        path: `${RS}.huggingFace.offline`,
      }),
    ],
  },
  {
    id: 'keda-needs-trigger',
    values: [`${RS}.autoscaling.enabled`, `${RS}.autoscaling.triggers`],
    doc: '`routerServer.autoscaling` (KEDA) needs at least one trigger when enabled.',
    message: 'needs at least one KEDA trigger when autoscaling is enabled',
    check(v, hit) {
      if (v.routerServer.autoscaling.enabled && v.routerServer.autoscaling.triggers.length === 0) hit([RS, 'autoscaling', 'triggers']);
    },
    go: (fail) => [
      fail({ when: `and ${V(`${RS}.autoscaling.enabled`)} (not ${V(`${RS}.autoscaling.triggers`)})`, path: `${RS}.autoscaling.triggers` }),
    ],
  },
  {
    id: 'no-surge-on-single-node-volume',
    values: [`${RS}.strategy`, `${ST}.pvc.accessModes`],
    doc: 'A rolling update that adds a router-server pod (`strategy.rollingUpdate.maxSurge` above 0) needs `ReadWriteMany` or `ReadOnlyMany` on a created PVC: the extra pod may land on another node and cannot mount a ReadWriteOnce volume.',
    message:
      'is {surge}, but the model PVC is ReadWriteOnce: the extra pod of a rollout may start on another node, cannot mount the volume, and the rollout hangs; use maxSurge 0, strategy Recreate, or ReadWriteMany',
    check(v, hit) {
      const { strategy, modelRepository } = v.routerServer;
      const surge = strategy.rollingUpdate?.maxSurge;
      if (
        strategy.type === 'RollingUpdate' &&
        surge !== undefined &&
        surge !== 0 &&
        surge !== '0%' &&
        singleNodePvc(modelRepository.storage)
      )
        hit([RS, 'strategy', 'rollingUpdate', 'maxSurge'], { surge });
    },
    // A rollingUpdate block without maxSurge means 0 here, as the schema's default says.
    go: (fail) => [
      fail({
        when: `and (eq ${V(`${RS}.strategy.type`)} "RollingUpdate") ${V(`${RS}.strategy.rollingUpdate`)} (ne (trimSuffix "%" (toString (${V(`${RS}.strategy.rollingUpdate.maxSurge`)} | default 0))) "0") ${GO_SINGLE_NODE_PVC}`,
        path: `${RS}.strategy.rollingUpdate.maxSurge`,
        args: { surge: `(${V(`${RS}.strategy.rollingUpdate.maxSurge`)} | default 0)` },
      }),
    ],
  },
  {
    id: 'no-autoscaling-on-single-node-volume',
    values: [`${RS}.autoscaling`, `${ST}.pvc.accessModes`],
    doc: 'Autoscaling the router-server above one pod (`autoscaling.maxReplicas` above 1) needs `ReadWriteMany` or `ReadOnlyMany` on a created PVC.',
    message:
      'is {max}, but the model PVC is ReadWriteOnce: pods the autoscaler adds on other nodes cannot mount it; set storage.pvc.accessModes to ReadWriteMany (or ReadOnlyMany) or maxReplicas to 1',
    check(v, hit) {
      const a = v.routerServer.autoscaling;
      if (a.enabled && a.maxReplicas > 1 && singleNodePvc(v.routerServer.modelRepository.storage))
        hit([RS, 'autoscaling', 'maxReplicas'], { max: a.maxReplicas });
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${RS}.autoscaling.enabled`)} (gt (int ${V(`${RS}.autoscaling.maxReplicas`)}) 1) ${GO_SINGLE_NODE_PVC}`,
        path: `${RS}.autoscaling.maxReplicas`,
        args: { max: `(int ${V(`${RS}.autoscaling.maxReplicas`)})` },
      }),
    ],
  },
  {
    id: 'shared-volume-for-replicas',
    values: [`${RS}.replicas`, `${ST}.pvc.accessModes`],
    doc: 'More than one router-server pod on a created PVC needs `ReadWriteMany` or `ReadOnlyMany` in `storage.pvc.accessModes`.',
    message:
      'must include ReadWriteMany or ReadOnlyMany when routerServer.replicas is {replicas} (pods on different nodes cannot share a ReadWriteOnce volume)',
    check(v, hit) {
      const st = v.routerServer.modelRepository.storage;
      const shared = st.pvc.accessModes.some((m) => m === 'ReadWriteMany' || m === 'ReadOnlyMany');
      if (v.routerServer.replicas > 1 && st.type === 'pvc' && st.pvc.existingClaim === null && !shared)
        hit([RS, 'modelRepository', 'storage', 'pvc', 'accessModes'], { replicas: v.routerServer.replicas });
    },
    go: (fail) => [
      fail({
        when: `and (gt (int ${V(`${RS}.replicas`)}) 1) (eq ${V(`${ST}.type`)} "pvc") (not ${V(`${ST}.pvc.existingClaim`)}) (not (or (has "ReadWriteMany" ${V(`${ST}.pvc.accessModes`)}) (has "ReadOnlyMany" ${V(`${ST}.pvc.accessModes`)})))`,
        path: `${ST}.pvc.accessModes`,
        args: { replicas: `(int ${V(`${RS}.replicas`)})` },
      }),
    ],
  },
  {
    id: 'object-storage-without-volume',
    values: [`${MR}.path`, `${ST}.type`],
    doc: 'An `s3://`, `gs://` or `as://` `modelRepository.path` needs `storage.type: none` (Triton reads it directly).',
    message: 'must be "none" when modelRepository.path is an object-storage URL (Triton reads it directly), got "{type}"',
    check(v, hit) {
      const m = v.routerServer.modelRepository;
      if (isObjectUrl(m.path) && m.storage.type !== 'none') hit([RS, 'modelRepository', 'storage', 'type'], { type: m.storage.type });
    },
    go: (fail) => [
      fail({
        when: `and ${goObjectUrl(V(`${MR}.path`))} (ne ${V(`${ST}.type`)} "none")`,
        path: `${ST}.type`,
        args: { type: V(`${ST}.type`) },
      }),
    ],
  },
  {
    id: 'volume-path-needs-volume',
    values: [`${MR}.path`, `${ST}.type`],
    doc: '`storage.type: none` needs an object-storage `modelRepository.path`.',
    message: '"none" needs an s3://, gs:// or as:// modelRepository.path, got "{path}"',
    check(v, hit) {
      const m = v.routerServer.modelRepository;
      if (!isObjectUrl(m.path) && m.storage.type === 'none') hit([RS, 'modelRepository', 'storage', 'type'], { path: m.path });
    },
    go: (fail) => [
      fail({
        when: `and (not ${goObjectUrl(V(`${MR}.path`))}) (eq ${V(`${ST}.type`)} "none")`,
        path: `${ST}.type`,
        args: { path: V(`${MR}.path`) },
      }),
    ],
  },
  {
    id: 'loader-needs-volume',
    values: [`${MR}.loader.enabled`, `${MR}.path`],
    doc: 'The model loader needs a volume: not with an object-storage `modelRepository.path`.',
    message: 'the loader needs a volume; it cannot be used with an object-storage URL',
    check(v, hit) {
      const m = v.routerServer.modelRepository;
      if (m.loader.enabled && isObjectUrl(m.path)) hit([RS, 'modelRepository', 'loader', 'enabled']);
    },
    go: (fail) => [fail({ when: `and ${V(`${MR}.loader.enabled`)} ${goObjectUrl(V(`${MR}.path`))}`, path: `${MR}.loader.enabled` })],
  },
  {
    id: 'loader-needs-source',
    values: [`${MR}.loader.enabled`, `${MR}.loader.sourceUrl`, `${MR}.loader.command`],
    doc: 'An enabled model loader needs `loader.sourceUrl` or a `loader.command`.',
    message: 'is required when the loader is enabled and no command is given',
    check(v, hit) {
      const l = v.routerServer.modelRepository.loader;
      if (l.enabled && l.sourceUrl === null && l.command.length === 0) hit([RS, 'modelRepository', 'loader', 'sourceUrl']);
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${MR}.loader.enabled`)} (not ${V(`${MR}.loader.sourceUrl`)}) (not ${V(`${MR}.loader.command`)})`,
        path: `${MR}.loader.sourceUrl`,
      }),
    ],
  },
  ...(
    [
      ['s3', 's3://'],
      ['gcs', 'gs://'],
      ['azure', 'as://'],
    ] as const
  ).map(([name, scheme]): Rule => ({
    id: `credentials-match-url:${name}`,
    values: [`${MR}.credentials.${name}.secretName`, `${MR}.path`],
    doc: `\`modelRepository.credentials.${name}\` only with an \`${scheme}\` \`modelRepository.path\`.`,
    message: `is set but modelRepository.path is not an ${scheme} URL`,
    check(v, hit) {
      const m = v.routerServer.modelRepository;
      if (m.credentials[name].secretName !== null && !m.path.startsWith(scheme))
        hit([RS, 'modelRepository', 'credentials', name, 'secretName']);
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${MR}.credentials.${name}.secretName`)} (not (hasPrefix "${scheme}" ${V(`${MR}.path`)}))`,
        path: `${MR}.credentials.${name}.secretName`,
      }),
    ],
  })),
  {
    id: 'host-path-needs-path',
    values: [`${ST}.type`, `${ST}.hostPath.path`],
    doc: '`storage.type: hostPath` needs `hostPath.path`.',
    message: 'is required when storage.type is hostPath',
    check(v, hit) {
      const s = v.routerServer.modelRepository.storage;
      if (s.type === 'hostPath' && s.hostPath.path === null) hit([RS, 'modelRepository', 'storage', 'hostPath', 'path']);
    },
    go: (fail) => [fail({ when: `and (eq ${V(`${ST}.type`)} "hostPath") (not ${V(`${ST}.hostPath.path`)})`, path: `${ST}.hostPath.path` })],
  },
  {
    id: 'host-path-opt-in',
    values: [`${ST}.type`, `${ST}.hostPath.iUnderstandTheRisk`],
    doc: '`storage.type: hostPath` needs the explicit opt-in `hostPath.iUnderstandTheRisk: true`.',
    message: 'must be true to use a hostPath volume (explicit opt-in; it exposes the node filesystem)',
    check(v, hit) {
      const s = v.routerServer.modelRepository.storage;
      if (s.type === 'hostPath' && !s.hostPath.iUnderstandTheRisk)
        hit([RS, 'modelRepository', 'storage', 'hostPath', 'iUnderstandTheRisk']);
    },
    go: (fail) => [
      fail({
        when: `and (eq ${V(`${ST}.type`)} "hostPath") (not ${V(`${ST}.hostPath.iUnderstandTheRisk`)})`,
        path: `${ST}.hostPath.iUnderstandTheRisk`,
      }),
    ],
  },
  ...(['server', 'path'] as const).map((key): Rule => ({
    id: `nfs-needs-${key}`,
    values: [`${ST}.type`, `${ST}.nfs.${key}`],
    doc: `\`storage.type: nfs\` needs \`nfs.${key}\`.`,
    message: 'is required when storage.type is nfs',
    check(v, hit) {
      const s = v.routerServer.modelRepository.storage;
      if (s.type === 'nfs' && s.nfs[key] === null) hit([RS, 'modelRepository', 'storage', 'nfs', key]);
    },
    go: (fail) => [fail({ when: `and (eq ${V(`${ST}.type`)} "nfs") (not ${V(`${ST}.nfs.${key}`)})`, path: `${ST}.nfs.${key}` })],
  })),
  {
    id: 'storage-sub-path-needs-volume',
    values: [`${ST}.type`, `${ST}.subPath`],
    doc: '`storage.subPath` needs a volume (`storage.type` other than `none`).',
    message: 'needs a volume: storage.type is "none"',
    check(v, hit) {
      const s = v.routerServer.modelRepository.storage;
      if (s.subPath !== null && s.type === 'none') hit([RS, 'modelRepository', 'storage', 'subPath']);
    },
    go: (fail) => [
      fail({ when: `and (eq ${V(`${ST}.type`)} "none") (not (kindIs "invalid" ${V(`${ST}.subPath`)}))`, path: `${ST}.subPath` }),
    ],
  },
  // A setting of a backend that storage.type does not select means two backends were configured.
  ...(
    [
      ['pvc', 'existingClaim'],
      ['nfs', 'server'],
      ['nfs', 'path'],
      ['hostPath', 'path'],
      ['emptyDir', 'sizeLimit'],
      ['emptyDir', 'medium'],
    ] as const
  ).map(([backend, key]): Rule => ({
    id: `one-storage-backend:${backend}.${key}`,
    values: [`${ST}.type`, `${ST}.${backend}.${key}`],
    doc: `\`storage.${backend}.${key}\` only with \`storage.type: ${backend}\` (two backends at once).`,
    message: `two storage backends: storage.type is "{type}" but ${backend}.${key} is set; set storage.type to "${backend}" or remove ${backend}.${key}`,
    check(v, hit) {
      const s = v.routerServer.modelRepository.storage;
      const value = (s[backend] as Record<string, unknown>)[key];
      if (s.type !== backend && value !== null && value !== '') hit([RS, 'modelRepository', 'storage', backend, key], { type: s.type });
    },
    go: (fail) => [
      fail({
        when: `and (ne ${V(`${ST}.type`)} "${backend}") (not (kindIs "invalid" ${V(`${ST}.${backend}.${key}`)})) (ne (toString ${V(`${ST}.${backend}.${key}`)}) "")`,
        path: `${ST}.${backend}.${key}`,
        args: { type: V(`${ST}.type`) },
      }),
    ],
  })),
];
