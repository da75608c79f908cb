// Rules on names and keys: label keys Kubernetes accepts, and typos under `global`.
import { LABEL_KEY_PATTERN } from '../schema/primitives.js';
import type { Values } from '../schema/root.js';
import { COMPONENTS, V, goKey } from './paths.js';
import type { GoScope, Rule } from './rule.js';

/** Every map of Kubernetes labels in the values (label values are checked by the schema). */
const LABEL_MAPS = [
  'commonLabels',
  ...COMPONENTS.flatMap((c) => [`${c}.podLabels`, `${c}.nodeSelector`, `${c}.service.labels`]),
  'gatewayApi.httpRoute.labels',
  'metrics.serviceMonitor.labels',
  'metrics.prometheusRule.labels',
  'metrics.grafanaDashboards.sidecarLabel',
  ...['ingress', 'gateway', 'openshiftRouter', 'monitoring', 'dns'].map((n) => `networkPolicy.${n}NamespaceSelector`),
];

const at = (v: Values, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), v);

/** Every label map is one instance of the `labels` scope: the key check is emitted once as a named template. */
const LABELS: GoScope = { name: 'labels', calls: LABEL_MAPS.map((map) => `(dict "path" ${JSON.stringify(map)} "labels" ${V(map)})`) };

export const labelKeyRules: Rule[] = [
  {
    id: 'label-keys',
    scope: LABELS,
    values: LABEL_MAPS,
    doc: 'Label keys (`commonLabels`, `podLabels`, `nodeSelector`, Service, monitor and namespace-selector labels) are valid Kubernetes label keys: an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_", ".".',
    message:
      'is not a valid label key: an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
    check(v, hit) {
      for (const map of LABEL_MAPS) {
        const labels = at(v, map);
        if (!labels || typeof labels !== 'object') continue;
        for (const key of Object.keys(labels)) if (!LABEL_KEY_PATTERN.test(key)) hit([...map.split('.'), key]);
      }
    },
    go: (fail) => [
      '{{- range $k, $_ := $s.labels }}',
      fail({ when: `not (regexMatch ${JSON.stringify(LABEL_KEY_PATTERN.source)} $k)`, path: '%s%s', pathArgs: ['$s.path', goKey('$k')] }),
      '{{- end }}',
    ],
  },
];

/** The globals this chart reads; Bitnami's defaultStorageClass is honoured as a synonym of storageClass. */
export const GLOBAL_KEYS = ['imageRegistry', 'imagePullSecrets', 'storageClass', 'defaultStorageClass'];
/** A global whose name mentions what ours are about is meant for this chart: it must be one of ours. */
const GLOBAL_WORDS = ['image', 'regist', 'pull', 'secret', 'storage', 'class'];
const looksLikeOurs = (key: string) => GLOBAL_WORDS.some((w) => key.toLowerCase().includes(w));

export const globalRules: Rule[] = [
  {
    id: 'global-typos',
    values: ['global'],
    doc: `\`global\` stays open for a parent chart's own globals, but a key about images, registries, pull secrets or storage classes must be one this chart reads (${GLOBAL_KEYS.map((k) => `\`${k}\``).join(', ')}), so \`imageRegistery\` or \`imagePullSecret\` fail instead of being ignored.`,
    message: `is not a global this chart reads (${GLOBAL_KEYS.join(', ')}); a parent chart's other globals are accepted, but not look-alikes of these`,
    check(v, hit) {
      for (const key of Object.keys(v.global)) if (looksLikeOurs(key) && !GLOBAL_KEYS.includes(key)) hit(['global', key]);
    },
    go: (fail) => [
      `{{- range $k, $_ := ${V('global')} }}`,
      fail({
        when: `and (or ${GLOBAL_WORDS.map((w) => `(contains "${w}" (lower $k))`).join(' ')}) (not (has $k (list ${GLOBAL_KEYS.map((k) => JSON.stringify(k)).join(' ')})))`,
        path: 'global%s',
        pathArgs: [goKey('$k')],
      }),
      '{{- end }}',
    ],
  },
];
