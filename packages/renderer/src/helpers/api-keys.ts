// The LLM API keys: which Secret holds them and the controller env vars that read them, as named
// templates shared by the Secret, the ExternalSecret and the controller Deployment.
import type { Define } from './define.js';
import { P } from './names.js';

/** Name of the chart-managed key Secret (created from values, or the ExternalSecret's target). */
export const apiKeysSecretName = `include "${P}.apiKeysSecretName" $`;
/** The controller's env list items, one per distinct key name. */
export const apiKeyEnv = `include "${P}.apiKeyEnv" $`;

export const API_KEY_DEFINES: Define[] = [
  {
    name: 'apiKeysSecretName',
    why: 'Name of the chart-managed API-key Secret (created from values or synced by the ExternalSecret): apiKeys.secretName, else "<fullname>-api-keys".',
    usage: '$',
    body: ['{{- .Values.apiKeys.secretName | default (include "llm-router.componentName" (dict "root" . "component" "api-keys")) }}'],
  },
  {
    name: 'apiKeyEnv',
    why: 'Controller env vars, one per distinct API key name, each read from its Secret (the config holds only ${NAME}); fails naming the value when a key has no source.',
    usage: '$',
    body: [
      '{{- $v := .Values.apiKeys }}',
      // The release-wide source, resolved once: existing Secret, else the chart-managed one.
      '{{- $default := $v.existingSecret }}',
      `{{- if and (not $default) (or $v.externalSecret.enabled $v.create.enabled) }}{{ $default = include "${P}.apiKeysSecretName" . }}{{ end }}`,
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
  },
];
