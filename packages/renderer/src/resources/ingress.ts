// Ingress builder: TLS, optional cert-manager/rate-limit/security-header annotations; paths go to the
// controller API port or the app, never to Triton (and never to its metrics port).
import { expr, map, raw, toYamlIfSet, when, withValue, type MapPart, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { backendPort, backendService } from '../helpers/backends.js';
import { NAMESPACE, nameOf } from '../helpers/names.js';

const i = '$.Values.ingress';

/** Annotations the chart offers (ingress-nginx names); user annotations come last. */
const offered: MapPart[] = [
  when(
    `${i}.certManager.enabled`,
    map(
      withValue(`${i}.certManager.clusterIssuer`, { 'cert-manager.io/cluster-issuer': expr('. | quote') }),
      withValue(`${i}.certManager.issuer`, { 'cert-manager.io/issuer': expr('. | quote') }),
    ),
  ),
  when(`${i}.rateLimit.enabled`, {
    'nginx.ingress.kubernetes.io/limit-rps': expr(`${i}.rateLimit.rps | toString | quote`),
    'nginx.ingress.kubernetes.io/limit-burst-multiplier': expr(`${i}.rateLimit.burst | toString | quote`),
  }),
  // ingress-nginx sets these response headers (more_set_headers) from the chart's ConfigMap;
  // the controller must list them in global-allowed-response-headers.
  when(`${i}.securityHeaders.enabled`, {
    'nginx.ingress.kubernetes.io/custom-headers': expr(`printf "%s/%s" (${NAMESPACE}) (${nameOf('security-headers')}) | quote`),
  }),
];

export function ingress(): PlainMap {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: metadata({ owner: 'chart', suffix: 'ingress', annotations: offered, annotationsExpr: `${i}.annotations` }),
    spec: map(withValue(`${i}.className`, { ingressClassName: expr('. | quote') }), {
      tls: toYamlIfSet(`${i}.tls`),
      rules: raw(
        `{{- range $h := ${i}.hosts }}`,
        '- host: {{ $h.host | quote }}',
        '  http:',
        '    paths:',
        // List items get no values.yaml defaults from Helm: apply the schema's here.
        '      {{- range $p := $h.paths | default (list dict) }}',
        '      {{- $backend := $p.backend | default "controller" }}',
        '      - path: {{ $p.path | default "/" | quote }}',
        '        pathType: {{ $p.pathType | default "Prefix" }}',
        '        backend:',
        '          service:',
        `            name: {{ ${backendService('$backend')} }}`,
        '            port:',
        `              number: {{ ${backendPort('$backend')} }}`,
        '      {{- end }}',
        '{{- end }}',
      ),
    }),
  };
}

/** Security response headers for the Ingress (referenced by the custom-headers annotation). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export function securityHeadersConfigMap(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: metadata({ owner: 'chart', suffix: 'security-headers' }),
    data: { ...SECURITY_HEADERS },
  };
}
