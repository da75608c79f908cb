// Gateway API HTTPRoute builder: the successor of ingress-nginx, with request/response header filters.
import { raw, toYamlIfSet, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { backendPort, backendService } from '../helpers/backends.js';

const r = '$.Values.gatewayApi.httpRoute';

/** A header filter block, only with the operations that are set. */
const modifier = (kind: 'requestHeaderModifier' | 'responseHeaderModifier', type: string): string[] => [
  `{{- with ${r}.${kind} }}`,
  '{{- if or .set .add .remove }}',
  `- type: ${type}`,
  `  ${kind}:`,
  '    {{- with .set }}',
  '    set:',
  '      {{- toYaml . | nindent +0 }}',
  '    {{- end }}',
  '    {{- with .add }}',
  '    add:',
  '      {{- toYaml . | nindent +0 }}',
  '    {{- end }}',
  '    {{- with .remove }}',
  '    remove:',
  '      {{- toYaml . | nindent +0 }}',
  '    {{- end }}',
  '{{- end }}',
  '{{- end }}',
];

export function httpRoute(): PlainMap {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: metadata({ owner: 'chart', suffix: 'route', extraLabelsExpr: `${r}.labels`, annotationsExpr: `${r}.annotations` }),
    spec: {
      parentRefs: raw(
        `{{- range $ref := ${r}.parentRefs }}`,
        '- name: {{ $ref.name | quote }}',
        '  {{- with $ref.namespace }}',
        '  namespace: {{ . | quote }}',
        '  {{- end }}',
        '  {{- with $ref.sectionName }}',
        '  sectionName: {{ . | quote }}',
        '  {{- end }}',
        '{{- end }}',
      ),
      hostnames: toYamlIfSet(`${r}.hostnames`),
      rules: raw(
        `{{- range $rule := ${r}.rules }}`,
        // List items get no values.yaml defaults from Helm: apply the schema's here.
        '{{- $path := $rule.path | default dict }}',
        '{{- $backend := $rule.backend | default "controller" }}',
        '- matches:',
        '    - path:',
        '        type: {{ $path.type | default "PathPrefix" }}',
        '        value: {{ $path.value | default "/" | quote }}',
        `  {{- $req := ${r}.requestHeaderModifier }}{{- $resp := ${r}.responseHeaderModifier }}`,
        '  {{- if or $req.set $req.add $req.remove $resp.set $resp.add $resp.remove }}',
        '  filters:',
        ...modifier('requestHeaderModifier', 'RequestHeaderModifier').map((l) => '    ' + l),
        ...modifier('responseHeaderModifier', 'ResponseHeaderModifier').map((l) => '    ' + l),
        '  {{- end }}',
        '  backendRefs:',
        `    - name: {{ ${backendService('$backend')} }}`,
        `      port: {{ ${backendPort('$backend')} }}`,
        '{{- end }}',
      ),
    },
  };
}
