// Keys every upstream component has (image, replicas, strategy, security contexts, health checks,
// resources, service, affinity) and the chart-wide scheduling keys its templates read.
// What runs (images, replicas, resources, strategy) carries over, from the upstream defaults when
// the file leaves it out; hardening (security contexts, probes, affinity) keeps our defaults unless
// the file changed upstream's.
import { isMap, type Ledger } from './ledger.js';
import {
  UPSTREAM_ANTI_AFFINITY_NAME,
  UPSTREAM_PROBES,
  UPSTREAM_RUNTIME_DEFAULTS,
  type ProbeKind,
  type UpstreamComponent,
} from './upstream.js';

const PROBE_KINDS: [ProbeKind, string][] = [
  ['readinessProbe', 'readinessProbe'],
  ['livenessProbe', 'livenessProbe'],
  ['startupProbe', 'startupProbe'],
];
const TIMINGS = ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'] as const;

/** Image: upstream joins global.imageRegistry and the repository with no separator. */
export function convertImage(l: Ledger, c: UpstreamComponent): void {
  const d = UPSTREAM_RUNTIME_DEFAULTS[c].image;
  const registry = l.get('global.imageRegistry');
  const joinsWithSlash = typeof registry !== 'string' || registry === '' || registry.endsWith('/');
  for (const key of ['repository', 'tag', 'pullPolicy'] as const) {
    const from = `${c}.image.${key}`;
    const given = l.get(from);
    let value = given === undefined ? d[key] : given;
    if (key === 'tag') value = String(value);
    if (key === 'repository' && !joinsWithSlash) value = `${String(registry)}${String(value)}`;
    // A bare name ("router-server") makes the container runtime pull docker.io/library/<name>. Our chart
    // requires a registry (NVIDIA publishes no router images), so the same reference is written out in full.
    const bare = key === 'repository' && (typeof registry !== 'string' || registry === '') && !String(value).includes('/');
    if (bare) {
      value = `docker.io/library/${String(value)}`;
      l.decision(
        from,
        `upstream's bare name pulls ${String(value)} (the container runtime's default registry); kept so the same image runs, but NVIDIA publishes no such image: set ${c}.image.repository (or global.imageRegistry) to where you pushed the image you build`,
        `${c}.image.repository`,
      );
    }
    // This chart refuses the moving tag latest (a rule); which version upstream's latest was, only the user knows.
    if (key === 'tag' && value === 'latest') {
      l.set(`${c}.image.tag`, null);
      l.decision(
        from,
        `upstream pulls the moving tag "latest", which this chart refuses (latest with IfNotPresent lets nodes run different builds): set ${c}.image.tag to the version you built and pushed (or image.digest); null uses the chart's appVersion`,
        `${c}.image.tag`,
      );
      continue;
    }
    const message =
      key === 'repository' && !joinsWithSlash
        ? `upstream glued global.imageRegistry "${String(registry)}" to the repository without "/"; the glued name is kept so the same image runs`
        : '';
    if (given === undefined) l.set(`${c}.image.${key}`, value);
    else l.mapped(from, `${c}.image.${key}`, value, message);
    if (given === undefined)
      l.assumed(from, `not in the file: upstream default "${String(value)}" kept so the same image runs`, `${c}.image.${key}`);
  }
}

