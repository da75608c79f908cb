// Pod Security Standards, "restricted" profile (which includes "baseline"), as the Kubernetes
// documentation lists the controls, applied to every pod template a rendered object carries.
// Linux pods only (the chart never targets Windows nodes).
import type { KubeObject } from './manifests.js';

export type PssRule =
  | 'hostProcess'
  | 'hostNamespaces'
  | 'privileged'
  | 'capabilities'
  | 'hostPathVolumes'
  | 'hostPorts'
  | 'appArmor'
  | 'seLinux'
  | 'procMount'
  | 'seccomp'
  | 'sysctls'
  | 'volumeTypes'
  | 'privilegeEscalation'
  | 'runAsNonRoot'
  | 'runAsUser';

export interface PssViolation {
  object: string;
  rule: PssRule;
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;

interface PodTemplate {
  /** JSON path of the pod spec inside the object, for messages. */
  path: string;
  spec: Obj;
  annotations: Record<string, string>;
}

const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

/** Restricted allows only these volume sources. */
const RESTRICTED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/** Every pod template in a workload object, with its location. */
export function podTemplates(o: KubeObject): PodTemplate[] {
  const spec = obj(o.spec);
  const tpl = (t: unknown, path: string): PodTemplate => ({
    path,
    spec: obj(obj(t).spec),
    annotations: obj(obj(obj(t).metadata).annotations) as Record<string, string>,
  });
  switch (o.kind) {
    case 'Pod':
      return [{ path: '/spec', spec, annotations: (o.metadata?.annotations ?? {}) as Record<string, string> }];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return [tpl(spec.template, '/spec/template/spec')];
    case 'CronJob':
      return [tpl(obj(obj(spec.jobTemplate).spec).template, '/spec/jobTemplate/spec/template/spec')];
    default:
      return [];
  }
}

function containersOf(spec: Obj): { path: string; c: Obj }[] {
  return (['initContainers', 'containers', 'ephemeralContainers'] as const).flatMap((field) =>
    arr(spec[field]).map((c, i) => ({ path: `${field}/${i}(${String(c.name)})`, c })),
  );
}

function checkPod(object: string, pod: PodTemplate): PssViolation[] {
  const out: PssViolation[] = [];
  const v = (rule: PssRule, path: string, message: string) => out.push({ object, rule, path: `${pod.path}/${path}`, message });
  const spec = pod.spec;
  const psc = obj(spec.securityContext);
  const containers = containersOf(spec);

  // --- baseline ---
  if (obj(psc.windowsOptions).hostProcess === true) v('hostProcess', 'securityContext/windowsOptions/hostProcess', 'must not be true');
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[f] === true) v('hostNamespaces', f, 'must not be true');
  for (const vol of arr(spec.volumes)) {
    if (vol.hostPath) v('hostPathVolumes', `volumes(${String(vol.name)})`, 'hostPath volumes are forbidden');
    const source = Object.keys(vol).find((k) => k !== 'name');
    if (source && !RESTRICTED_VOLUMES.has(source)) {
      v('volumeTypes', `volumes(${String(vol.name)})`, `volume type ${source} is not allowed (only ${[...RESTRICTED_VOLUMES].join(', ')})`);
    }
  }
  for (const s of arr(psc.sysctls))
    if (!SAFE_SYSCTLS.has(String(s.name))) v('sysctls', 'securityContext/sysctls', `unsafe sysctl ${String(s.name)}`);
  for (const [k, val] of Object.entries(pod.annotations)) {
    if (k.startsWith('container.apparmor.security.beta.kubernetes.io/') && val !== 'runtime/default' && !val.startsWith('localhost/')) {
      v('appArmor', `metadata/annotations/${k}`, `AppArmor profile ${val} is not allowed`);
    }
  }
  const checkAppArmor = (sc: Obj, path: string) => {
    const t = obj(sc.appArmorProfile).type;
    if (t !== undefined && t !== 'RuntimeDefault' && t !== 'Localhost')
      v('appArmor', `${path}/appArmorProfile/type`, `must be RuntimeDefault or Localhost, not ${String(t)}`);
  };
  const checkSeLinux = (sc: Obj, path: string) => {
    const se = obj(sc.seLinuxOptions);
    if (se.type !== undefined && !SELINUX_TYPES.has(String(se.type)))
      v('seLinux', `${path}/seLinuxOptions/type`, `type ${String(se.type)} is not allowed`);
    for (const f of ['user', 'role'])
      if (se[f] !== undefined && se[f] !== '') v('seLinux', `${path}/seLinuxOptions/${f}`, 'must not be set');
  };
  const seccompOk = (sc: Obj) => ['RuntimeDefault', 'Localhost'].includes(String(obj(sc.seccompProfile).type));
  checkAppArmor(psc, 'securityContext');
  checkSeLinux(psc, 'securityContext');
  const podSeccomp = obj(psc.seccompProfile).type;
  if (podSeccomp !== undefined && !seccompOk(psc))
    v('seccomp', 'securityContext/seccompProfile/type', `must be RuntimeDefault or Localhost, not ${String(podSeccomp)}`);
  if (psc.runAsNonRoot === false) v('runAsNonRoot', 'securityContext/runAsNonRoot', 'must not be false');
  if (psc.runAsUser === 0) v('runAsUser', 'securityContext/runAsUser', 'must not be 0');

