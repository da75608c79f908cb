{{- /* Pods: image, security contexts, probes, lifecycle, scheduling and anti-affinity presets, service account, rollout strategy. */ -}}

{{- /* Image reference: registry (or global.imageRegistry) and repository joined with "/", a digest wins over the tag, the tag defaults to appVersion.
       Usage: {{ include "llm-router.image" (dict "root" $ "image" .Values.routerServer.image) }} */}}
{{- define "llm-router.image" -}}
{{- $registry := .image.registry | default .root.Values.global.imageRegistry }}
{{- $repo := .image.repository }}
{{- if $registry }}{{ $repo = printf "%s/%s" (trimSuffix "/" $registry) $repo }}{{ end }}
{{- if .image.digest }}{{ printf "%s@%s" $repo .image.digest }}
{{- else }}{{ printf "%s:%s" $repo (toString (.image.tag | default .root.Chart.AppVersion)) }}{{ end }}
{{- end }}

{{- /* A pod or container security context from values with null fields dropped (null means "leave it to the platform", e.g. OpenShift).
       Usage: {{ include "llm-router.securityContext" .Values.routerServer.containerSecurityContext }} */}}
{{- define "llm-router.securityContext" -}}
{{- regexReplaceAll "(?m)^ *[A-Za-z]+: null(\n|$)" (toYaml .) "" | trimSuffix "\n" }}
{{- end }}

{{- /* A probe: the user's override verbatim, else an HTTP GET of "path" on the "http" port with the timing fields from values.
       Usage: {{ include "llm-router.probe" (dict "probe" .Values.routerServer.startupProbe "path" "/v2/health/ready") }} */}}
{{- define "llm-router.probe" -}}
{{- if .probe.override }}
{{- toYaml .probe.override }}
{{- else }}
httpGet:
  path: {{ .path }}
  port: http
{{- with omit .probe "enabled" "override" }}
{{- toYaml . | nindent 0 }}
{{- end }}
{{- end }}
{{- end }}

{{- /* Container lifecycle: the user's verbatim, else a preStop sleep so endpoints drain before SIGTERM.
       Usage: {{ include "llm-router.lifecycle" .Values.routerServer }} */}}
{{- define "llm-router.lifecycle" -}}
{{- toYaml (.lifecycle | default (dict "preStop" (dict "sleep" (dict "seconds" .preStopSleepSeconds)))) }}
{{- end }}

{{- /* Pod affinity: the user's verbatim, else the soft/hard anti-affinity preset on the component's selector labels (nothing for "none").
       Usage: {{ include "llm-router.affinity" (dict "root" $ "component" "router-server" "values" .Values.routerServer) }} */}}
{{- define "llm-router.affinity" -}}
{{- if .values.affinity }}
{{- toYaml .values.affinity }}
{{- else if eq (toString .values.podAntiAffinityPreset) "soft" }}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        labelSelector:
          matchLabels:
            {{- include "llm-router.selectorLabels" . | nindent 12 }}
        topologyKey: kubernetes.io/hostname
{{- else if eq (toString .values.podAntiAffinityPreset) "hard" }}
podAntiAffinity:
  requiredDuringSchedulingIgnoredDuringExecution:
    - labelSelector:
        matchLabels:
          {{- include "llm-router.selectorLabels" . | nindent 10 }}
      topologyKey: kubernetes.io/hostname
{{- end }}
{{- end }}

{{- /* Scheduling fields of a pod, all per component and never forced; every topology spread constraint gets the component's selector labels.
       Usage: {{ include "llm-router.scheduling" (dict "root" $ "component" "router-server" "values" .Values.routerServer) }} */}}
{{- define "llm-router.scheduling" -}}
{{- with .values.priorityClassName }}
priorityClassName: {{ . | quote }}
{{- end }}
{{- with .values.runtimeClassName }}
runtimeClassName: {{ . | quote }}
{{- end }}
{{- with .values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with include "llm-router.affinity" . }}
affinity:
  {{- . | trim | nindent 2 }}
{{- end }}
{{- with .values.topologySpreadConstraints }}
{{- $sel := include "llm-router.selectorLabels" $ | fromYaml }}
topologySpreadConstraints:
  {{- range . }}
  - {{- toYaml (merge (deepCopy .) (dict "labelSelector" (dict "matchLabels" $sel))) | nindent 4 }}
  {{- end }}
{{- end }}
{{- end }}

{{- /* ServiceAccount of a component: its own (named after it unless serviceAccount.name is set); "default" only when create is false and no name is given.
       Usage: {{ include "llm-router.serviceAccountName" (dict "root" $ "component" "router-server" "serviceAccount" .Values.routerServer.serviceAccount) }} */}}
{{- define "llm-router.serviceAccountName" -}}
{{- if .serviceAccount.create }}
{{- .serviceAccount.name | default (include "llm-router.componentName" .) }}
{{- else }}
{{- .serviceAccount.name | default "default" }}
{{- end }}
{{- end }}

{{- /* Deployment strategy from values: Recreate never carries a rollingUpdate block, and a null rollingUpdate is left out (Kubernetes defaults apply).
       Usage: {{ include "llm-router.strategy" .Values.routerServer.strategy }} */}}
{{- define "llm-router.strategy" -}}
{{- toYaml (ternary (omit . "rollingUpdate") . (or (eq .type "Recreate") (not .rollingUpdate))) }}
{{- end }}
