{{- /* LLM API keys: the Secret that holds them and the controller env vars that read them. */ -}}

{{- /* Name of the chart-managed API-key Secret (created from values or synced by the ExternalSecret): apiKeys.secretName, else "<fullname>-api-keys".
       Usage: {{ include "llm-router.apiKeysSecretName" $ }} */}}
{{- define "llm-router.apiKeysSecretName" -}}
{{- .Values.apiKeys.secretName | default (include "llm-router.componentName" (dict "root" . "component" "api-keys")) }}
{{- end }}

{{- /* Controller env vars, one per distinct API key name, each read from its Secret (the config holds only ${NAME}); fails naming the value when a key has no source.
       Usage: {{ include "llm-router.apiKeyEnv" $ }} */}}
{{- define "llm-router.apiKeyEnv" -}}
{{- $v := .Values.apiKeys }}
{{- $default := $v.existingSecret }}
{{- if and (not $default) (or $v.externalSecret.enabled $v.create.enabled) }}{{ $default = include "llm-router.apiKeysSecretName" . }}{{ end }}
{{- $seen := dict }}
{{- range $i, $p := .Values.routerController.policies }}
{{- range $j, $l := $p.llms }}
{{- $ak := $l.apiKey | default dict }}
{{- $key := $ak.secretKey | default "NVIDIA_API_KEY" }}
{{- $secret := $ak.secretName | default $default }}
{{- if not $secret }}{{ fail (printf "routerController.policies[%d].llms[%d].apiKey: no API key source configured; set apiKeys.existingSecret, apiKeys.externalSecret.enabled or apiKeys.create.enabled" $i $j) }}{{ end }}
{{- $prev := get $seen $key }}
{{- if not $prev }}
{{- $_ := set $seen $key $secret }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
{{- else if ne $prev $secret }}
{{- fail (printf "routerController.policies[%d].llms[%d].apiKey.secretKey: %s is already read from Secret %s; use a different key name for Secret %s" $i $j $key $prev $secret) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
