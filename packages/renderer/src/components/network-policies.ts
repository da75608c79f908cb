// NetworkPolicies of the release (which component may talk to which): default deny for every pod, then one policy per component
// allowing exactly the flows the runtime contract needs. Ingress rules name the container ports; egress
// rules use the port numbers from values, because some policy engines (kube-router) do not resolve
// named ports in egress rules and would silently drop the traffic.
import { expr, inline, raw, seq, when, withValue, yaml, type PlainMap, type SeqPart } from '../gotpl/yaml.js';
import { include, type Define } from '../helpers/define.js';
import { metadata, selectorLabels } from '../helpers/meta.js';
import { APP, CONTROLLER, SERVER, type Component } from '../helpers/names.js';
import { CONTROLLER_PORT } from '@llm-router-helm/values-schema';

const np = '$.Values.networkPolicy';
/** The label OpenShift puts on the router's namespace (openshift-ingress), as `dict` arguments. */
const OPENSHIFT_ROUTER_LABEL = '"network.openshift.io/policy-group" "ingress"';

/** Selector labels each policy refers to, computed once per file: `$routerServerPods`, ..., `$testPods`. */
const podsVar = (c: Component | 'test'): string => (c === 'test' ? '$testPods' : `$${c.key}Pods`);
export const POLICY_VARS = [
  ...[SERVER, CONTROLLER, APP].map((c) => `{{- ${podsVar(c)} := ${selectorLabels(c)} }}`),
  `{{- ${podsVar('test')} := ${selectorLabels({ role: 'test' })} }}`,
];

const podsOf = (c: Component | 'test'): PlainMap => ({ podSelector: { matchLabels: yaml(podsVar(c)) } });
const testPods = podsOf('test');
const nsSelector = (selector: string): SeqPart => withValue(selector, { namespaceSelector: { matchLabels: yaml('toYaml .') } });
const tcp = (port: string | number | SeqPart): PlainMap => ({ protocol: 'TCP', port }) as PlainMap;

function policy(suffix: string, owner: Component | 'chart', podSelector: PlainMap, spec: PlainMap): PlainMap {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: metadata({ owner, suffix }),
    spec: { ...podSelector, ...spec },
  };
}

/** Deny all ingress and egress for every pod of this release; DNS stays open. */
export function defaultDeny(): PlainMap {
  return policy(
    'default-deny',
    'chart',
    { podSelector: { matchLabels: yaml(selectorLabels('chart')) } },
    {
      policyTypes: ['Ingress', 'Egress'],
      egress: [
        {
          ports: [
            { protocol: 'UDP', port: expr(`${np}.dnsPort`) },
            { protocol: 'TCP', port: expr(`${np}.dnsPort`) },
          ],
          // null dnsNamespaceSelector: DNS to any destination.
          to: withValue(`${np}.dnsNamespaceSelector`, [{ namespaceSelector: { matchLabels: yaml('toYaml .') } }]),
        },
      ],
    },
  );
}

/** Egress rule list items to outside networks: none (enabled false), everything, or the configured CIDRs (minus exceptions) on TCP ports. */
function externalEgressRules(cfg: string): SeqPart {
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

export const NETWORK_POLICY_DEFINES: Define[] = [
  {
    name: 'externalEgress',
    why: 'Egress rules to networks outside the cluster: none unless enabled, then everything (allowAll) or the CIDRs minus exceptions on the listed TCP ports.',
    usage: '.Values.networkPolicy.serverEgress',
    body: seq(when('$.enabled', externalEgressRules('$'))),
  },
];

/** The egress rules of one `networkPolicy.*Egress` values block. */
const externalEgress = (cfg: string): SeqPart => inline(`${include('externalEgress', cfg)} | trim`);

/** router-server: http/grpc from the controller (and test pods), metrics from monitoring; egress to the hub/object store. */
export function serverPolicy(): PlainMap {
  return policy('router-server', SERVER, podsOf(SERVER), {
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      { from: [podsOf(CONTROLLER), testPods], ports: [tcp('http'), tcp('grpc')] },
      when(`${np}.monitoringNamespaceSelector`, { from: [nsSelector(`${np}.monitoringNamespaceSelector`)], ports: [tcp('metrics')] }),
    ],
    egress: [externalEgress(`${np}.serverEgress`)],
  });
}

/**
 * Namespaces of what exposes the controller or the app: the ingress controller's (a rule requires the
 * selector when an Ingress is enabled), the Gateway data plane's (by default the namespaces of the
 * HTTPRoute's parent Gateways) and the OpenShift router's (by default the openshift-ingress label).
 */
function exposingNamespaces(): SeqPart[] {
  return [
    // null ingressNamespaceSelector: only pods of the release namespace (e.g. an in-namespace gateway) get in.
    when(`${np}.ingressNamespaceSelector`, nsSelector(`${np}.ingressNamespaceSelector`), { podSelector: {} }),
    when(
      `${np}.gatewayNamespaceSelector`,
      nsSelector(`${np}.gatewayNamespaceSelector`),
      when(
        '$.Values.gatewayApi.httpRoute.enabled',
        raw(
          '{{- range $ref := $.Values.gatewayApi.httpRoute.parentRefs }}',
          '- namespaceSelector:',
          '    matchLabels:',
          '      kubernetes.io/metadata.name: {{ $ref.namespace | default ($.Values.namespaceOverride | default $.Release.Namespace) | quote }}',
          '{{- end }}',
        ),
      ),
    ),
    when(
      '$.Values.openshiftRoute.enabled',
      nsSelector(`${np}.openshiftRouterNamespaceSelector | default (dict ${OPENSHIFT_ROUTER_LABEL})`),
    ),
  ];
}

/** router-controller: from the app, test pods, ingress/gateway namespaces; metrics from monitoring; egress to Triton and the LLM APIs. */
export function controllerPolicy(): PlainMap {
  return policy('router-controller', CONTROLLER, podsOf(CONTROLLER), {
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          podsOf(APP),
          testPods,
          ...exposingNamespaces(),
          when(`${np}.monitoringNamespaceSelector`, nsSelector(`${np}.monitoringNamespaceSelector`)),
        ],
        ports: [tcp('http')],
      },
    ],
    egress: [
      {
        to: [podsOf(SERVER)],
        ports: [tcp(expr('$.Values.routerServer.triton.ports.http')), tcp(expr('$.Values.routerServer.triton.ports.grpc'))],
      },
      externalEgress(`${np}.controllerEgress`),
    ],
  });
}

/** app: from ingress/gateway namespaces and test pods; egress only to the controller. */
export function appPolicy(): PlainMap {
  return policy('app', APP, podsOf(APP), {
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [testPods, ...exposingNamespaces()],
        ports: [tcp('http')],
      },
    ],
    egress: [{ to: [podsOf(CONTROLLER)], ports: [tcp(CONTROLLER_PORT)] }],
  });
}

/** helm test pods: egress to the three Services' pods only. */
export function testPolicy(): PlainMap {
  return policy('tests', 'chart', testPods, {
    policyTypes: ['Egress'],
    egress: [{ to: [podsOf(SERVER), podsOf(CONTROLLER), podsOf(APP)] }],
  });
}

/** Snapshot CronJob: egress to the Kubernetes API (port 443/6443 anywhere; the API address is cluster-specific). */
export function snapshotPolicy(): PlainMap {
  return policy(
    'snapshotter',
    'chart',
    {
      podSelector: { matchLabels: yaml(selectorLabels({ role: 'snapshotter' })) },
    },
    {
      policyTypes: ['Egress'],
      egress: [{ ports: [tcp(443), tcp(6443)] }],
    },
  );
}
