{{- /* Backends of the Ingress, HTTPRoute and Route: the controller API or the app, never Triton. */ -}}

{{- /* Service a route sends a backend to: the app for "app", else the router-controller.
       Usage: {{ include "llm-router.backendService" (dict "root" $ "backend" "controller") }} */}}
{{- define "llm-router.backendService" -}}
{{- if eq .backend "app" }}
{{- include "llm-router.componentName" (dict "root" .root "component" "app") }}
{{- else }}
{{- include "llm-router.componentName" (dict "root" .root "component" "router-controller") }}
{{- end }}
{{- end }}

{{- /* Service port of a backend: the app's for "app", else the router-controller's.
       Usage: {{ include "llm-router.backendPort" (dict "root" $ "backend" "controller") }} */}}
{{- define "llm-router.backendPort" -}}
{{- ternary .root.Values.app.service.port .root.Values.routerController.service.port (eq .backend "app") }}
{{- end }}