  for (const { path, c } of containers) {
    const sc = obj(c.securityContext);
    const at = (p: string) => `${path}/securityContext/${p}`;
    if (obj(sc.windowsOptions).hostProcess === true) v('hostProcess', at('windowsOptions/hostProcess'), 'must not be true');
    if (sc.privileged === true) v('privileged', at('privileged'), 'must not be true');
    for (const p of arr(c.ports)) {
      if (p.hostPort !== undefined && p.hostPort !== 0) v('hostPorts', `${path}/ports`, `hostPort ${String(p.hostPort)} is forbidden`);
    }
    checkAppArmor(sc, `${path}/securityContext`);
    checkSeLinux(sc, `${path}/securityContext`);
    if (sc.procMount !== undefined && sc.procMount !== 'Default') v('procMount', at('procMount'), 'must be Default');

    // --- restricted ---
    if (sc.allowPrivilegeEscalation !== false) v('privilegeEscalation', at('allowPrivilegeEscalation'), 'must be false');
    if (sc.runAsNonRoot === false || (sc.runAsNonRoot !== true && psc.runAsNonRoot !== true)) {
      v('runAsNonRoot', at('runAsNonRoot'), 'must be true (here or in the pod securityContext)');
    }
    if (sc.runAsUser === 0) v('runAsUser', at('runAsUser'), 'must not be 0');
    if (obj(sc.seccompProfile).type !== undefined ? !seccompOk(sc) : !seccompOk(psc)) {
      v('seccomp', at('seccompProfile/type'), 'must be RuntimeDefault or Localhost (here or in the pod securityContext)');
    }
    const caps = obj(sc.capabilities);
    const drop = (Array.isArray(caps.drop) ? caps.drop : []) as string[];
    if (!drop.includes('ALL')) v('capabilities', at('capabilities/drop'), 'must include ALL');
    for (const cap of (Array.isArray(caps.add) ? caps.add : []) as string[]) {
      if (cap !== 'NET_BIND_SERVICE') v('capabilities', at('capabilities/add'), `adding ${cap} is not allowed`);
    }
  }
  return out;
}

function describe(o: KubeObject): string {
  return `${o.kind ?? '?'} ${o.metadata?.name ?? '?'}`;
}

/** Violations of the restricted profile in every pod template of the objects. */
export function pssRestrictedViolations(objects: KubeObject[]): PssViolation[] {
  return objects.flatMap((o) => podTemplates(o).flatMap((pod) => checkPod(describe(o), pod)));
}

/** Service accounts some RoleBinding or ClusterRoleBinding in the render grants permissions to. */
function boundServiceAccounts(objects: KubeObject[]): Set<string> {
  return new Set(
    objects
      .filter((o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding')
      .flatMap((o) => arr(o.subjects))
      .filter((s) => s.kind === 'ServiceAccount')
      .map((s) => String(s.name)),
  );
}

/**
 * This chart's own hardening on top of PSS (issue C2): read-only root filesystem, no added
 * capabilities at all (every port is above 1024, so not even NET_BIND_SERVICE), and no service
 * account token in a pod unless its service account is bound to a Role (it calls the API).
 */
export function hardeningViolations(objects: KubeObject[]): { object: string; path: string; message: string }[] {
  const bound = boundServiceAccounts(objects);
  const accounts = new Map(objects.filter((o) => o.kind === 'ServiceAccount').map((o) => [o.metadata?.name ?? '', o]));
  return objects.flatMap((o) =>
    podTemplates(o).flatMap((pod) => {
      const out: { object: string; path: string; message: string }[] = [];
      const sa = String(pod.spec.serviceAccountName ?? 'default');
      const automount = pod.spec.automountServiceAccountToken ?? accounts.get(sa)?.automountServiceAccountToken ?? true;
      if (automount !== false && !bound.has(sa)) {
        out.push({
          object: describe(o),
          path: `${pod.path}/automountServiceAccountToken`,
          message: `mounts a token for ${sa}, which no RoleBinding uses`,
        });
      }
      for (const { path, c } of containersOf(pod.spec)) {
        const sc = obj(c.securityContext);
        const at = `${pod.path}/${path}/securityContext`;
        if (sc.readOnlyRootFilesystem !== true)
          out.push({ object: describe(o), path: `${at}/readOnlyRootFilesystem`, message: 'must be true' });
        const add = obj(sc.capabilities).add;
        if (Array.isArray(add) && add.length) out.push({ object: describe(o), path: `${at}/capabilities/add`, message: 'must be empty' });
      }
      return out;
    }),
  );
}
