// Naming shared by every builder: the chart's components and the Go expressions that name objects,
// truncated at generation time so every name stays a valid 63-character DNS label without collisions.

export const CHART_NAME = 'llm-router';
export const P = CHART_NAME; // prefix of named templates in _helpers.tpl

export type ComponentKey = 'routerServer' | 'routerController' | 'app';

export interface Component {
  /** key under .Values */
  key: ComponentKey;
  /** value of app.kubernetes.io/component and the name suffix */
  label: string;
  /** Go variable prefix used in templates, e.g. `server` -> `$serverSel` */
  short: string;
}

export const SERVER: Component = { key: 'routerServer', label: 'router-server', short: 'server' };
export const CONTROLLER: Component = { key: 'routerController', label: 'router-controller', short: 'controller' };
export const APP: Component = { key: 'app', label: 'app', short: 'app' };
export const COMPONENTS: readonly Component[] = [SERVER, CONTROLLER, APP];

const MAX = 63;

/** Preamble every template starts with: compute fullname, namespace and chart name once per file. */
export const PREAMBLE = [
  `{{- $fullname := include "${P}.fullname" . }}`,
  `{{- $namespace := .Values.namespaceOverride | default .Release.Namespace }}`,
  `{{- $name := default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}`,
];

/** Selector dict (`$<short>Sel`) and label block (`$<short>Labels`) of a component; extra = podLabels expression. */
export function componentVars(c: Component): string[] {
  return [
    `{{- $${c.short}Sel := dict "app.kubernetes.io/name" $name "app.kubernetes.io/instance" $.Release.Name "app.kubernetes.io/component" "${c.label}" }}`,
    `{{- $${c.short}Labels := include "${P}.labels" (dict "root" $ "selector" $${c.short}Sel) }}`,
  ];
}

/** Labels of objects that belong to no single component. */
export const CHART_VARS = [
  `{{- $chartSel := dict "app.kubernetes.io/name" $name "app.kubernetes.io/instance" $.Release.Name }}`,
  `{{- $chartLabels := include "${P}.labels" (dict "root" $ "selector" $chartSel) }}`,
];

/**
 * Go expression for "<fullname>-<suffix>": the fullname is cut so the whole name fits in 63
 * characters and the suffix always survives (so two components never collide).
 */
export function nameOf(suffix: string): string {
  const room = MAX - suffix.length - 1;
  if (room < 8) throw new Error(`name suffix too long: ${suffix}`);
  return `printf "%s-${suffix}" ($fullname | trunc ${room} | trimSuffix "-")`;
}

/** Values path of a component, e.g. `$.Values.routerServer`. */
export const v = (c: Component, rest = ''): string => `$.Values.${c.key}${rest ? '.' + rest : ''}`;
