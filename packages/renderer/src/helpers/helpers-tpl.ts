// The named templates of _helpers.tpl: the few pieces every object needs (names, labels, image
// references, API-key env). Kept small because every `include` costs render time.
import { P } from './names.js';

const define = (name: string, why: string, body: string[]): string =>
  [`{{- /* ${why} */}}`, `{{- define "${P}.${name}" -}}`, ...body, '{{- end }}'].join('\n');

export function helpersTpl(): string {
  const parts = [
    define('name', 'Chart name, overridable, a valid DNS label.', [
      '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
    ]),
    define('fullname', 'Release-scoped base name; components append their suffix (see nameOf in the renderer).', [
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
    ]),
    define('namespace', 'Namespace of every object.', ['{{- .Values.namespaceOverride | default .Release.Namespace }}']),
    define(
      'labels',
      'Object labels (args: root, selector dict, extra): selector labels win, then extra (podLabels), then commonLabels.',
      [
        '{{- $std := dict "helm.sh/chart" (printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_") "app.kubernetes.io/version" .root.Chart.AppVersion "app.kubernetes.io/managed-by" .root.Release.Service "app.kubernetes.io/part-of" .root.Chart.Name }}',
        '{{- toYaml (merge (dict) .selector (.extra | default dict) (.root.Values.commonLabels | default dict) $std) }}',
      ],
    ),
    define(
      'image',
      'Image reference (args: root, image): registry and repository joined with "/", global.imageRegistry when the image has none, tag defaults to appVersion, a digest wins over the tag.',
      [
        '{{- $registry := .image.registry | default .root.Values.global.imageRegistry }}',
        '{{- $repo := .image.repository }}',
        '{{- if $registry }}{{ $repo = printf "%s/%s" (trimSuffix "/" $registry) $repo }}{{ end }}',
        '{{- if .image.digest }}{{ printf "%s@%s" $repo .image.digest }}',
        '{{- else }}{{ printf "%s:%s" $repo (toString (.image.tag | default .root.Chart.AppVersion)) }}{{ end }}',
      ],
    ),
    define(
      'apiKeyEnv',
      'Controller env vars, one per distinct API key name, each read from its Secret (the config holds only ${NAME}); fails naming the value when a key has no source.',
      [
        '{{- $v := .Values.apiKeys }}',
        // The release-wide source, resolved once: existing Secret, else the chart-managed one.
        '{{- $default := $v.existingSecret }}',
        '{{- if and (not $default) (or $v.externalSecret.enabled $v.create.enabled) }}{{ $default = $v.secretName | default (printf "%s-api-keys" (include "llm-router.fullname" . | trunc 54 | trimSuffix "-")) }}{{ end }}',
        '{{- $seen := dict }}',
        '{{- range $i, $p := .Values.routerController.policies }}',
        '{{- range $j, $l := $p.llms }}',
        // Helm applies values.yaml defaults to maps, not to list items: default them here.
        '{{- $ak := $l.apiKey | default dict }}',
        '{{- $key := $ak.secretKey | default "NVIDIA_API_KEY" }}',
        '{{- $secret := $ak.secretName | default $default }}',
        '{{- if not $secret }}{{ fail (printf "routerController.policies[%d].llms[%d].apiKey: no API key source configured; set apiKeys.existingSecret, apiKeys.externalSecret.enabled or apiKeys.create.enabled" $i $j) }}{{ end }}',
        '{{- $prev := get $seen $key }}',
        '{{- if not $prev }}',
        '{{- $_ := set $seen $key $secret }}',
        '- name: {{ $key }}',
        '  valueFrom:',
        '    secretKeyRef:',
        '      name: {{ $secret }}',
        '      key: {{ $key }}',
        '{{- else if ne $prev $secret }}',
        '{{- fail (printf "routerController.policies[%d].llms[%d].apiKey.secretKey: %s is already read from Secret %s; use a different key name for Secret %s" $i $j $key $prev $secret) }}',
        '{{- end }}',
        '{{- end }}',
        '{{- end }}',
      ],
    ),
  ];
  return parts.join('\n\n') + '\n';
}
