// Rules on container resources: names Kubernetes and the NVIDIA device plugin accept, whole GPUs,
// memory units, requests within limits, and the router-server's GPU.
import type { Values } from '../schema/root.js';
import { COMPONENTS, V, goKey } from './paths.js';
import { goQuantity, quantityValue } from './quantity.js';
import type { GoScope, Rule } from './rule.js';

type Quantities = Record<string, string | number>;
interface Block {
  path: string;
  get(v: Values): { requests: Quantities; limits: Quantities };
}

/** Every requests/limits block of the values. */
const BLOCKS: Block[] = [
  ...COMPONENTS.map((c): Block => ({ path: `${c}.resources`, get: (v) => v[c].resources })),
  { path: 'routerServer.modelRepository.loader.resources', get: (v) => v.routerServer.modelRepository.loader.resources },
  { path: 'volumeSnapshots.schedule.resources', get: (v) => v.volumeSnapshots.schedule.resources },
  { path: 'tests.resources', get: (v) => v.tests.resources },
];

// Each test has a TypeScript and a Go spelling that agree; the Go ones use string functions where
// they can, because sprig compiles a regular expression on every call and these run per map key.
const isStandard = (k: string) => ['cpu', 'memory', 'ephemeral-storage'].includes(k) || k.startsWith('hugepages-');
// `eq a b c` is a == b || a == c: one builtin call instead of a list built on every key.
const goStandard = (k: string) => `(or (eq ${k} "cpu" "memory" "ephemeral-storage") (hasPrefix "hugepages-" ${k}))`;
const isBytes = (k: string) => k === 'memory' || k === 'ephemeral-storage' || k.startsWith('hugepages-');
const goBytes = (k: string) => `(or (eq ${k} "memory" "ephemeral-storage") (hasPrefix "hugepages-" ${k}))`;
const QUALIFIED = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const isGpuLike = (k: string) => k.toLowerCase().includes('gpu') || k.toLowerCase().startsWith('nvidia.com/');
const goGpuLike = (k: string) => `(or (contains "gpu" (lower ${k})) (hasPrefix "nvidia.com/" (lower ${k})))`;
/** What the NVIDIA device plugin publishes: whole GPUs, time-sliced shares, MIG slices. */
export const NVIDIA_GPU = /^nvidia\.com\/(gpu|gpu\.shared|mig-[1-7]g\.[0-9]+gb(\.me)?)$/;
const MIN_BYTES = 2 ** 20;
const WHOLE = /^[0-9]+$/;
const re = (r: RegExp) => JSON.stringify(r.source);

type Map = 'requests' | 'limits';
type Hit = Parameters<Rule['check']>[1];
type Fail = Parameters<Rule['go']>[0];
/** A check of the keys of one map (requests or limits) of a resource block. */
interface KeyCheck {
  id: string;
  doc: string;
  message: string;
  maps: Map[];
  check(b: Block, m: Map, v: Values, hit: Hit): void;
  /** The `if ... fail` line inside `range $k, $q := $s.<map>` of the resources scope ($s: path, requests, limits). */
  go(m: Map, fail: Fail): string;
}

const at = (b: Block, m: Map, k: string) => [...b.path.split('.'), m, k];
const BOTH: Map[] = ['requests', 'limits'];

/** The limit of the same key, inside the resources scope. */
const LIMIT = '(get $s.limits $k)';

