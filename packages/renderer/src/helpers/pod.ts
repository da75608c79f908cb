// Pod and container pieces every component shares, as named templates (image, security context,
// probes, lifecycle, scheduling with the anti-affinity presets, service account, rollout strategy)
// and the builder calls that place them. Values are read per component so nothing leaks between them.
import {
  expr,
  inline,
  map,
  raw,
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
import { dict, include, type Define } from './define.js';
import { P, v, type Component } from './names.js';

/** Image reference of a values `image` map, quoted. */
export const imageExpr = (image: string): string => `${include('image', dict({ root: '$', image }))} | quote`;

/** The container fields every main container carries. */
export function containerBase(c: Component, name: string): PlainMap {
  return { name, image: expr(imageExpr(v(c, 'image'))), imagePullPolicy: expr(`${v(c, 'image.pullPolicy')}`) };
}

/** `securityContext:` from a values map, only when set, with null fields dropped. */
export const securityContext = (e: string): When => withValue(e, yaml(include('securityContext', '.')));

export const containerSecurity = (c: Component): PlainMap => ({ securityContext: securityContext(v(c, 'containerSecurityContext')) });

export const resources = (c: Component): PlainMap => ({ resources: toYamlIfSet(v(c, 'resources')) });

type ProbeKind = 'startupProbe' | 'readinessProbe' | 'livenessProbe';

/**
 * One probe, when enabled: an HTTP GET of `path` on the `http` port (a TCP connect when path is null)
 * plus timing fields from values, or the user's override.
 */
export const probe = (c: Component, kind: ProbeKind, path: string | null): MapPart =>
  // trim: the define's text follows a directive, so it starts with a line break.
  withValue(
    v(c, kind),
    when('.enabled', { [kind]: yaml(`${include('probe', dict({ probe: '.', ...(path ? { path: JSON.stringify(path) } : {}) }))} | trim`) }),
  );

export const probes = (c: Component, paths: { startup: string; readiness: string; liveness: string | null }): MapPart[] => [
  probe(c, 'startupProbe', paths.startup),
  probe(c, 'readinessProbe', paths.readiness),
  probe(c, 'livenessProbe', paths.liveness),
];

/**
 * Startup and readiness GET the health path; liveness only checks that the port accepts connections,
 * so a busy pod is taken out of its Service instead of being restarted (identical probes restart it).
 */
export const httpReadyTcpLive = (c: Component, path: string): MapPart[] => probes(c, { startup: path, readiness: path, liveness: null });

/** Mounts of a component configured by one file: the file from its ConfigMap (a subPath mount keeps the rest of the image directory visible), a writable /tmp, the user's extra mounts. */
export const configFileMounts = (c: Component, mountPath: Value, subPath: string): SeqPart[] => [
  { name: 'config', mountPath, subPath, readOnly: true },
  { name: 'tmp', mountPath: '/tmp' },
  extraVolumeMounts(c),
];

/** The volumes behind configFileMounts (the Deployment builder appends the user's extraVolumes). */
export const configFileVolumes = (c: Component, configMapNameExpr: string): SeqPart[] => [
  { name: 'config', configMap: { name: expr(configMapNameExpr) } },
  { name: 'tmp', emptyDir: { sizeLimit: expr(`${v(c, 'tmpSizeLimit')} | quote`) } },
];

/** `lifecycle:` when the user set one or a preStop sleep applies. */
export const lifecycle = (c: Component): When =>
  when(`or ${v(c, 'lifecycle')} (gt (int ${v(c, 'preStopSleepSeconds')}) 0)`, yaml(include('lifecycle', v(c))));

/** Scheduling fields of a pod (placed among the pod spec's pairs). */
export const scheduling = (c: Component): MapPart =>
  // trim: the define's first line follows a directive, so its text starts with a line break.
  inline(`${include('scheduling', dict({ root: '$', component: JSON.stringify(c.label), values: v(c) }))} | trim`);

/** Name of the component's ServiceAccount. */
export const serviceAccountName = (c: Component): string =>
  include('serviceAccountName', dict({ root: '$', component: JSON.stringify(c.label), serviceAccount: v(c, 'serviceAccount') }));

/** `strategy:` of a Deployment, from values; `whenNull` replaces a null rollingUpdate of a RollingUpdate strategy. */
export const strategy = (c: Component, whenNull?: { maxSurge: number; maxUnavailable: number }): When =>
  withValue(
    v(c, 'strategy'),
    yaml(
      include(
        'strategy',
        whenNull
          ? dict({
              strategy: '.',
              whenNull: dict({ maxSurge: String(whenNull.maxSurge), maxUnavailable: String(whenNull.maxUnavailable) }),
            })
          : dict({ strategy: '.' }),
      ),
    ),
  );

export const extraEnv = (c: Component): SeqPart => splice(v(c, 'extraEnv'));
export const extraVolumeMounts = (c: Component): SeqPart => splice(v(c, 'extraVolumeMounts'));
export const extraVolumes = (c: Component): SeqPart => splice(v(c, 'extraVolumes'));

/** `imagePullSecrets:` from global.imagePullSecrets, when set (plain Secret names or {name} maps). */
// trim: each item of the define's range starts with a line break.
export const imagePullSecrets = (): When =>
  withValue('$.Values.global.imagePullSecrets', yaml(`${include('imagePullSecrets', '.')} | trim`));

/** A values key whose YAML is spliced in verbatim when set. */
function splice(e: string): SeqPart {
  return withValue(e, inline('toYaml .'));
}

// ---- the named templates ----

/** Anti-affinity term on the component's own selector labels, so it spreads exactly these pods. */
const antiAffinityTerm = (weighted: boolean): PlainMap => {
  const term: PlainMap = {
    labelSelector: { matchLabels: yaml(include('selectorLabels', '.')) },
    topologyKey: 'kubernetes.io/hostname',
  };
  return weighted ? { weight: 100, podAffinityTerm: term } : term;
};

/**
 * A probe's timing fields, in the key order toYaml would print them. The schema closes the probe map,
 * so these are all of them; a fixed list instead of `toYaml (omit ...)` because the probes render for
 * every container of every render. `int`: Helm reads numbers as float64, which print as 1e+06.
 */
const timing = (key: string): PlainMap => ({ [key]: expr(`int .probe.${key}`) });
const probeTimings: MapPart[] = [
  timing('failureThreshold'),
  timing('initialDelaySeconds'),
  timing('periodSeconds'),
  when('hasKey .probe "successThreshold"', timing('successThreshold')),
  timing('timeoutSeconds'),
];

export const POD_DEFINES: Define[] = [
  {
    name: 'image',
    why: 'Image reference: registry (or global.imageRegistry) and repository joined with "/", a digest wins over the tag, the tag defaults to appVersion.',
    usage: '(dict "root" $ "image" .Values.routerServer.image)',
    body: [
      '{{- $registry := .image.registry | default .root.Values.global.imageRegistry }}',
      '{{- $repo := .image.repository }}',
      '{{- if $registry }}{{ $repo = printf "%s/%s" (trimSuffix "/" $registry) $repo }}{{ end }}',
      '{{- if .image.digest }}{{ printf "%s@%s" $repo .image.digest }}',
      '{{- else }}{{ printf "%s:%s" $repo (toString (.image.tag | default .root.Chart.AppVersion)) }}{{ end }}',
    ],
  },
  {
    name: 'securityContext',
    // A regexp over toYaml's output is far cheaper at render time than walking the map in the template.
    why: 'A pod or container security context from values with null fields dropped (null means "leave it to the platform", e.g. OpenShift).',
    usage: '.Values.routerServer.containerSecurityContext',
    body: ['{{- regexReplaceAll "(?m)^ *[A-Za-z]+: null(\\n|$)" (toYaml .) "" | trimSuffix "\\n" }}'],
  },
  {
    name: 'probe',
    why: 'A probe: the user\'s override verbatim, else an HTTP GET of "path" on the "http" port (a TCP connect without "path") with the timing fields from values.',
    usage: '(dict "probe" .Values.routerServer.startupProbe "path" "/v2/health/ready")',
    // No `merge` here: sprig's merge is reflection-heavy and runs for every probe of every render.
    body: map(
      when(
        '.probe.override',
        raw('{{- toYaml .probe.override }}'),
        when(
          '.path',
          map({ httpGet: { path: expr('.path'), port: 'http' } }, ...probeTimings),
          map({ tcpSocket: { port: 'http' } }, ...probeTimings),
        ),
      ),
    ),
  },
  {
    name: 'lifecycle',
    why: "Container lifecycle: the user's verbatim, else a preStop sleep so endpoints drain before SIGTERM.",
    usage: '.Values.routerServer',
    // The default written out rather than built as dicts for toYaml: it renders for every container.
    body: [
      '{{- if .lifecycle }}',
      '{{- toYaml .lifecycle }}',
      '{{- else -}}',
      'preStop:',
      '  sleep:',
      '    seconds: {{ int .preStopSleepSeconds }}',
      '{{- end }}',
    ],
  },
  {
    name: 'affinity',
    why: 'Pod affinity: the user\'s verbatim, else the soft/hard anti-affinity preset on the component\'s selector labels (nothing for "none").',
    usage: '(dict "root" $ "component" "router-server" "values" .Values.routerServer)',
    body: map(
      when(
        '.values.affinity',
        raw('{{- toYaml .values.affinity }}'),
        when(
          'eq (toString .values.podAntiAffinityPreset) "soft"',
          { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [antiAffinityTerm(true)] } },
          when('eq (toString .values.podAntiAffinityPreset) "hard"', {
            podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [antiAffinityTerm(false)] },
          }),
        ),
      ),
    ),
  },
  {
    name: 'scheduling',
    why: "Scheduling fields of a pod, all per component and never forced; every topology spread constraint gets the component's selector labels.",
    usage: '(dict "root" $ "component" "router-server" "values" .Values.routerServer)',
    body: [
      '{{- with .values.priorityClassName }}',
      'priorityClassName: {{ . | quote }}',
      '{{- end }}',
      '{{- with .values.runtimeClassName }}',
      'runtimeClassName: {{ . | quote }}',
      '{{- end }}',
      '{{- with .values.nodeSelector }}',
      'nodeSelector:',
      '  {{- toYaml . | nindent 2 }}',
      '{{- end }}',
      '{{- with .values.tolerations }}',
      'tolerations:',
      '  {{- toYaml . | nindent 2 }}',
      '{{- end }}',
      `{{- with include "${P}.affinity" . }}`,
      'affinity:',
      // trim: the preset starts after a directive, i.e. with a line break.
      '  {{- . | trim | nindent 2 }}',
      '{{- end }}',
      '{{- with .values.topologySpreadConstraints }}',
      `{{- $sel := include "${P}.selectorLabels" $ | fromYaml }}`,
      'topologySpreadConstraints:',
      '  {{- range . }}',
      '  - {{- toYaml (merge (deepCopy .) (dict "labelSelector" (dict "matchLabels" $sel))) | nindent 4 }}',
      '  {{- end }}',
      '{{- end }}',
    ],
  },
  {
    name: 'serviceAccountName',
    why: 'ServiceAccount of a component: its own (named after it unless serviceAccount.name is set); "default" only when create is false and no name is given.',
    usage: '(dict "root" $ "component" "router-server" "serviceAccount" .Values.routerServer.serviceAccount)',
    body: [
      '{{- if .serviceAccount.create }}',
      `{{- .serviceAccount.name | default (include "${P}.componentName" .) }}`,
      '{{- else }}',
      '{{- .serviceAccount.name | default "default" }}',
      '{{- end }}',
    ],
  },
  {
    name: 'imagePullSecrets',
    why: 'Pod imagePullSecrets from global.imagePullSecrets: each entry a plain Secret name or a {name} map.',
    usage: '.Values.global.imagePullSecrets',
    body: ['{{- range . }}', '- name: {{ if kindIs "string" . }}{{ . | quote }}{{ else }}{{ .name | quote }}{{ end }}', '{{- end }}'],
  },
  {
    name: 'strategy',
    why: 'Deployment strategy from values: Recreate never carries a rollingUpdate block; a null rollingUpdate is left out (Kubernetes defaults apply) or replaced by "whenNull".',
    usage: '(dict "strategy" .Values.routerServer.strategy "whenNull" (dict "maxSurge" 0 "maxUnavailable" 1))',
    body: [
      '{{- $s := .strategy }}',
      '{{- if and .whenNull (eq $s.type "RollingUpdate") (not $s.rollingUpdate) }}',
      '{{- toYaml (dict "type" "RollingUpdate" "rollingUpdate" .whenNull) }}',
      '{{- else }}',
      '{{- toYaml (ternary (omit $s "rollingUpdate") $s (or (eq $s.type "Recreate") (not $s.rollingUpdate))) }}',
      '{{- end }}',
    ],
  },
];
