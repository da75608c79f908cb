{{- /* Model storage names shared by the Deployment, the PVCs and the snapshots. */ -}}

{{- /* PVC of the model repository: the user's existingClaim, else the chart's "<fullname>-router-server-models".
       Usage: {{ include "llm-router.modelsClaimName" $ }} */}}
{{- define "llm-router.modelsClaimName" -}}
{{- .Values.routerServer.modelRepository.storage.pvc.existingClaim | default (include "llm-router.componentName" (dict "root" . "component" "router-server-models")) }}
{{- end }}
