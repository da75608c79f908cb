{{- /* Labels: stable selector labels and the full label set of every object. */ -}}

{{- /* Selector labels of a component (or of the whole release without "component"); never user-settable, so selectors stay stable.
       Usage: {{ include "llm-router.selectorLabels" (dict "root" $ "component" "router-server") }} */}}
{{- define "llm-router.selectorLabels" -}}
{{- $sel := dict }}
{{- $_ := set $sel "app.kubernetes.io/name" (default .root.Chart.Name .root.Values.nameOverride | trunc 63 | trimSuffix "-") }}
{{- $_ := set $sel "app.kubernetes.io/instance" .root.Release.Name }}
{{- with .component }}{{ $_ := set $sel "app.kubernetes.io/component" . }}{{ end }}
{{- $lines := list }}
{{- $words := list "y" "yes" "n" "no" "on" "off" "true" "false" "null" "~" }}
{{- range $k, $v := $sel }}{{ $lines = append $lines (printf "%s: %s" (ternary (quote $k) $k (has (lower $k) $words)) (quote $v)) }}{{ end }}
{{- join "\n" $lines }}
{{- end }}

{{- /* All labels of an object: selector labels win, then "extra" (podLabels), then commonLabels, then the standard Helm labels.
       Usage: {{ include "llm-router.labels" (dict "root" $ "component" "router-server" "extra" .Values.routerServer.podLabels) }} */}}
{{- define "llm-router.labels" -}}
{{- $labels := dict "helm.sh/chart" (printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_") "app.kubernetes.io/version" .root.Chart.AppVersion "app.kubernetes.io/managed-by" .root.Release.Service "app.kubernetes.io/part-of" .root.Chart.Name }}
{{- range $k, $v := .root.Values.commonLabels }}{{ $_ := set $labels $k $v }}{{ end }}
{{- range $k, $v := .extra }}{{ $_ := set $labels $k $v }}{{ end }}
{{- $_ := set $labels "app.kubernetes.io/name" (default .root.Chart.Name .root.Values.nameOverride | trunc 63 | trimSuffix "-") }}
{{- $_ := set $labels "app.kubernetes.io/instance" .root.Release.Name }}
{{- with .component }}{{ $_ := set $labels "app.kubernetes.io/component" . }}{{ end }}
{{- $lines := list }}
{{- $words := list "y" "yes" "n" "no" "on" "off" "true" "false" "null" "~" }}
{{- range $k, $v := $labels }}{{ $lines = append $lines (printf "%s: %s" (ternary (quote $k) $k (has (lower $k) $words)) (quote $v)) }}{{ end }}
{{- join "\n" $lines }}
{{- end }}
