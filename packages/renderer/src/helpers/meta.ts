// Object metadata shared by all builders (name, namespace, labels, commonAnnotations) and the named
// templates for labels: selector labels that never change, plus the standard and user labels.
import { expr, inline, map, splice, toYamlIfSet, when, yaml, type MapPart, type PlainMap, type Value, type When } from '../gotpl/yaml.js';
import { dict, include, type Define } from './define.js';
import { chartName, NAMESPACE, nameOf, type Component } from './names.js';

/** Who an object belongs to: a component, a chart-level role (e.g. "test", "snapshotter"), or the whole chart. */
export type Owner = Component | 'chart' | { role: string };

const ownerArgs = (o: Owner): Record<string, string> => {
  if (o === 'chart') return { root: '$' };
  return { root: '$', component: JSON.stringify('role' in o ? o.role : o.label) };
};

/** YAML of the selector labels (name, instance, and the component when there is one). */
export const selectorLabels = (o: Owner): string => include('selectorLabels', dict(ownerArgs(o)));
/** YAML of all labels of an object; `extraExpr` (e.g. podLabels) sits between the selector and commonLabels. */
export const labels = (o: Owner, extraExpr?: string): string =>
  include('labels', dict({ ...ownerArgs(o), ...(extraExpr ? { extra: extraExpr } : {}) }));
/** Labels of a pod template: the same without helm.sh/chart, so that pods roll only when what they run changes. */
export const podTemplateLabels = (o: Owner, extraExpr?: string): string =>
  include('labels', dict({ ...ownerArgs(o), pod: 'true', ...(extraExpr ? { extra: extraExpr } : {}) }));

/** Template lines that set the selector labels into the dict `target` (the same keys in both defines). */
const setSelector = (target: string): string[] => [
  `{{- $_ := set ${target} "app.kubernetes.io/name" (${chartName('.root')}) }}`,
  `{{- $_ := set ${target} "app.kubernetes.io/instance" .root.Release.Name }}`,
  `{{- with .component }}{{ $_ := set ${target} "app.kubernetes.io/component" . }}{{ end }}`,
];

/**
 * A label map as `key: "value"` lines in key order; cheaper than toYaml, which runs for every object.
 * Keys YAML 1.1 would read as booleans or null (a plain label key may be "on" or "yes") are quoted.
 */
const writeLabels = (m: string): string[] => [
  '{{- $lines := list }}',
  '{{- $words := list "y" "yes" "n" "no" "on" "off" "true" "false" "null" "~" }}',
  `{{- range $k, $v := ${m} }}{{ $lines = append $lines (printf "%s: %s" (ternary (quote $k) $k (has (lower $k) $words)) (quote $v)) }}{{ end }}`,
  '{{- join "\\n" $lines }}',
];

/**
 * The chart's own labels as `key: "value"` lines, without a dict, a sort or the quoting check of
 * writeLabels: the keys are fixed and written in the key order writeLabels would print them in, so
 * the output is the same bytes. The labels are rendered for every object, so this is the hot path.
 * `component` is the optional first line (and its line break, which the next line's text starts after);
 * `between` sits between instance and name, `after` follows name.
 */
const fixedLabelLines = (component: [string, string], between: string[], after: string[] = []): string[] => [
  component[0],
  `${component[1]}app.kubernetes.io/instance: {{ quote .root.Release.Name }}`,
  ...between,
  `app.kubernetes.io/name: {{ ${chartName('.root')} | quote }}`,
  ...after,
];

export const LABEL_DEFINES: Define[] = [
  {
    name: 'selectorLabels',
    why: 'Selector labels of a component (or of the whole release without "component"); never user-settable, so selectors stay stable.',
    usage: '(dict "root" $ "component" "router-server")',
    body: fixedLabelLines(['{{- with .component }}app.kubernetes.io/component: {{ quote . }}', '{{ end }}'], []),
  },
  {
    name: 'labels',
    why: 'All labels of an object: selector labels win, then "extra" (podLabels), then commonLabels, then the standard Helm labels.',
    usage: '(dict "root" $ "component" "router-server" "extra" .Values.routerServer.podLabels "pod" true)',
    body: [
      '{{- if or .root.Values.commonLabels .extra }}',
      // Later sets win. Sets instead of sprig's merge, which is reflection-heavy and runs for every object.
      '{{- $labels := dict "app.kubernetes.io/version" .root.Chart.AppVersion "app.kubernetes.io/managed-by" .root.Release.Service "app.kubernetes.io/part-of" .root.Chart.Name }}',
      // not on pod templates: a chart version bump alone must not restart pods (a GPU router-server with
      // Recreate would be down for a whole model load on an upgrade that changed nothing it runs)
      '{{- if not .pod }}{{ $_ := set $labels "helm.sh/chart" (printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_") }}{{ end }}',
      '{{- range $k, $v := .root.Values.commonLabels }}{{ $_ := set $labels $k $v }}{{ end }}',
      '{{- range $k, $v := .extra }}{{ $_ := set $labels $k $v }}{{ end }}',
      ...setSelector('$labels'),
      ...writeLabels('$labels'),
      '{{- else }}',
      '{{- /* No user labels (the default): the same lines, written directly. */ -}}',
      ...fixedLabelLines(
        ['{{- with .component }}app.kubernetes.io/component: {{ quote . }}', '{{ end }}'],
        ['app.kubernetes.io/managed-by: {{ quote .root.Release.Service }}'],
        [
          'app.kubernetes.io/part-of: {{ quote .root.Chart.Name }}',
          'app.kubernetes.io/version: {{ quote .root.Chart.AppVersion }}',
          '{{- if not .pod }}',
          'helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | quote }}',
          '{{- end }}',
        ],
      ),
      '{{- end }}',
    ],
  },
];

/** Annotations: fixed entries first, then commonAnnotations, then an optional per-object values map. */
export function annotations(fixed: MapPart[] = [], extraExpr?: string): Value | When {
  if (!fixed.length && !extraExpr) return toYamlIfSet('$.Values.commonAnnotations');
  const user = [splice('$.Values.commonAnnotations'), ...(extraExpr ? [splice(extraExpr)] : [])];
  if (!fixed.length) return when(`or $.Values.commonAnnotations ${extraExpr}`, map(...user));
  return map(...fixed, ...user);
}

export interface MetaOptions {
  owner: Component | 'chart';
  /** name suffix after the fullname (default: the component); or a Go expression via nameExpr */
  suffix?: string;
  nameExpr?: string;
  /** annotations the chart sets, written before the user's */
  annotations?: MapPart[];
  annotationsExpr?: string;
  namespaced?: boolean;
  /** namespace expression when it is not the release namespace */
  namespaceExpr?: string;
  /** extra label entries (e.g. Prometheus selectors from values) */
  extraLabelsExpr?: string;
}

export function metadata(o: MetaOptions): PlainMap {
  const m: PlainMap = { name: expr(o.nameExpr ?? nameOf(o.suffix ?? (o.owner === 'chart' ? 'chart' : o.owner.label))) };
  if (o.namespaced !== false) m.namespace = expr(o.namespaceExpr ?? NAMESPACE);
  m.labels = o.extraLabelsExpr ? map(inline(labels(o.owner)), splice(o.extraLabelsExpr)) : yaml(labels(o.owner));
  m.annotations = annotations(o.annotations, o.annotationsExpr);
  return m;
}
