// Pod and container pieces every component shares: image, security contexts, probes, scheduling,
// extra env/volumes. Values are read per component so nothing leaks between components.
import {
  expr,
  indented,
  raw,
  splice,
  spread,
  toYaml,
  toYamlIfSet,
  when,
  withValue,
  type MapNode,
  type Node,
} from '../gotpl/yaml.js';
import { P, v, type Component } from './names.js';
import { selVar } from './meta.js';

export const imageExpr = (c: Component, image = v(c, 'image')): string =>
  `include "${P}.image" (dict "root" $ "image" ${image}) | quote`;

/** The container fields every main container carries. */
export function containerBase(c: Component, name: string): MapNode {
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
export const securityContext = (e: string): Node =>
  withValue(e, indented('regexReplaceAll "(?m)^ *[A-Za-z]+: null(\\n|$)" (toYaml .) "" | trimSuffix "\\n"'));

export const containerSecurity = (c: Component): MapNode => ({
  securityContext: securityContext(v(c, 'containerSecurityContext')),
});

export const resources = (c: Component): MapNode => ({ resources: toYamlIfSet(v(c, 'resources')) });

/**
 * One probe: when enabled, the chart's check (httpGet path/port) plus timing fields from values;
 * `override` replaces the check entirely.
 */
export function probe(c: Component, kind: 'startupProbe' | 'readinessProbe' | 'livenessProbe', check: MapNode): MapNode {
  return {
    [spread()]: withValue(
      v(c, kind),
      when('.enabled', {
        [kind]: when('.override', toYaml('.override'), {
          ...check,
          [spread()]: splice('omit . "enabled" "override"'),
        }),
      }),
    ),
  };
}

export function probes(c: Component, checks: { startup: MapNode; readiness: MapNode; liveness: MapNode }): MapNode {
  return {
    ...probe(c, 'startupProbe', checks.startup),
    ...probe(c, 'readinessProbe', checks.readiness),
    ...probe(c, 'livenessProbe', checks.liveness),
  };
}

export const httpGet = (path: string, port: string): MapNode => ({ httpGet: { path, port } });

/** Mounts of a component configured by one file: the file from its ConfigMap (a subPath mount keeps the rest of the image directory visible), a writable /tmp, the user's extra mounts. */
export const configFileMounts = (c: Component, mountPath: Node, subPath: string): Node[] => [
  { name: 'config', mountPath, subPath, readOnly: true },
  { name: 'tmp', mountPath: '/tmp' },
  extraVolumeMounts(c),
];

/** The volumes behind configFileMounts (the Deployment builder appends the user's extraVolumes). */
export const configFileVolumes = (c: Component, configMapNameExpr: string): Node[] => [
  { name: 'config', configMap: { name: expr(configMapNameExpr) } },
  { name: 'tmp', emptyDir: { sizeLimit: expr(`${v(c, 'tmpSizeLimit')} | quote`) } },
];

/**
 * Startup and readiness GET the health path; liveness only checks that the port accepts connections,
 * so a busy pod is taken out of its Service instead of being restarted (identical probes restart it).
 */
export const httpReadyTcpLive = (c: Component, path: string): MapNode =>
  probes(c, { startup: httpGet(path, 'http'), readiness: httpGet(path, 'http'), liveness: { tcpSocket: { port: 'http' } } });

/** The user's lifecycle verbatim, else a preStop sleep (when > 0) so endpoints drain before SIGTERM. */
export const lifecycle = (c: Component) =>
  when(
    v(c, 'lifecycle'),
    toYaml(v(c, 'lifecycle')),
    when(`gt (int ${v(c, 'preStopSleepSeconds')}) 0`, { preStop: { sleep: { seconds: expr(v(c, 'preStopSleepSeconds')) } } }),
  );

/** Affinity: user affinity wins; otherwise the anti-affinity preset built on the real selector labels. */
export function affinity(c: Component): MapNode {
  const term = (weighted: boolean): Node => {
    const t: MapNode = {
      labelSelector: { matchLabels: indented(`toYaml ${selVar(c)}`) },
      topologyKey: 'kubernetes.io/hostname',
    };
    return weighted ? { weight: 100, podAffinityTerm: t } : t;
  };
  return {
    [spread()]: when(
      v(c, 'affinity'),
      { affinity: toYaml(v(c, 'affinity')) },
      {
        [spread()]: when(`eq (toString ${v(c, 'podAntiAffinityPreset')}) "soft"`, {
          affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [term(true)] } },
        }),
        [spread() + 'h']: when(`eq (toString ${v(c, 'podAntiAffinityPreset')}) "hard"`, {
          affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term(false)] } },
        }),
      },
    ),
  };
}

/** Scheduling fields, all per component and never forced (runtimeClassName only when set). */
export function scheduling(c: Component): MapNode {
  return {
    priorityClassName: toYamlIfSetScalar(v(c, 'priorityClassName')),
    runtimeClassName: toYamlIfSetScalar(v(c, 'runtimeClassName')),
    nodeSelector: toYamlIfSet(v(c, 'nodeSelector')),
    tolerations: toYamlIfSet(v(c, 'tolerations')),
    ...affinity(c),
    // Every constraint gets the component's selector labels, so it counts exactly these pods.
    [spread()]: withValue(v(c, 'topologySpreadConstraints'), {
      topologySpreadConstraints: raw(
        '{{- range . }}',
        `- {{- toYaml (merge (deepCopy .) (dict "labelSelector" (dict "matchLabels" ${selVar(c)}))) | nindent +2 }}`,
        '{{- end }}',
      ),
    }),
  };
}

/** A scalar value emitted only when set: `{{- with X }}key: {{ . }}{{- end }}`. */
function toYamlIfSetScalar(e: string): Node {
  return withValue(e, expr('. | quote'));
}

export const extraEnv = (c: Component): Node => splice(v(c, 'extraEnv'));
export const extraVolumeMounts = (c: Component): Node => splice(v(c, 'extraVolumeMounts'));
export const extraVolumes = (c: Component): Node => splice(v(c, 'extraVolumes'));
