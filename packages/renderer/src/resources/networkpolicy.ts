// NetworkPolicy builder: default deny for every pod of the release, then one policy per component
// allowing exactly the flows the runtime contract needs. Ingress rules name the container ports; egress
// rules use the port numbers from values, because some policy engines (kube-router) do not resolve
// named ports in egress rules and would silently drop the traffic.
import { expr, indented, raw, when, withValue, type MapNode, type Node } from '../gotpl/yaml.js';
import { metadata, selVar } from '../helpers/meta.js';
import { APP, CONTROLLER, SERVER, type Component } from '../helpers/names.js';
import { CONTROLLER_PORT } from '@llm-router-helm/values-schema';

const np = '$.Values.networkPolicy';

const podsOf = (c: Component): MapNode => ({ podSelector: { matchLabels: indented(`toYaml ${selVar(c)}`) } });
const testPods: MapNode = {
  podSelector: { matchLabels: indented('toYaml (merge (dict "app.kubernetes.io/component" "test") $chartSel)') },
};
const nsSelector = (selector: string): Node =>
  withValue(selector, { namespaceSelector: { matchLabels: indented('toYaml .') } });
const tcp = (port: string | number | Node): MapNode => ({ protocol: 'TCP', port });

function policy(suffix: string, owner: Component | 'chart', podSelector: MapNode, spec: MapNode): MapNode {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: metadata({ owner, suffix }),
    spec: { ...podSelector, ...spec },
  };
}

/** Deny all ingress and egress for every pod of this release; DNS stays open. */
export function defaultDeny(): MapNode {
  return policy('default-deny', 'chart', { podSelector: { matchLabels: indented('toYaml $chartSel') } }, {
    policyTypes: ['Ingress', 'Egress'],
    egress: [
      {
        ports: [
          { protocol: 'UDP', port: expr(`${np}.dnsPort`) },
          { protocol: 'TCP', port: expr(`${np}.dnsPort`) },
        ],
        // null dnsNamespaceSelector: DNS to any destination.
        to: withValue(`${np}.dnsNamespaceSelector`, [{ namespaceSelector: { matchLabels: indented('toYaml .') } }]),
      },
    ],
  });
}

/** Egress rule list items to outside networks: everything, or the configured CIDRs (minus exceptions) on TCP ports. */
function externalEgress(cfg: string): Node {
  return when(`${cfg}.allowAll`, raw('- {}'), {
    to: raw(
      `{{- range $cidr := ${cfg}.cidrs }}`,
      '- ipBlock:',
      '    cidr: {{ $cidr | quote }}',
      `    {{- with ${cfg}.exceptCidrs }}`,
      '    except:',
      '      {{- toYaml . | nindent +0 }}',
      '    {{- end }}',
      '{{- end }}',
    ),
    ports: raw(`{{- range $port := ${cfg}.ports }}`, '- protocol: TCP', '  port: {{ $port }}', '{{- end }}'),
  });
}

/** router-server: http/grpc from the controller (and test pods), metrics from monitoring; egress to the hub/object store. */
export function serverPolicy(): MapNode {
  return policy('router-server', SERVER, podsOf(SERVER), {
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      { from: [podsOf(CONTROLLER), testPods], ports: [tcp('http'), tcp('grpc')] },
      when(`${np}.monitoringNamespaceSelector`, { from: [nsSelector(`${np}.monitoringNamespaceSelector`)], ports: [tcp('metrics')] }),
    ],
    egress: [externalEgress(`${np}.serverEgress`)],
  });
}

/** router-controller: from the app, test pods, ingress/gateway namespaces; metrics from monitoring; egress to Triton and the LLM APIs. */
export function controllerPolicy(): MapNode {
  return policy('router-controller', CONTROLLER, podsOf(CONTROLLER), {
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          podsOf(APP),
          testPods,
          // null ingressNamespaceSelector: only pods of the release namespace (e.g. an in-namespace gateway) get in.
          when(`${np}.ingressNamespaceSelector`, nsSelector(`${np}.ingressNamespaceSelector`), { podSelector: {} }),
          when(`${np}.gatewayNamespaceSelector`, nsSelector(`${np}.gatewayNamespaceSelector`)),
          when(`${np}.monitoringNamespaceSelector`, nsSelector(`${np}.monitoringNamespaceSelector`)),
        ],
        ports: [tcp('http')],
      },
    ],
    egress: [
      { to: [podsOf(SERVER)], ports: [tcp(expr('$.Values.routerServer.triton.ports.http')), tcp(expr('$.Values.routerServer.triton.ports.grpc'))] },
      externalEgress(`${np}.controllerEgress`),
    ],
  });
}

/** app: from ingress/gateway namespaces and test pods; egress only to the controller. */
export function appPolicy(): MapNode {
  return policy('app', APP, podsOf(APP), {
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          testPods,
          when(`${np}.ingressNamespaceSelector`, nsSelector(`${np}.ingressNamespaceSelector`), { podSelector: {} }),
          when(`${np}.gatewayNamespaceSelector`, nsSelector(`${np}.gatewayNamespaceSelector`)),
        ],
        ports: [tcp('http')],
      },
    ],
    egress: [{ to: [podsOf(CONTROLLER)], ports: [tcp(CONTROLLER_PORT)] }],
  });
}

/** helm test pods: egress to the three Services' pods only. */
export function testPolicy(): MapNode {
  return policy('tests', 'chart', testPods, {
    policyTypes: ['Egress'],
    egress: [{ to: [podsOf(SERVER), podsOf(CONTROLLER), podsOf(APP)] }],
  });
}

/** Snapshot CronJob: egress to the Kubernetes API (port 443/6443 anywhere; the API address is cluster-specific). */
export function snapshotPolicy(): MapNode {
  return policy('snapshotter', 'chart', {
    podSelector: { matchLabels: indented('toYaml (merge (dict "app.kubernetes.io/component" "snapshotter") $chartSel)') },
  }, {
    policyTypes: ['Egress'],
    egress: [{ ports: [tcp(443), tcp(6443)] }],
  });
}