export function convertReplicasAndStrategy(l: Ledger, c: UpstreamComponent): void {
  const d = UPSTREAM_RUNTIME_DEFAULTS[c];
  const replicas = l.get(`${c}.replicas`);
  if (replicas === undefined) {
    l.set(`${c}.replicas`, d.replicas);
    l.assumed(`${c}.replicas`, `not in the file: upstream default ${d.replicas} kept`, `${c}.replicas`);
  } else l.mapped(`${c}.replicas`, `${c}.replicas`, replicas);

  const strategy = l.get(`${c}.strategy`);
  const s = strategy === undefined ? d.strategy : strategy;
  if (!isMap(s) || (s.type !== 'RollingUpdate' && s.type !== 'Recreate')) {
    if (strategy !== undefined) l.error(`${c}.strategy`, 'must be a Deployment strategy with type RollingUpdate or Recreate');
    return;
  }
  const ru = isMap(s.rollingUpdate) ? s.rollingUpdate : {};
  const out =
    s.type === 'Recreate'
      ? { type: 'Recreate', rollingUpdate: null }
      : { type: 'RollingUpdate', rollingUpdate: { maxSurge: ru.maxSurge ?? '25%', maxUnavailable: ru.maxUnavailable ?? '25%' } };
  l.set(`${c}.strategy`, out);
  const surge = out.rollingUpdate?.maxSurge;
  const needsSpareGpu = c === 'routerServer' && out.type === 'RollingUpdate' && surge !== 0 && surge !== '0%';
  if (strategy === undefined) {
    l.assumed(`${c}.strategy`, `not in the file: upstream default RollingUpdate maxSurge 1, maxUnavailable 0 kept`, `${c}.strategy`);
    if (needsSpareGpu)
      l.decision(
        `${c}.strategy`,
        'kept RollingUpdate with a surge pod: every router-server rollout (this migration included) needs one spare GPU; without one set routerServer.strategy to {type: Recreate, rollingUpdate: null} (our default) and expect the classifier to be down while the new pod loads its models',
        `${c}.strategy`,
      );
    return;
  }
  for (const key of ['type', 'rollingUpdate.maxSurge', 'rollingUpdate.maxUnavailable'])
    l.accounted(`${c}.strategy.${key}`, `${c}.strategy`);
  if (!isMap(s.rollingUpdate) || Object.keys(s.rollingUpdate).length === 0) l.accounted(`${c}.strategy.rollingUpdate`, `${c}.strategy`);
  if (s.type === 'Recreate' && isMap(s.rollingUpdate) && Object.keys(s.rollingUpdate).length > 0)
    l.dropped(`${c}.strategy.rollingUpdate`, 'Kubernetes rejects rollingUpdate with type Recreate');
  if (needsSpareGpu)
    l.decision(
      `${c}.strategy`,
      'RollingUpdate with a surge pod: every router-server rollout (this migration included) needs one spare GPU; without one use {type: Recreate, rollingUpdate: null} (our default) and expect the classifier to be down while the new pod loads its models',
      `${c}.strategy`,
    );
}

export function convertResources(l: Ledger, c: UpstreamComponent): void {
  const given = l.get(`${c}.resources`);
  if (given === undefined) {
    l.set(`${c}.resources`, structuredClone(UPSTREAM_RUNTIME_DEFAULTS[c].resources));
    l.assumed(`${c}.resources`, 'not in the file: upstream default requests/limits kept', `${c}.resources`);
    return;
  }
  if (!isMap(given)) return l.error(`${c}.resources`, 'must be a map with requests and limits');
  for (const key of ['requests', 'limits'] as const) {
    const v = given[key];
    l.mapped(`${c}.resources.${key}`, `${c}.resources.${key}`, isMap(v) ? v : {});
  }
  if (given.requests === undefined) l.set(`${c}.resources.requests`, {});
  if (given.limits === undefined) l.set(`${c}.resources.limits`, {});
}

/** Security contexts: values that only restate upstream's defaults make way for ours; changes carry over. */
const POD_KEYS = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup', 'fsGroupChangePolicy', 'supplementalGroups', 'seccompProfile'];
const CONTAINER_KEYS = [
  'allowPrivilegeEscalation',
  'runAsNonRoot',
  'privileged',
  'readOnlyRootFilesystem',
  'runAsUser',
  'capabilities',
  'seccompProfile',
];

