{{- /* NetworkPolicy rules shared by several policies. */ -}}

{{- /* Egress rules to networks outside the cluster: everything (allowAll), or the CIDRs minus exceptions on the listed TCP ports.
       Usage: {{ include "llm-router.externalEgress" .Values.networkPolicy.serverEgress }} */}}
{{- define "llm-router.externalEgress" -}}
{{- if $.allowAll }}
- {}
{{- else }}
- to:
    {{- range $cidr := $.cidrs }}
    - ipBlock:
        cidr: {{ $cidr | quote }}
        {{- with $.exceptCidrs }}
        except:
          {{- toYaml . | nindent 10 }}
        {{- end }}
    {{- end }}
  ports:
    {{- range $port := $.ports }}
    - protocol: TCP
      port: {{ $port }}
    {{- end }}
{{- end }}
{{- end }}
