// Rules on container resources: names Kubernetes and the NVIDIA device plugin accept, whole GPUs,
// memory units, requests within limits, and the router-server's GPU.
import type { Values } from '../schema/root.js';
import { COMPONENTS, V, goKey } from './paths.js';
import { goQuantity, quantityValue } from './quantity.js';
import type { Rule } from './rule.js';

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

const STANDARD = /^(cpu|memory|ephemeral-storage|hugepages-.+)$/;
const BYTES = /^(memory|ephemeral-storage|hugepages-.+)$/;
const QUALIFIED = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const GPU_LIKE = /gpu|^nvidia\.com\//i;
/** What the NVIDIA device plugin publishes: whole GPUs, time-sliced shares, MIG slices. */
export const NVIDIA_GPU = /^nvidia\.com\/(gpu|gpu\.shared|mig-[1-7]g\.[0-9]+gb(\.me)?)$/;
const MIN_BYTES = 2 ** 20;
const WHOLE = /^[0-9]+$/;
const re = (r: RegExp) => JSON.stringify(r.source);

/** One rule per resource block; `each` visits both maps (requests and limits). */
function perBlock(id: string, doc: string, message: string, check: Rule['check'] extends (v: Values, hit: infer H) => void ? (b: Block, v: Values, hit: H) => void : never, go: (b: Block, fail: Parameters<Rule['go']>[0]) => string[]): Rule[] {
  return BLOCKS.map((b) => ({ id: `${id}:${b.path}`, values: [`${b.path}.requests`, `${b.path}.limits`], doc, message, check: (v, hit) => check(b, v, hit), go: (fail) => go(b, fail) }));
}

const bothMaps = (b: Block, v: Values) => (['requests', 'limits'] as const).map((m) => [m, b.get(v)[m]] as const);

