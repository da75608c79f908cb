// Pod and container pieces every component shares: image, security contexts, probes, scheduling,
// extra env/volumes. Values are read per component so nothing leaks between components.
import {
  expr,
  map,
  raw,
  splice,
  toYaml,
  toYamlIfSet,
  when,
  withValue,
  yaml,
  type MapPart,
  type PlainMap,
  type SeqPart,
  type Value,
  type When,
} from '../gotpl/yaml.js';
import { P, v, type Component } from './names.js';
import { selVar } from './meta.js';

export const imageExpr = (c: Component, image = v(c, 'image')): string =>
  `include "${P}.image" (dict "root" $ "image" ${image}) | quote`;

/** The container fields every main container carries. */
export function containerBase(c: Component, name: string): PlainMap {
  return {
    name,
    image: expr(imageExpr(c)),
    imagePullPolicy: expr(`${v(c, 'image.pullPolicy')}`),
  };
}

/**
 * A security context from values with null fields dropped (null means "leave it to the platform").
 * A regexp over toYaml's output is far cheaper at render time than walking the map in the template.
 */
export const securityContext = (e: string): When =>
  withValue(e, yaml('regexReplaceAll "(?m)^ *[A-Za-z]+: null(\\n|$)" (toYaml .) "" | trimSuffix "\\n"'));

export const containerSecurity = (c: Component): PlainMap => ({
  securityContext: securityContext(v(c, 'containerSecurityContext')),
});

export const resources = (c: Component): PlainMap => ({ resources: toYamlIfSet(v(c, 'resources')) });

/**
 * One probe: when enabled, the chart's check (httpGet path/port) plus timing fields from values;
 * `override` replaces the check entirely.
 */
export function probe(c: Component, kind: 'startupProbe' | 'readinessProbe' | 'livenessProbe', check: PlainMap): MapPart {
  return withValue(
    v(c, kind),
    when('.enabled', {
      [kind]: when('.override', toYaml('.override'), map(check, splice('omit . "enabled" "override"'))),
    }),
  );
}

export function probes(c: Component, checks: { startup: PlainMap; readiness: PlainMap; liveness: PlainMap }): MapPart[] {
  return [probe(c, 'startupProbe', checks.startup), probe(c, 'readinessProbe', checks.readiness), probe(c, 'livenessProbe', checks.liveness)];
}

export const httpGet = (path: string, port: string): PlainMap => ({ httpGet: { path, port } });

/** Mounts of a component configured by one file: the file from its ConfigMap (a subPath mount keeps the rest of the image directory visible), a writable /tmp, the user's extra mounts. */
export const configFileMounts = (c: Component, mountPath: Value, subPath: string): SeqPart[] => [
  { name: 'config', mountPath, subPath, readOnly: true },
  { name: 'tmp', mountPath: '/tmp' },
  extraVolumeMounts(c),
];

/** The volumes behind configFileMounts. */
export const configFileVolumes = (c: Component, configMapNameExpr: string): SeqPart[] => [
  { name: 'config', configMap: { name: expr(configMapNameExpr) } },
  { name: 'tmp', emptyDir: {} },
  extraVolumes(c),
];

/** One HTTP GET for all three probes (components whose health endpoint answers both questions). */
export const sameHttpProbes = (c: Component, path: string): MapPart[] =>
  probes(c, { startup: httpGet(path, 'http'), readiness: httpGet(path, 'http'), liveness: httpGet(path, 'http') });

/** The user's lifecycle verbatim, else a preStop sleep (when > 0) so endpoints drain before SIGTERM. */
export const lifecycle = (c: Component): When =>
  when(
    v(c, 'lifecycle'),
    toYaml(v(c, 'lifecycle')),
    when(`gt (int ${v(c, 'preStopSleepSeconds')}) 0`, { preStop: { sleep: { seconds: expr(v(c, 'preStopSleepSeconds')) } } }),
  );

/** Affinity: user affinity wins; otherwise the anti-affinity preset built on the real selector labels. */
export function affinity(c: Component): MapPart {
  const term = (weighted: boolean): PlainMap => {
    const t: PlainMap = {
      labelSelector: { matchLabels: yaml(`toYaml ${selVar(c)}`) },
      topologyKey: 'kubernetes.io/hostname',
    };
    return weighted ? { weight: 100, podAffinityTerm: t } : t;
  };
  return when(
    v(c, 'affinity'),
    { affinity: toYaml(v(c, 'affinity')) },
    map(
      when(`eq (toString ${v(c, 'podAntiAffinityPreset')}) "soft"`, {
        affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [term(true)] } },
      }),
      when(`eq (toString ${v(c, 'podAntiAffinityPreset')}) "hard"`, {
        affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term(false)] } },
      }),
    ),
  );
}

/** Scheduling fields, all per component and never forced (runtimeClassName only when set). */
export function scheduling(c: Component): MapPart[] {
  return [
    {
      priorityClassName: toYamlIfSetScalar(v(c, 'priorityClassName')),
      runtimeClassName: toYamlIfSetScalar(v(c, 'runtimeClassName')),
      nodeSelector: toYamlIfSet(v(c, 'nodeSelector')),
      tolerations: toYamlIfSet(v(c, 'tolerations')),
    },
    affinity(c),
    // Every constraint gets the component's selector labels, so it counts exactly these pods.
    withValue(v(c, 'topologySpreadConstraints'), {
      topologySpreadConstraints: raw(
        '{{- range . }}',
        `- {{- toYaml (merge (deepCopy .) (dict "labelSelector" (dict "matchLabels" ${selVar(c)}))) | nindent +2 }}`,
        '{{- end }}',
      ),
    }),
  ];
}

/** A scalar value emitted only when set: `{{- with X }}key: {{ . }}{{- end }}`. */
function toYamlIfSetScalar(e: string): When {
  return withValue(e, expr('. | quote'));
}

export const extraEnv = (c: Component): SeqPart => splice(v(c, 'extraEnv'));
export const extraVolumeMounts = (c: Component): SeqPart => splice(v(c, 'extraVolumeMounts'));
export const extraVolumes = (c: Component): SeqPart => splice(v(c, 'extraVolumes'));
