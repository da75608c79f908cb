// How traffic reaches the controller (or the demo app): Ingress, Gateway API HTTPRoute, OpenShift Route.
import { z } from 'zod';
import { block, bool, doc, int, k8sName, labelMap, nullableName, nullableNamespace, stringMap } from './primitives.js';

const BACKENDS = ['controller', 'app'] as const;
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const host = () => z.string().regex(HOST_PATTERN, { error: 'must be a DNS host name (lowercase), optionally starting with "*."' });
const backend = () => doc(z.enum(BACKENDS), 'Which Service receives the traffic: controller (API) or app (demo UI).').default('controller');

export const ingressSchema = doc(
  z.strictObject({
    enabled: bool('Render an Ingress.', false),
    className: nullableName('IngressClass name; null uses the cluster default.', ['nginx', 'traefik']),
    annotations: stringMap('Ingress annotations.'),
    hosts: doc(
      z.array(
        z.strictObject({
          host: doc(host(), 'Host name.'),
          paths: doc(
            z
              .array(
                z.strictObject({
                  path: doc(z.string().regex(/^\//, { error: 'must start with "/"' }), 'URL path.').default('/'),
                  pathType: doc(z.enum(['Prefix', 'Exact', 'ImplementationSpecific']), 'Path match type.').default('Prefix'),
                  backend: backend(),
                }),
              )
              .min(1),
            'Paths of this host.',
          ).default(() => [{ path: '/', pathType: 'Prefix' as const, backend: 'controller' as const }]),
        }),
      ),
      'Hosts and their paths.',
    ).default(() => [{ host: 'llm-router.local', paths: [{ path: '/', pathType: 'Prefix' as const, backend: 'controller' as const }] }]),
    tls: doc(
      z.array(
        z.strictObject({
          secretName: doc(k8sName(), 'TLS Secret (created by cert-manager when certManager.enabled).'),
          hosts: doc(z.array(host()).min(1), 'Hosts covered.'),
        }),
      ),
      'TLS settings.',
      [[{ secretName: 'llm-router-tls', hosts: ['llm-router.example.com'] }]],
    ).default([]),
    certManager: block('cert-manager annotations for the TLS certificate.', {
      enabled: bool('Add the cert-manager issuer annotation.', false),
      clusterIssuer: nullableName('ClusterIssuer name (exclusive with issuer).', ['letsencrypt-prod']),
      issuer: nullableName('Namespaced Issuer name (exclusive with clusterIssuer).'),
    }),
    rateLimit: block('Rate-limit annotations (ingress-nginx style; other controllers need their own annotations).', {
      enabled: bool('Add rate-limit annotations.', false),
      rps: int('Requests per second per client IP.', 10, 1),
      burst: int('Burst size (multiplier of rps for ingress-nginx).', 5, 1),
    }),
    securityHeaders: block('Security response headers (HSTS, nosniff, frame deny) via annotations.', {
      enabled: bool('Add security-header annotations.', true),
    }),
  }),
  'Ingress for the router-controller API (and optionally the app).',
).prefault({});

const header = z.strictObject({ name: doc(z.string().min(1), 'Header name.'), value: doc(z.string(), 'Header value.') });
const headerModifier = (what: string) =>
  block(`${what} header filter (HTTPRoute RequestHeaderModifier/ResponseHeaderModifier).`, {
    set: doc(z.array(header), 'Headers to set (overwrite).').default([]),
    add: doc(z.array(header), 'Headers to add.').default([]),
    remove: doc(z.array(z.string().min(1)), 'Header names to remove.').default([]),
  });

export const gatewayApiSchema = block('Gateway API (successor of ingress-nginx).', {
  httpRoute: doc(
    z.strictObject({
      enabled: bool('Render an HTTPRoute.', false),
      parentRefs: doc(
        z.array(
          z.strictObject({
            name: doc(k8sName(), 'Gateway name.'),
            namespace: nullableNamespace('Gateway namespace; null means the release namespace.'),
            sectionName: doc(z.string().min(1).nullable(), 'Listener name on the Gateway.').default(null),
          }),
        ),
        'Gateways this route attaches to (required when enabled).',
        [[{ name: 'public-gateway', namespace: 'gateway-system' }]],
      ).default([]),
      hostnames: doc(z.array(host()), 'Host names the route answers.').default([]),
      annotations: stringMap('HTTPRoute annotations.'),
      labels: labelMap('HTTPRoute labels.'),
      requestHeaderModifier: headerModifier('Request'),
      responseHeaderModifier: headerModifier('Response'),
      rules: doc(
        z
          .array(
            z.strictObject({
              path: block('Path match.', {
                type: doc(z.enum(['PathPrefix', 'Exact', 'RegularExpression']), 'Match type.').default('PathPrefix'),
                value: doc(z.string().regex(/^\//, { error: 'must start with "/"' }), 'Path.').default('/'),
              }),
              backend: backend(),
            }),
          )
          .min(1),
        'Routing rules.',
      ).default(() => [{ path: { type: 'PathPrefix' as const, value: '/' }, backend: 'controller' as const }]),
    }),
    'HTTPRoute.',
  ).prefault({}),
});

export const openshiftRouteSchema = block('OpenShift Route.', {
  enabled: bool('Render a route.openshift.io Route.', false),
  host: doc(host().nullable(), 'Route host; null lets the router generate one.').default(null),
  path: doc(z.string().regex(/^\//, { error: 'must start with "/"' }), 'Path prefix.').default('/'),
  backend: backend(),
  tls: block('Route TLS.', {
    enabled: bool('Terminate TLS at the router.', true),
    termination: doc(z.enum(['edge', 'reencrypt', 'passthrough']), 'TLS termination.').default('edge'),
    insecureEdgeTerminationPolicy: doc(z.enum(['Redirect', 'Allow', 'None']), 'What happens to plain HTTP.').default('Redirect'),
  }),
  annotations: stringMap('Route annotations.'),
});
