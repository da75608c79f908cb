// Naming shared by every builder: the chart's components and the named templates that name objects
// (fullname-based, cut so every name stays a valid 63-character DNS label and the suffix survives).
import type { Define } from './define.js';

export const CHART_NAME = 'llm-router';
export const P = CHART_NAME; // prefix of every named template

export type ComponentKey = 'routerServer' | 'routerController' | 'app';

export interface Component {
  /** key under .Values */
  key: ComponentKey;
  /** value of app.kubernetes.io/component and the name suffix */
  label: string;
}

export const SERVER: Component = { key: 'routerServer', label: 'router-server' };
export const CONTROLLER: Component = { key: 'routerController', label: 'router-controller' };
export const APP: Component = { key: 'app', label: 'app' };
export const COMPONENTS: readonly Component[] = [SERVER, CONTROLLER, APP];

const MAX = 63;

/** Namespace of every namespaced object. */
export const NAMESPACE = `include "${P}.namespace" $`;
/** The release's base name (for hashes that must change when it does). */
export const FULLNAME = `include "${P}.fullname" $`;

/**
 * Go expression for "<fullname>-<suffix>": the fullname is cut so the whole name fits in 63
 * characters and the suffix always survives (so two components never collide).
 */
export function nameOf(suffix: string): string {
  if (MAX - suffix.length - 1 < 8) throw new Error(`name suffix too long: ${suffix}`);
  return `include "${P}.componentName" (dict "root" $ "component" "${suffix}")`;
}

export const NAME_DEFINES: Define[] = [
  {
    name: 'name',
    why: 'Chart name, overridable with nameOverride, a valid DNS label.',
    usage: '$',
    body: ['{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}'],
  },
  {
    name: 'fullname',
    why: 'Release-scoped base name of every object: fullnameOverride, else "<release>-<name>" (the release alone when it contains the name).',
    usage: '$',
    body: [
      '{{- if .Values.fullnameOverride }}',
      '{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}',
      '{{- else }}',
      '{{- $name := default .Chart.Name .Values.nameOverride }}',
      '{{- if contains $name .Release.Name }}',
      '{{- .Release.Name | trunc 63 | trimSuffix "-" }}',
      '{{- else }}',
      '{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '{{- end }}',
    ],
  },
  {
    name: 'componentName',
    why: 'Name of an object of the release: "<fullname>-<component>", the fullname cut so the whole fits 63 characters and the suffix survives.',
    usage: '(dict "root" $ "component" "router-server")',
    body: [`{{- printf "%s-%s" (include "${P}.fullname" .root | trunc (int (sub ${MAX - 1} (len .component))) | trimSuffix "-") .component }}`],
  },
  {
    name: 'namespace',
    why: 'Namespace of every namespaced object: namespaceOverride, else the release namespace.',
    usage: '$',
    body: ['{{- .Values.namespaceOverride | default .Release.Namespace }}'],
  },
];

/** Values path of a component, e.g. `$.Values.routerServer`. */
export const v = (c: Component, rest = ''): string => `$.Values.${c.key}${rest ? '.' + rest : ''}`;