export function convertSecurityContexts(l: Ledger, c: UpstreamComponent): void {
  const pod = `${c}.securityContext.pod`;
  // upstream passes both contexts verbatim: a Kubernetes field we have no value for must not vanish
  for (const [at, known, ours] of [
    [pod, POD_KEYS, 'podSecurityContext'],
    [`${c}.securityContext.container`, CONTAINER_KEYS, 'containerSecurityContext'],
  ] as const) {
    const given = l.get(at);
    if (given === null || (isMap(given) && Object.keys(given).length === 0))
      l.dropped(
        at,
        `upstream rendered no ${ours === 'podSecurityContext' ? 'pod' : 'container'} security context; ours applies its restricted defaults`,
      );
    if (isMap(given))
      for (const key of Object.keys(given))
        if (!known.includes(key))
          l.error(`${at}.${key}`, `our chart has no ${c}.${ours}.${key}; remove it from the upstream values or tell us why you need it`);
  }
  for (const key of ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup', 'fsGroupChangePolicy', 'supplementalGroups'])
    l.mapped(`${pod}.${key}`, `${c}.podSecurityContext.${key}`, l.get(`${pod}.${key}`));
  for (const key of ['type', 'localhostProfile']) {
    l.mapped(`${pod}.seccompProfile.${key}`, `${c}.podSecurityContext.seccompProfile.${key}`, l.get(`${pod}.seccompProfile.${key}`));
    const ck = `${c}.securityContext.container.seccompProfile.${key}`;
    l.mapped(ck, `${c}.containerSecurityContext.seccompProfile.${key}`, l.get(ck));
  }
  const ctr = `${c}.securityContext.container`;
  for (const key of ['allowPrivilegeEscalation', 'runAsNonRoot', 'privileged'])
    l.mapped(`${ctr}.${key}`, `${c}.containerSecurityContext.${key}`, l.get(`${ctr}.${key}`));
  const ro = l.get(`${ctr}.readOnlyRootFilesystem`);
  if (ro === false)
    l.dropped(
      `${ctr}.readOnlyRootFilesystem`,
      'our chart keeps the root filesystem read-only and mounts writable emptyDirs where the programs write (/tmp, /dev/shm, the Hugging Face cache)',
    );
  else l.mapped(`${ctr}.readOnlyRootFilesystem`, `${c}.containerSecurityContext.readOnlyRootFilesystem`, ro);
  const podUser = l.get(`${pod}.runAsUser`) ?? 65534;
  const ctrUser = l.get(`${ctr}.runAsUser`);
  if (ctrUser === undefined || ctrUser === podUser)
    l.dropped(`${ctr}.runAsUser`, 'the pod-level runAsUser (podSecurityContext.runAsUser) already sets it');
  else l.mapped(`${ctr}.runAsUser`, `${c}.podSecurityContext.runAsUser`, ctrUser, 'our chart sets the user for the whole pod');
  l.mapped(`${ctr}.capabilities.drop`, `${c}.containerSecurityContext.capabilities.drop`, l.get(`${ctr}.capabilities.drop`));
  const add = l.get(`${ctr}.capabilities.add`);
  if (Array.isArray(add)) {
    const kept = add.filter((cap) => cap !== 'NET_BIND_SERVICE');
    if (kept.length === add.length) l.mapped(`${ctr}.capabilities.add`, `${c}.containerSecurityContext.capabilities.add`, add);
    else {
      add.forEach((cap, i) => {
        if (cap === 'NET_BIND_SERVICE')
          l.dropped(`${ctr}.capabilities.add[${i}]`, 'every port of the chart is above 1024, no capability is needed to bind it');
        else l.accounted(`${ctr}.capabilities.add[${i}]`, `${c}.containerSecurityContext.capabilities.add`);
      });
      if (kept.length > 0) l.set(`${c}.containerSecurityContext.capabilities.add`, kept);
    }
  }
}

const sameProbeHandler = (p: Record<string, unknown>, path: string, port: number): boolean => {
  const keys = Object.keys(p).filter((k) => ![...TIMINGS, 'successThreshold'].includes(k));
  const h = p.httpGet;
  return (
    keys.length === 1 &&
    keys[0] === 'httpGet' &&
    isMap(h) &&
    h.path === path &&
    (h.port === port || h.port === 'http') &&
    Object.keys(h).every((k) => k === 'path' || k === 'port')
  );
};

export function convertProbes(l: Ledger, c: UpstreamComponent): void {
  for (const [kind, ours] of PROBE_KINDS) {
    const from = `${c}.healthChecks.${kind}`;
    const p = l.get(from);
    if (p === undefined) continue;
    const d = UPSTREAM_PROBES[c][kind];
    if (!isMap(p) || Object.keys(p).length === 0) {
      l.mapped(from, `${c}.${ours}.enabled`, false, 'upstream rendered no probe');
      continue;
    }
    if (!sameProbeHandler(p, d.path, d.port)) {
      l.mapped(from, `${c}.${ours}.override`, p, "a handler other than the chart's is kept verbatim as the probe override");
      continue;
    }
    l.get(`${from}.httpGet.path`);
    l.get(`${from}.httpGet.port`);
    const timings = [...TIMINGS, 'successThreshold'] as const;
    const unchanged = timings.every((t) => p[t] === undefined || p[t] === d[t]);
    if (unchanged) {
      l.dropped(
        from,
        kind === 'startupProbe'
          ? 'upstream default; our startup probe allows a longer model load (10 s x 60)'
          : 'upstream default; ours applies (the startup probe covers slow starts, so no initial delay is needed)',
      );
      continue;
    }
    l.dropped(`${from}.httpGet`, 'the chart probes the same endpoint');
    for (const t of TIMINGS) l.mapped(`${from}.${t}`, `${c}.${ours}.${t}`, p[t]);
    if (kind === 'readinessProbe') l.mapped(`${from}.successThreshold`, `${c}.${ours}.successThreshold`, p.successThreshold);
    else if (p.successThreshold === undefined || p.successThreshold === 1)
      l.dropped(`${from}.successThreshold`, 'Kubernetes allows only 1 here');
    else l.error(`${from}.successThreshold`, 'must be 1 (Kubernetes accepts no other value for liveness and startup probes)');
  }
}

/** Upstream's default anti-affinity selects app.kubernetes.io/name=<component>, which no pod carries. */
function isUpstreamNoOpAntiAffinity(a: unknown, c: UpstreamComponent): boolean {
  const text = JSON.stringify(a);
  return (
    isMap(a) &&
    Object.keys(a).length === 1 &&
    isMap(a.podAntiAffinity) &&
    text.includes('"app.kubernetes.io/name"') &&
    text.includes(`"${UPSTREAM_ANTI_AFFINITY_NAME[c]}"`)
  );
}

export function convertAffinity(l: Ledger, c: UpstreamComponent): void {
  const own = l.get(`${c}.affinity`);
  const global = l.get('affinity');
  const effective = isMap(own) && Object.keys(own).length > 0 ? own : global;
  if (own !== undefined) {
    if (isUpstreamNoOpAntiAffinity(own, c))
      l.dropped(
        `${c}.affinity`,
        'selects app.kubernetes.io/name=' +
          UPSTREAM_ANTI_AFFINITY_NAME[c] +
          ', which no pod carries (pods are named llm-router); our podAntiAffinityPreset "soft" spreads replicas by the component\'s real selector labels',
      );
    else if (isMap(own) && Object.keys(own).length === 0) l.dropped(`${c}.affinity`, 'empty');
    else l.mapped(`${c}.affinity`, `${c}.affinity`, own, 'used verbatim (our podAntiAffinityPreset is then not applied)');
  }
  if (effective === global && isMap(global) && Object.keys(global).length > 0) l.set(`${c}.affinity`, global);
}

/** Chart-wide nodeSelector/tolerations/affinity: upstream applies them to every component (GPU settings leak onto CPU pods). */
export function convertGlobalScheduling(l: Ledger, components: UpstreamComponent[]): void {
  const nodeSelector = l.get('nodeSelector');
  if (nodeSelector !== undefined) {
    if (!isMap(nodeSelector)) l.error('nodeSelector', 'must be a map of node labels');
    else {
      for (const c of components) l.set(`${c}.nodeSelector`, nodeSelector);
      l.accounted(
        'nodeSelector',
        components.map((c) => `${c}.nodeSelector`).join(', '),
        'upstream applies it to every component; ours has one per component',
      );
    }
  }
  const tolerations = l.get('tolerations');
  if (tolerations !== undefined) {
    if (!Array.isArray(tolerations)) l.error('tolerations', 'must be a list of tolerations');
    else {
      for (const c of components) {
        // ours already tolerates the GPU taint on the router-server; keep its default and add the file's
        const base = c === 'routerServer' ? [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] : [];
        // the same toleration may be written with its keys in another order: compare them as sorted entries
        const seen = new Set<string>();
        const unique = [...base, ...tolerations].filter((t) => {
          const id = JSON.stringify(isMap(t) ? Object.entries(t).sort(([a], [b]) => a.localeCompare(b)) : t);
          return seen.has(id) ? false : (seen.add(id), true);
        });
        l.set(`${c}.tolerations`, unique);
      }
      l.accounted(
        'tolerations',
        components.map((c) => `${c}.tolerations`).join(', '),
        'upstream applies them to every component; ours has them per component (review whether GPU tolerations belong on the CPU components)',
      );
    }
  }
  const affinity = l.get('affinity');
  if (affinity !== undefined)
    l.accounted(
      'affinity',
      "each component's affinity",
      'upstream uses it for components without their own affinity; ours has one per component',
    );
}

/** Container env of the router-server and app (the controller's env feeds the routing conversion). */
export function convertEnv(l: Ledger, c: UpstreamComponent, ownedByChart: string[] = []): void {
  const env = l.get(`${c}.env`);
  if (env === undefined) return;
  if (!Array.isArray(env)) return l.error(`${c}.env`, 'must be a list of environment variables');
  const kept: unknown[] = [];
  env.forEach((e, i) => {
    const at = `${c}.env[${i}]`;
    if (!isMap(e) || typeof e.name !== 'string') return l.error(at, 'must be an environment variable {name, value | valueFrom}');
    if (ownedByChart.includes(e.name))
      return l.dropped(
        at,
        `our chart decides where caches live: HOME=/tmp and HF_HOME=routerServer.huggingFace.cache.mountPath (a cache volume when huggingFace.cache.enabled), which holds the hub and transformers caches`,
      );
    kept.push(e);
    l.accounted(at, `${c}.extraEnv`);
  });
  if (kept.length > 0) l.set(`${c}.extraEnv`, kept);
}
