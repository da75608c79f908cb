// Small pieces the rule modules share: component names, Go value references, map-key path segments.
import { DURATION_UNITS } from '../schema/metrics.js';
import type { Values } from '../schema/root.js';

export const COMPONENTS = ['routerServer', 'routerController', 'app'] as const;
export type ComponentKey = (typeof COMPONENTS)[number];
export type AnyComponent = Values[ComponentKey];

/** `$.Values.a.b` for a dotted path of plain keys. */
export const V = (path: string): string => `$.Values.${path}`;

/** Go expression printing a map key as a path segment the way formatPath() does: `.key` or `["odd/key"]`. */
export const goKey = (keyExpr: string): string => `(include "llm-router.validate.key" ${keyExpr})`;

/** The named templates the rule lines use; emitted once at the top of validate.yaml. */
export const GO_HELPERS: string[] = [
  '{{- /* Path segment of a map key, as the values-schema library prints it: .key, or ["odd/key"].',
  '       Usage: {{ include "llm-router.validate.key" $key }} */}}',
  '{{- define "llm-router.validate.key" }}{{ if regexMatch "^[A-Za-z_$][A-Za-z0-9_$-]*$" . }}.{{ . }}{{ else }}[{{ quote . }}]{{ end }}{{ end }}',
  '{{- /* Seconds of a Prometheus duration such as "1m30s" (the same arithmetic as the library).',
  '       Usage: {{ include "llm-router.validate.seconds" "1m30s" }} */}}',
  `{{- define "llm-router.validate.seconds" }}{{ $units := dict ${Object.entries(DURATION_UNITS)
    .map(([u, f]) => `"${u}" ${f}`)
    .join(' ')} }}{{ $total := 0.0 }}` +
    '{{ range $m := regexFindAll "[0-9]+(ms|s|m|h|d|w|y)" . -1 }}{{ $n := regexFind "^[0-9]+" $m }}{{ $total = addf $total (mulf (float64 $n) (get $units (trimPrefix $n $m))) }}{{ end }}{{ $total }}{{ end }}',
];
