// Naming shared by every builder: the chart's components and the named templates that name objects
// (fullname-based, cut so every name stays a valid 63-character DNS label and the suffix survives).
import type { Values } from '@llm-router-helm/values-schema';
import type { Define } from './define.js';

export const CHART_NAME = 'llm-router';
export const P = CHART_NAME; // prefix of every named template

export type ComponentKey = 'routerServer' | 'routerController' | 'app';

export interface Component<K extends ComponentKey = ComponentKey> {
  /** key under .Values */
  key: K;
  /** value of app.kubernetes.io/component and the name suffix */
  label: string;
}

export const SERVER: Component<'routerServer'> = { key: 'routerServer', label: 'router-server' };
export const CONTROLLER: Component<'routerController'> = { key: 'routerController', label: 'router-controller' };
export const APP: Component<'app'> = { key: 'app', label: 'app' };
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

/**
 * Go expression of the chart name below the root object `root` (e.g. ".root"): nameOverride, else the
 * chart's name, as a valid DNS label. Written out where needed instead of a nested include, which
 * costs render time on every object.
 */
export const chartName = (root: string): string => `default ${root}.Chart.Name ${root}.Values.nameOverride | trunc 63 | trimSuffix "-"`;

/** Template lines setting `$full` to the uncut fullname: fullnameOverride, else "<release>-<name>" (the release alone when it contains the name). */
const fullnameInto = (root: string): string[] => [
  `{{- $full := ${root}.Values.fullnameOverride }}`,
  `{{- if not $full }}{{ $name := default ${root}.Chart.Name ${root}.Values.nameOverride }}{{ $full = ternary ${root}.Release.Name (printf "%s-%s" ${root}.Release.Name $name) (contains $name ${root}.Release.Name) }}{{ end }}`,
];

export const NAME_DEFINES: Define[] = [
  {
    name: 'fullname',
    why: 'Release-scoped base name of every object: fullnameOverride, else "<release>-<name>" (the release alone when it contains the name).',
    usage: '$',
    body: [...fullnameInto(''), '{{- $full | trunc 63 | trimSuffix "-" }}'],
  },
  {
    name: 'componentName',
    why: 'Name of an object of the release: "<fullname>-<component>", the fullname cut so the whole fits 63 characters and the suffix survives.',
    usage: '(dict "root" $ "component" "router-server")',
    body: [
      ...fullnameInto('.root'),
      `{{- printf "%s-%s" ($full | trunc (int (sub ${MAX - 1} (len .component))) | trimSuffix "-") .component }}`,
    ],
  },
  {
    name: 'namespace',
    why: 'Namespace of every namespaced object: namespaceOverride, else the release namespace.',
    usage: '$',
    body: ['{{- .Values.namespaceOverride | default .Release.Namespace }}'],
  },
];

type Leaf = string | number | boolean | null | undefined | readonly unknown[];
/** Every dotted path into T, e.g. "modelRepository.storage.type" (maps with free keys accept any key). */
export type PathOf<T> = T extends Leaf
  ? never
  : { [K in keyof T & string]: K | (NonNullable<T[K]> extends Leaf ? never : `${K}.${PathOf<NonNullable<T[K]>>}`) }[keyof T & string];

/** Values path of a component, e.g. `$.Values.routerServer.image`; the path is checked against the values type at compile time. */
export const v = <K extends ComponentKey>(c: Component<K>, rest?: PathOf<Values[K]>): string =>
  `$.Values.${c.key}${rest ? '.' + rest : ''}`;
