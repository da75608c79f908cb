{{- /* Names: chart, release, objects, namespace. */ -}}

{{- /* Chart name, overridable with nameOverride, a valid DNS label.
       Usage: {{ include "llm-router.name" $ }} */}}
{{- define "llm-router.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- /* Release-scoped base name of every object: fullnameOverride, else "<release>-<name>" (the release alone when it contains the name).
       Usage: {{ include "llm-router.fullname" $ }} */}}
{{- define "llm-router.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- /* Name of an object of the release: "<fullname>-<component>", the fullname cut so the whole fits 63 characters and the suffix survives.
       Usage: {{ include "llm-router.componentName" (dict "root" $ "component" "router-server") }} */}}
{{- define "llm-router.componentName" -}}
{{- printf "%s-%s" (include "llm-router.fullname" .root | trunc (int (sub 62 (len .component))) | trimSuffix "-") .component }}
{{- end }}

{{- /* Namespace of every namespaced object: namespaceOverride, else the release namespace.
       Usage: {{ include "llm-router.namespace" $ }} */}}
{{- define "llm-router.namespace" -}}
{{- .Values.namespaceOverride | default .Release.Namespace }}
{{- end }}
