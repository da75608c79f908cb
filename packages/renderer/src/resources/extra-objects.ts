// extraObjects: user manifests (objects or strings) rendered through `tpl` so they can use release values.
export function extraObjectsTpl(): string {
  return [
    '{{- /* extraObjects: user manifests rendered through tpl. */ -}}',
    '{{- range .Values.extraObjects }}',
    '---',
    '{{- if typeIs "string" . }}',
    '{{ tpl . $ }}',
    '{{- else }}',
    '{{ tpl (toYaml .) $ }}',
    '{{- end }}',
    '{{- end }}',
    '',
  ].join('\n');
}
