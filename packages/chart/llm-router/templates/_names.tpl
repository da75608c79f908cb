{{- /* Names: the release base name, object names, the namespace. */ -}}

{{- /* Release-scoped base name of every object: fullnameOverride, else "<release>-<name>" (the release alone when it contains the name).
       Usage: {{ include "llm-router.fullname" $ }} */}}
{{- define "llm-router.fullname" -}}
{{- $full := .Values.fullnameOverride }}
{{- if not $full }}{{ $name := default .Chart.Name .Values.nameOverride }}{{ $full = ternary .Release.Name (printf "%s-%s" .Release.Name $name) (contains $name .Release.Name) }}{{ end }}
{{- $full | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- /* Name of an object of the release: "<fullname>-<component>", the fullname cut so the whole fits 63 characters and the suffix survives.
       Usage: {{ include "llm-router.componentName" (dict "root" $ "component" "router-server") }} */}}
{{- define "llm-router.componentName" -}}
{{- $full := .root.Values.fullnameOverride }}
{{- if not $full }}{{ $name := default .root.Chart.Name .root.Values.nameOverride }}{{ $full = ternary .root.Release.Name (printf "%s-%s" .root.Release.Name $name) (contains $name .root.Release.Name) }}{{ end }}
{{- printf "%s-%s" ($full | trunc (int (sub 62 (len .component))) | trimSuffix "-") .component }}
{{- end }}

{{- /* Namespace of every namespaced object: namespaceOverride, else the release namespace.
       Usage: {{ include "llm-router.namespace" $ }} */}}
{{- define "llm-router.namespace" -}}
{{- .Values.namespaceOverride | default .Release.Namespace }}
{{- end }}