const CHECKS: KeyCheck[] = [
  {
    id: 'resource-name',
    doc: 'Resource names are `cpu`, `memory`, `ephemeral-storage`, `hugepages-<size>` or vendor-qualified (`nvidia.com/gpu`).',
    message:
      'is not a resource name Kubernetes accepts: use cpu, memory, ephemeral-storage, hugepages-<size> or a vendor-qualified name such as nvidia.com/gpu',
    maps: BOTH,
    check: (b, m, v, hit) => Object.keys(b.get(v)[m]).forEach((k) => !isStandard(k) && !QUALIFIED.test(k) && hit(at(b, m, k))),
    go: (m, fail) =>
      fail({
        when: `not (or ${goStandard('$k')} (regexMatch ${re(QUALIFIED)} $k))`,
        path: `%s.${m}%s`,
        pathArgs: ['$s.path', goKey('$k')],
      }),
  },
  {
    id: 'gpu-name',
    doc: 'GPU resources use the names the NVIDIA device plugin publishes: `nvidia.com/gpu`, `nvidia.com/gpu.shared` or `nvidia.com/mig-<profile>`.',
    message:
      'is not a GPU resource the NVIDIA device plugin publishes (nvidia.com/gpu, nvidia.com/gpu.shared or nvidia.com/mig-<profile> such as nvidia.com/mig-1g.10gb)',
    maps: BOTH,
    check: (b, m, v, hit) => Object.keys(b.get(v)[m]).forEach((k) => isGpuLike(k) && !NVIDIA_GPU.test(k) && hit(at(b, m, k))),
    go: (m, fail) =>
      fail({
        when: `and ${goGpuLike('$k')} (not (regexMatch ${re(NVIDIA_GPU)} $k))`,
        path: `%s.${m}%s`,
        pathArgs: ['$s.path', goKey('$k')],
      }),
  },
  {
    id: 'whole-extended-resources',
    doc: 'GPUs and other extended resources are whole numbers (a GPU cannot be requested in fractions; use a MIG or shared-GPU resource).',
    message:
      'must be a whole number: extended resources such as GPUs cannot be split (use a MIG or nvidia.com/gpu.shared resource for a part of a GPU), got {value}',
    maps: BOTH,
    check: (b, m, v, hit) =>
      Object.entries(b.get(v)[m]).forEach(([k, q]) => !isStandard(k) && !WHOLE.test(String(q)) && hit(at(b, m, k), { value: q })),
    go: (m, fail) =>
      fail({
        when: `and (not ${goStandard('$k')}) (not (regexMatch ${re(WHOLE)} (toString $q)))`,
        path: `%s.${m}%s`,
        pathArgs: ['$s.path', goKey('$k')],
        args: { value: '$q' },
      }),
  },
  {
    id: 'byte-quantities',
    doc: 'Memory, ephemeral storage and hugepages are at least 1Mi (`512m` is half a byte: "m" means thousandths; a plain number means bytes).',
    message: 'is below 1Mi ("m" means thousandths of a byte and a plain number means bytes; write Mi or Gi), got {value}',
    maps: BOTH,
    check: (b, m, v, hit) =>
      Object.entries(b.get(v)[m]).forEach(([k, q]) => isBytes(k) && quantityValue(q) < MIN_BYTES && hit(at(b, m, k), { value: q })),
    go: (m, fail) =>
      fail({
        when: `and ${goBytes('$k')} (lt ${goQuantity('$q')} ${MIN_BYTES}.0)`,
        path: `%s.${m}%s`,
        pathArgs: ['$s.path', goKey('$k')],
        args: { value: '$q' },
      }),
  },
  {
    id: 'requests-within-limits',
    doc: 'A request is not above its limit (Kubernetes rejects the pod).',
    message: 'must not exceed the limit ({limit}), got {request}',
    maps: ['requests'],
    check(b, _m, v, hit) {
      const { requests, limits } = b.get(v);
      for (const [k, q] of Object.entries(requests)) {
        const lim = limits[k];
        if (lim !== undefined && quantityValue(q) > quantityValue(lim)) hit(at(b, 'requests', k), { limit: lim, request: q });
      }
    },
    go: (_m, fail) =>
      fail({
        when: `and (hasKey $s.limits $k) (gt ${goQuantity('$q')} ${goQuantity(LIMIT)})`,
        path: '%s.requests%s',
        pathArgs: ['$s.path', goKey('$k')],
        args: { limit: LIMIT, request: '$q' },
      }),
  },
  {
    id: 'extended-requests-equal-limits',
    doc: 'For GPUs and other extended resources, a request equals its limit (Kubernetes does not overcommit them).',
    message: 'must equal the limit ({limit}) for an extended resource such as a GPU (Kubernetes does not overcommit them), got {request}',
    maps: ['requests'],
    check(b, _m, v, hit) {
      const { requests, limits } = b.get(v);
      for (const [k, q] of Object.entries(requests)) {
        const lim = limits[k];
        if (!isStandard(k) && lim !== undefined && quantityValue(q) !== quantityValue(lim))
          hit(at(b, 'requests', k), { limit: lim, request: q });
      }
    },
    go: (_m, fail) =>
      fail({
        when: `and (not ${goStandard('$k')}) (hasKey $s.limits $k) (ne ${goQuantity('$q')} ${goQuantity(LIMIT)})`,
        path: '%s.requests%s',
        pathArgs: ['$s.path', goKey('$k')],
        args: { limit: LIMIT, request: '$q' },
      }),
  },
];

/** Every block is one instance of the `resources` scope: its checks are emitted once as a named template. */
const RESOURCES: GoScope = {
  name: 'resources',
  calls: BLOCKS.map(
    (b) => `(dict "path" ${JSON.stringify(b.path)} "requests" ${V(`${b.path}.requests`)} "limits" ${V(`${b.path}.limits`)})`,
  ),
};

/**
 * Per map, every check (the template then walks each map once for all of them), for every block:
 * first what each value must be on its own, then requests against limits, so a wrong limit is
 * reported at the limit rather than at the request it happens to undercut.
 */
const PER_VALUE = CHECKS.filter((c) => c.maps.length === 2);
const COMPARISONS = CHECKS.filter((c) => c.maps.length === 1);
const scoped = (c: KeyCheck, m: Map): Rule => ({
  id: `${c.id}:${m}`,
  scope: RESOURCES,
  values: BLOCKS.map((b) => `${b.path}.${m}`),
  doc: c.doc,
  message: c.message,
  check: (v, hit) => BLOCKS.forEach((b) => c.check(b, m, v, hit)),
  go: (fail) => [`{{- range $k, $q := $s.${m} }}`, c.go(m, fail), '{{- end }}'],
});

export const resourceRules: Rule[] = [
  ...BOTH.flatMap((m) => PER_VALUE.map((c) => scoped(c, m))),
  ...COMPARISONS.map((c) => scoped(c, 'requests')),
  {
    id: 'router-server-gpu',
    values: ['routerServer.resources.limits'],
    doc: '`routerServer.resources.limits` requests an NVIDIA GPU (`nvidia.com/gpu`, a MIG slice or a shared GPU): the classifier models run on the GPU.',
    message: 'must request an NVIDIA GPU (nvidia.com/gpu: 1, a MIG slice or nvidia.com/gpu.shared): the classifier models run on the GPU',
    check(v, hit) {
      const limits = v.routerServer.resources.limits;
      const gpus = Object.entries(limits).reduce((sum, [k, q]) => (NVIDIA_GPU.test(k) ? sum + quantityValue(q) : sum), 0);
      if (gpus < 1) hit(['routerServer', 'resources', 'limits']);
    },
    go: (fail) => [
      '{{- $gpus := 0.0 }}',
      `{{- range $k, $q := ${V('routerServer.resources.limits')} }}{{ if regexMatch ${re(NVIDIA_GPU)} $k }}{{ $gpus = addf $gpus ${goQuantity('$q')} }}{{ end }}{{ end }}`,
      fail({ when: 'lt $gpus 1.0', path: 'routerServer.resources.limits' }),
    ],
  },
];
