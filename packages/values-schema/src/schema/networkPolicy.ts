// NetworkPolicies: default deny for the chart's pods plus the flows they need.
import { z } from 'zod';
import { block, bool, doc, LABEL_VALUE_PATTERN, port } from './primitives.js';

const CIDR = /^([0-9]{1,3}\.){3}[0-9]{1,3}\/([0-9]|[12][0-9]|3[0-2])$|^[0-9a-fA-F:]+\/[0-9]{1,3}$/;
/** Labels of namespaces (namespaceSelector.matchLabels); label keys are checked by a rule (src/rules/names.ts). */
const selector = (description: string, def: Record<string, string> | null = null, examples?: unknown[]) =>
  doc(
    z
      .record(
        z.string(),
        z
          .string()
          .regex(LABEL_VALUE_PATTERN, {
            error: 'must be a label value: at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
          })
          .max(63),
      )
      .nullable(),
    description,
    examples,
  ).default(def);

// An empty cidrs or ports list would render a rule without `to` or `ports`, which allows every
// destination or port: the opposite of what an empty list says. enabled: false says "none".
const EMPTY_EGRESS = (what: string) =>
  `needs at least one ${what} (an empty list would render a rule that allows every ${what === 'CIDR' ? 'destination' : 'port'}); set enabled: false to allow no egress outside the cluster`;
const egress = (who: string, why: string) =>
  block(`Egress of ${who} outside the cluster (${why}).`, {
    enabled: bool("Allow egress outside the cluster at all; false allows none (DNS and the release's own pods stay reachable).", true),
    allowAll: bool('Allow all egress (skips cidrs/ports).', false),
    cidrs: doc(
      z.array(z.string().regex(CIDR, { error: 'must be a CIDR such as 10.0.0.0/8' })).min(1, { error: EMPTY_EGRESS('CIDR') }),
      'Allowed destination networks.',
    ).default(['0.0.0.0/0']),
    exceptCidrs: doc(
      z.array(z.string().regex(CIDR, { error: 'must be a CIDR such as 169.254.0.0/16' })),
      'Networks excluded from cidrs (cloud metadata by default).',
    ).default(['169.254.0.0/16']),
    ports: doc(z.array(z.int().min(1).max(65535)).min(1, { error: EMPTY_EGRESS('port') }), 'Allowed TCP destination ports.').default([443]),
  });

export const OPENSHIFT_ROUTER_NAMESPACES = { 'network.openshift.io/policy-group': 'ingress' };

export const networkPolicySchema = block(
  'NetworkPolicies: deny by default, allow controller -> router-server, app -> controller, the selected namespaces, DNS and configured egress.',
  {
    enabled: bool('Render the NetworkPolicies.', true),
    ingressNamespaceSelector: selector(
      'Labels of the namespace(s) of the ingress controller, allowed to reach the controller and app; null allows only the release namespace (an enabled Ingress then needs it set).',
      null,
      [{ 'kubernetes.io/metadata.name': 'ingress-nginx' }],
    ),
    gatewayNamespaceSelector: selector(
      'Labels of namespaces running the Gateway API data plane, allowed to reach the controller and app; null allows the namespaces of gatewayApi.httpRoute.parentRefs when the HTTPRoute is enabled.',
      null,
      [{ 'kubernetes.io/metadata.name': 'envoy-gateway-system' }],
    ),
    openshiftRouterNamespaceSelector: selector(
      'Labels of the OpenShift router namespace, allowed to reach the controller and app when openshiftRoute.enabled; null uses network.openshift.io/policy-group: ingress (the label of openshift-ingress).',
      null,
      [OPENSHIFT_ROUTER_NAMESPACES],
    ),
    monitoringNamespaceSelector: selector('Labels of namespaces (Prometheus) allowed to scrape the metrics ports; null adds none.'),
    dnsNamespaceSelector: selector('Labels of the namespace running cluster DNS.', { 'kubernetes.io/metadata.name': 'kube-system' }),
    dnsPort: port('DNS port (UDP and TCP).', 53),
    controllerEgress: egress('the router-controller', 'the LLM APIs'),
    serverEgress: egress('the router-server', 'Hugging Face hub and object storage'),
  },
);
