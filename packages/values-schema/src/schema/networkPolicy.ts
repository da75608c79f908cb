// NetworkPolicies: default deny for the chart's pods plus the flows they need.
import { z } from 'zod';
import { block, bool, doc, port } from './primitives.js';

const CIDR = /^([0-9]{1,3}\.){3}[0-9]{1,3}\/([0-9]|[12][0-9]|3[0-2])$|^[0-9a-fA-F:]+\/[0-9]{1,3}$/;
const selector = (description: string, def: Record<string, string> | null = null) =>
  doc(z.record(z.string(), z.string()).nullable(), description).default(def);

const egress = (who: string, why: string) =>
  block(`Egress of ${who} outside the cluster (${why}).`, {
    allowAll: bool('Allow all egress (skips cidrs/ports).', false),
    cidrs: doc(z.array(z.string().regex(CIDR, { error: 'must be a CIDR such as 10.0.0.0/8' })), 'Allowed destination networks.').default(['0.0.0.0/0']),
    exceptCidrs: doc(z.array(z.string().regex(CIDR, { error: 'must be a CIDR such as 169.254.0.0/16' })), 'Networks excluded from cidrs (cloud metadata by default).').default(['169.254.0.0/16']),
    ports: doc(z.array(z.int().min(1).max(65535)), 'Allowed TCP destination ports.').default([443]),
  });

export const networkPolicySchema = block('NetworkPolicies: deny by default, allow controller -> router-server, app -> controller, the selected namespaces, DNS and configured egress.', {
  enabled: bool('Render the NetworkPolicies.', true),
  ingressNamespaceSelector: selector('Labels of namespaces (ingress controllers) allowed to reach the controller and app; null allows only the release namespace.', null),
  gatewayNamespaceSelector: selector('Labels of namespaces running Gateway API implementations allowed to reach the controller and app; null adds none.'),
  monitoringNamespaceSelector: selector('Labels of namespaces (Prometheus) allowed to scrape the metrics ports; null adds none.'),
  dnsNamespaceSelector: selector('Labels of the namespace running cluster DNS.', { 'kubernetes.io/metadata.name': 'kube-system' }),
  dnsPort: port('DNS port (UDP and TCP).', 53),
  controllerEgress: egress('the router-controller', 'the LLM APIs'),
  serverEgress: egress('the router-server', 'Hugging Face hub and object storage'),
});
