// Rules of what exposes the controller or the app: Ingress, Gateway API HTTPRoute, OpenShift Route.
import type { Values } from '../schema/root.js';
import { V } from './paths.js';
import type { Rule } from './rule.js';

const isWildcard = (h: string) => h.startsWith('*');
/** The hosts of the Ingress while it is enabled. */
const ingressHosts = (v: Values): string[] => (v.ingress.enabled ? v.ingress.hosts.map((h) => h.host) : []);
/** `$ingressHosts` for the rules after it (validate.yaml's top level). */
const GO_INGRESS_HOSTS = [
  '{{- $ingressHosts := list }}',
  `{{- if ${V('ingress.enabled')} }}{{ range ${V('ingress.hosts')} }}{{ $ingressHosts = append $ingressHosts .host }}{{ end }}{{ end }}`,
];

export const exposureRules: Rule[] = [
  {
    id: 'ingress-needs-host',
    values: ['ingress.enabled', 'ingress.hosts'],
    doc: 'An enabled Ingress needs at least one host.',
    message: 'needs at least one host when the Ingress is enabled',
    check(v, hit) {
      if (v.ingress.enabled && v.ingress.hosts.length === 0) hit(['ingress', 'hosts']);
    },
    go: (fail) => [fail({ when: `and ${V('ingress.enabled')} (not ${V('ingress.hosts')})`, path: 'ingress.hosts' })],
  },
  {
    id: 'cert-manager-one-issuer',
    values: ['ingress.certManager'],
    doc: '`ingress.certManager.enabled` needs exactly one of `clusterIssuer` or `issuer`.',
    message: 'set exactly one of clusterIssuer or issuer when certManager.enabled is true',
    check(v, hit) {
      const c = v.ingress.certManager;
      if (c.enabled && (c.clusterIssuer === null) === (c.issuer === null)) hit(['ingress', 'certManager']);
    },
    go: (fail) => [
      fail({
        when: `and ${V('ingress.certManager.enabled')} (eq (not ${V('ingress.certManager.clusterIssuer')}) (not ${V('ingress.certManager.issuer')}))`,
        path: 'ingress.certManager',
      }),
    ],
  },
  {
    id: 'http-route-needs-gateway',
    values: ['gatewayApi.httpRoute.enabled', 'gatewayApi.httpRoute.parentRefs'],
    doc: 'An enabled HTTPRoute needs at least one Gateway in `parentRefs`.',
    message: 'needs at least one Gateway when httpRoute.enabled is true',
    check(v, hit) {
      if (v.gatewayApi.httpRoute.enabled && v.gatewayApi.httpRoute.parentRefs.length === 0) hit(['gatewayApi', 'httpRoute', 'parentRefs']);
    },
    go: (fail) => [
      fail({
        when: `and ${V('gatewayApi.httpRoute.enabled')} (not ${V('gatewayApi.httpRoute.parentRefs')})`,
        path: 'gatewayApi.httpRoute.parentRefs',
      }),
    ],
  },
  {
    id: 'ingress-app-backend',
    values: ['ingress.hosts[].paths[].backend', 'app.enabled'],
    doc: 'An Ingress path with backend `app` needs `app.enabled`.',
    message: 'is "app" but app.enabled is false',
    check(v, hit) {
      if (v.app.enabled || !v.ingress.enabled) return;
      v.ingress.hosts.forEach((h, i) =>
        h.paths.forEach((p, j) => p.backend === 'app' && hit(['ingress', 'hosts', i, 'paths', j, 'backend'])),
      );
    },
    go: (fail) => [
      `{{- if and (not ${V('app.enabled')}) ${V('ingress.enabled')} }}{{ range $i, $h := ${V('ingress.hosts')} }}{{ range $j, $p := $h.paths }}`,
      fail({ when: 'eq ($p.backend | default "controller") "app"', path: 'ingress.hosts[%d].paths[%d].backend', pathArgs: ['$i', '$j'] }),
      '{{- end }}{{ end }}{{ end }}',
    ],
  },
  {
    id: 'http-route-app-backend',
    values: ['gatewayApi.httpRoute.rules[].backend', 'app.enabled'],
    doc: 'An HTTPRoute rule with backend `app` needs `app.enabled`.',
    message: 'is "app" but app.enabled is false',
    check(v, hit) {
      const r = v.gatewayApi.httpRoute;
      if (v.app.enabled || !r.enabled) return;
      r.rules.forEach((rule, i) => rule.backend === 'app' && hit(['gatewayApi', 'httpRoute', 'rules', i, 'backend']));
    },
    go: (fail) => [
      `{{- if and (not ${V('app.enabled')}) ${V('gatewayApi.httpRoute.enabled')} }}{{ range $i, $r := ${V('gatewayApi.httpRoute.rules')} }}`,
      fail({ when: 'eq ($r.backend | default "controller") "app"', path: 'gatewayApi.httpRoute.rules[%d].backend', pathArgs: ['$i'] }),
      '{{- end }}{{ end }}',
    ],
  },
  {
    id: 'route-app-backend',
    values: ['openshiftRoute.backend', 'app.enabled'],
    doc: 'An OpenShift Route with backend `app` needs `app.enabled`.',
    message: 'is "app" but app.enabled is false',
    check(v, hit) {
      if (!v.app.enabled && v.openshiftRoute.enabled && v.openshiftRoute.backend === 'app') hit(['openshiftRoute', 'backend']);
    },
    go: (fail) => [
      fail({
        when: `and (not ${V('app.enabled')}) ${V('openshiftRoute.enabled')} (eq ${V('openshiftRoute.backend')} "app")`,
        path: 'openshiftRoute.backend',
      }),
    ],
  },
  {
    id: 'cert-manager-needs-tls',
    values: ['ingress.certManager.enabled', 'ingress.tls'],
    doc: '`ingress.certManager.enabled` needs an `ingress.tls` entry with hosts (cert-manager issues certificates for the hosts listed there).',
    message:
      'needs at least one entry when certManager.enabled is true: cert-manager issues certificates only for the hosts in ingress.tls',
    check(v, hit) {
      if (v.ingress.enabled && v.ingress.certManager.enabled && v.ingress.tls.length === 0) hit(['ingress', 'tls']);
    },
    go: (fail) => [
      fail({ when: `and ${V('ingress.enabled')} ${V('ingress.certManager.enabled')} (not ${V('ingress.tls')})`, path: 'ingress.tls' }),
    ],
  },
  {
    id: 'ingress-namespace-allowed',
    values: ['ingress.enabled', 'networkPolicy.enabled', 'networkPolicy.ingressNamespaceSelector'],
    doc: 'An enabled Ingress with the NetworkPolicies on needs `networkPolicy.ingressNamespaceSelector` (the ingress controller runs in its own namespace; without it the policy drops its traffic).',
    message:
      "must name the ingress controller's namespace when ingress.enabled and networkPolicy.enabled, e.g. {kubernetes.io/metadata.name: ingress-nginx}; otherwise the NetworkPolicy drops the controller's traffic",
    check(v, hit) {
      if (v.ingress.enabled && v.networkPolicy.enabled && v.networkPolicy.ingressNamespaceSelector === null)
        hit(['networkPolicy', 'ingressNamespaceSelector']);
    },
    go: (fail) => [
      fail({
        when: `and ${V('ingress.enabled')} ${V('networkPolicy.enabled')} (kindIs "invalid" ${V('networkPolicy.ingressNamespaceSelector')})`,
        path: 'networkPolicy.ingressNamespaceSelector',
      }),
    ],
  },
  {
    id: 'httproute-host-not-on-ingress',
    values: ['ingress.hosts', 'gatewayApi.httpRoute.hostnames'],
    doc: 'A host is exposed once: an enabled HTTPRoute does not list a host of the enabled Ingress (two controllers would claim it, with different TLS and rules).',
    message:
      'is already served by the Ingress (ingress.hosts): two controllers would claim the same host; expose each host through one of Ingress, HTTPRoute or Route',
    check(v, hit) {
      const ingress = ingressHosts(v);
      if (v.gatewayApi.httpRoute.enabled)
        v.gatewayApi.httpRoute.hostnames.forEach((h, i) => ingress.includes(h) && hit(['gatewayApi', 'httpRoute', 'hostnames', i]));
    },
    go: (fail) => [
      ...GO_INGRESS_HOSTS,
      `{{- if ${V('gatewayApi.httpRoute.enabled')} }}{{ range $i, $h := ${V('gatewayApi.httpRoute.hostnames')} }}`,
      fail({ when: 'has $h $ingressHosts', path: 'gatewayApi.httpRoute.hostnames[%d]', pathArgs: ['$i'] }),
      '{{- end }}{{ end }}',
    ],
  },
  {
    id: 'route-host-not-elsewhere',
    values: ['openshiftRoute.host', 'ingress.hosts', 'gatewayApi.httpRoute.hostnames'],
    doc: 'An enabled OpenShift Route does not use a host of the enabled Ingress or HTTPRoute.',
    message:
      'is already served by the Ingress or the HTTPRoute: two routers would claim the same host; expose each host through one of Ingress, HTTPRoute or Route',
    check(v, hit) {
      const host = v.openshiftRoute.host;
      const route = v.gatewayApi.httpRoute;
      if (
        v.openshiftRoute.enabled &&
        host !== null &&
        (ingressHosts(v).includes(host) || (route.enabled && route.hostnames.includes(host)))
      )
        hit(['openshiftRoute', 'host']);
    },
    go: (fail) => [
      fail({
        when: `and ${V('openshiftRoute.enabled')} ${V('openshiftRoute.host')} (or (has ${V('openshiftRoute.host')} $ingressHosts) (and ${V('gatewayApi.httpRoute.enabled')} (has ${V('openshiftRoute.host')} ${V('gatewayApi.httpRoute.hostnames')})))`,
        path: 'openshiftRoute.host',
      }),
    ],
  },
  {
    id: 'tls-hosts-on-ingress',
    values: ['ingress.tls', 'ingress.hosts'],
    doc: 'Every host of an `ingress.tls` entry is one of `ingress.hosts` (a certificate for a host the Ingress does not serve protects nothing, and cert-manager would request it anyway); wildcards are left alone.',
    message:
      'is not one of ingress.hosts: the certificate would cover a host this Ingress does not serve; list the host under ingress.hosts or remove it here',
    check(v, hit) {
      const hosts = ingressHosts(v);
      if (!v.ingress.enabled || hosts.some(isWildcard)) return;
      v.ingress.tls.forEach((t, i) =>
        t.hosts.forEach((h, j) => !isWildcard(h) && !hosts.includes(h) && hit(['ingress', 'tls', i, 'hosts', j])),
      );
    },
    go: (fail) => [
      `{{- if and ${V('ingress.enabled')} (not (regexMatch "(^| )\\\\*" (join " " $ingressHosts))) }}{{ range $i, $t := ${V('ingress.tls')} }}{{ range $j, $h := $t.hosts }}`,
      fail({
        when: '(and (not (hasPrefix "*" $h)) (not (has $h $ingressHosts)))',
        path: 'ingress.tls[%d].hosts[%d]',
        pathArgs: ['$i', '$j'],
      }),
      '{{- end }}{{ end }}{{ end }}',
    ],
  },
];