export const resourceRules: Rule[] = [
  ...perBlock(
    'resource-name',
    'Resource names are `cpu`, `memory`, `ephemeral-storage`, `hugepages-<size>` or vendor-qualified (`nvidia.com/gpu`).',
    'is not a resource name Kubernetes accepts: use cpu, memory, ephemeral-storage, hugepages-<size> or a vendor-qualified name such as nvidia.com/gpu',
    (b, v, hit) => {
      for (const [m, map] of bothMaps(b, v)) for (const k of Object.keys(map)) if (!STANDARD.test(k) && !QUALIFIED.test(k)) hit([...b.path.split('.'), m, k]);
    },
    (b, fail) =>
      (['requests', 'limits'] as const).flatMap((m) => [
        `{{- range $k, $_ := ${V(`${b.path}.${m}`)} }}`,
        fail({ when: `not (or (regexMatch ${re(STANDARD)} $k) (regexMatch ${re(QUALIFIED)} $k))`, path: `${b.path}.${m}%s`, pathArgs: [goKey('$k')] }),
        '{{- end }}',
      ]),
  ),
  ...perBlock(
    'gpu-name',
    'GPU resources use the names the NVIDIA device plugin publishes: `nvidia.com/gpu`, `nvidia.com/gpu.shared` or `nvidia.com/mig-<profile>`.',
    'is not a GPU resource the NVIDIA device plugin publishes (nvidia.com/gpu, nvidia.com/gpu.shared or nvidia.com/mig-<profile> such as nvidia.com/mig-1g.10gb)',
    (b, v, hit) => {
      for (const [m, map] of bothMaps(b, v)) for (const k of Object.keys(map)) if (GPU_LIKE.test(k) && !NVIDIA_GPU.test(k)) hit([...b.path.split('.'), m, k]);
    },
    (b, fail) =>
      (['requests', 'limits'] as const).flatMap((m) => [
        `{{- range $k, $_ := ${V(`${b.path}.${m}`)} }}`,
        fail({ when: `and (regexMatch ${JSON.stringify(`(?i)${GPU_LIKE.source}`)} $k) (not (regexMatch ${re(NVIDIA_GPU)} $k))`, path: `${b.path}.${m}%s`, pathArgs: [goKey('$k')] }),
        '{{- end }}',
      ]),
  ),
  ...perBlock(
    'whole-extended-resources',
    'GPUs and other extended resources are whole numbers (a GPU cannot be requested in fractions; use a MIG or shared-GPU resource).',
    'must be a whole number: extended resources such as GPUs cannot be split (use a MIG or nvidia.com/gpu.shared resource for a part of a GPU), got {value}',
    (b, v, hit) => {
      for (const [m, map] of bothMaps(b, v))
        for (const [k, q] of Object.entries(map)) if (!STANDARD.test(k) && !WHOLE.test(String(q))) hit([...b.path.split('.'), m, k], { value: q });
    },
    (b, fail) =>
      (['requests', 'limits'] as const).flatMap((m) => [
        `{{- range $k, $q := ${V(`${b.path}.${m}`)} }}`,
        fail({ when: `and (not (regexMatch ${re(STANDARD)} $k)) (not (regexMatch ${re(WHOLE)} (toString $q)))`, path: `${b.path}.${m}%s`, pathArgs: [goKey('$k')], args: { value: '$q' } }),
        '{{- end }}',
      ]),
  ),
  ...perBlock(
    'byte-quantities',
    'Memory, ephemeral storage and hugepages are at least 1Mi (`512m` is half a byte: "m" means thousandths; a plain number means bytes).',
    'is below 1Mi ("m" means thousandths of a byte and a plain number means bytes; write Mi or Gi), got {value}',
    (b, v, hit) => {
      for (const [m, map] of bothMaps(b, v))
        for (const [k, q] of Object.entries(map)) if (BYTES.test(k) && quantityValue(q) < MIN_BYTES) hit([...b.path.split('.'), m, k], { value: q });
    },
    (b, fail) =>
      (['requests', 'limits'] as const).flatMap((m) => [
        `{{- range $k, $q := ${V(`${b.path}.${m}`)} }}`,
        fail({ when: `and (regexMatch ${re(BYTES)} $k) (lt ${goQuantity('$q')} ${MIN_BYTES}.0)`, path: `${b.path}.${m}%s`, pathArgs: [goKey('$k')], args: { value: '$q' } }),
        '{{- end }}',
      ]),
  ),
  ...perBlock(
    'requests-within-limits',
    'A request is not above its limit (Kubernetes rejects the pod).',
    'must not exceed the limit ({limit}), got {request}',
    (b, v, hit) => {
      const { requests, limits } = b.get(v);
      for (const [k, q] of Object.entries(requests)) {
        const lim = limits[k];
        if (lim !== undefined && quantityValue(q) > quantityValue(lim)) hit([...b.path.split('.'), 'requests', k], { limit: lim, request: q });
      }
    },
    (b, fail) => [
      `{{- $limits := ${V(`${b.path}.limits`)} }}`,
      `{{- range $k, $q := ${V(`${b.path}.requests`)} }}{{ if hasKey $limits $k }}`,
      fail({ when: `gt ${goQuantity('$q')} ${goQuantity('(get $limits $k)')}`, path: `${b.path}.requests%s`, pathArgs: [goKey('$k')], args: { limit: '(get $limits $k)', request: '$q' } }),
      '{{- end }}{{ end }}',
    ],
  ),
  ...perBlock(
    'extended-requests-equal-limits',
    'For GPUs and other extended resources, a request equals its limit (Kubernetes does not overcommit them).',
    'must equal the limit ({limit}) for an extended resource such as a GPU (Kubernetes does not overcommit them), got {request}',
    (b, v, hit) => {
      const { requests, limits } = b.get(v);
      for (const [k, q] of Object.entries(requests)) {
        const lim = limits[k];
        if (!STANDARD.test(k) && lim !== undefined && quantityValue(q) !== quantityValue(lim)) hit([...b.path.split('.'), 'requests', k], { limit: lim, request: q });
      }
    },
    (b, fail) => [
      `{{- $limits := ${V(`${b.path}.limits`)} }}`,
      `{{- range $k, $q := ${V(`${b.path}.requests`)} }}{{ if and (not (regexMatch ${re(STANDARD)} $k)) (hasKey $limits $k) }}`,
      fail({ when: `ne ${goQuantity('$q')} ${goQuantity('(get $limits $k)')}`, path: `${b.path}.requests%s`, pathArgs: [goKey('$k')], args: { limit: '(get $limits $k)', request: '$q' } }),
      '{{- end }}{{ end }}',
    ],
  ),
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
