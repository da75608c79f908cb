// prometheus-operator and a Prometheus it manages, set up the way kube-prometheus-stack's defaults
// select objects: ServiceMonitors, PodMonitors and PrometheusRules labelled `release: <its release>`,
// in any namespace. Prometheus runs in the monitoring namespace the chart's NetworkPolicy admits.
import path from 'node:path';
import { MONITORING_NAMESPACE } from '../e2e/chart/stack.js';
import type { KindCluster } from '../e2e/cluster/kind-cluster.js';
import { ON_CONTROL_PLANE } from '../e2e/chart/stack.js';
import { RESTRICTED_POD, adminServiceAccount, installCrds, namespace, operatorDeployment, waitFor } from './common.js';
import type { OperatorsEnv } from './operators-env.js';

const OPERATOR_NS = 'e2e-prometheus-operator';
/** kube-prometheus-stack selects by `release: <its Helm release name>`; this is the name the README's example uses. */
export const KUBE_PROMETHEUS_STACK_LABELS = { release: 'kube-prometheus-stack' };
export const PROMETHEUS_NAME = 'e2e';
/** Short intervals keep the alert test inside minutes; the ServiceMonitor's own interval is the chart's value. */
export const EVALUATION_INTERVAL_S = 5;

export function prometheusOperatorObjects(env: OperatorsEnv): object[] {
  return [
    namespace(OPERATOR_NS),
    ...adminServiceAccount(OPERATOR_NS, 'prometheus-operator'),
    operatorDeployment(OPERATOR_NS, 'prometheus-operator', 'prometheus-operator', {
      name: 'prometheus-operator',
      image: env.prometheusOperatorImage,
      args: [`--prometheus-config-reloader=${env.configReloaderImage}`, '--log-level=info'],
      ports: [{ name: 'http', containerPort: 8080 }],
    }),
  ];
}

export function prometheusObjects(env: OperatorsEnv): object[] {
  const selector = { matchLabels: KUBE_PROMETHEUS_STACK_LABELS };
  return [
    ...adminServiceAccount(MONITORING_NAMESPACE, 'prometheus'),
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'Prometheus',
      metadata: { name: PROMETHEUS_NAME, namespace: MONITORING_NAMESPACE },
      spec: {
        image: env.prometheusImage,
        version: env.prometheusVersion,
        imagePullPolicy: 'IfNotPresent',
        replicas: 1,
        serviceAccountName: 'prometheus',
        serviceMonitorSelector: selector,
        serviceMonitorNamespaceSelector: {},
        podMonitorSelector: selector,
        podMonitorNamespaceSelector: {},
        ruleSelector: selector,
        ruleNamespaceSelector: {},
        evaluationInterval: `${EVALUATION_INTERVAL_S}s`,
        scrapeInterval: '30s',
        retention: '2h',
        securityContext: { ...RESTRICTED_POD, fsGroup: 65534 },
        resources: { requests: { cpu: '50m', memory: '200Mi' }, limits: { memory: '1Gi' } },
        ...ON_CONTROL_PLANE,
      },
    },
  ];
}

/** CRDs, the operator, then a Prometheus; resolves when Prometheus answers its ready endpoint. */
export async function deployPrometheus(cluster: KindCluster, env: OperatorsEnv): Promise<number> {
  const t0 = Date.now();
  await installCrds(cluster, path.join(env.prometheusOperatorModuleDir, 'example', 'prometheus-operator-crd'));
  cluster.apply(prometheusOperatorObjects(env));
  cluster.kubectl(['-n', OPERATOR_NS, 'rollout', 'status', 'deployment/prometheus-operator', '--timeout=180s']);
  cluster.apply(prometheusObjects(env));
  await waitFor('the operator to create the Prometheus StatefulSet', 120_000, () =>
    cluster.tryKubectl(['-n', MONITORING_NAMESPACE, 'get', 'statefulset', `prometheus-${PROMETHEUS_NAME}`]).status === 0 ? true : undefined,
  );
  cluster.kubectl(['-n', MONITORING_NAMESPACE, 'rollout', 'status', `statefulset/prometheus-${PROMETHEUS_NAME}`, '--timeout=300s']);
  return (Date.now() - t0) / 1000;
}

/** Prometheus's HTTP API through the API server's service proxy (no port-forward, no NetworkPolicy in the way). */
export class PrometheusApi {
  constructor(private readonly cluster: KindCluster) {}

  get<T>(pathname: string, params: Record<string, string> = {}): T {
    const query = new URLSearchParams(params).toString();
    const raw = `/api/v1/namespaces/${MONITORING_NAMESPACE}/services/prometheus-operated:web/proxy${pathname}${query ? `?${query}` : ''}`;
    const body = JSON.parse(this.cluster.kubectl(['get', '--raw', raw], undefined, 60_000)) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`Prometheus ${pathname}: ${body.error ?? body.status}`);
    return body.data;
  }

  /** An instant query's result vector. */
  query(expr: string): Array<{ metric: Record<string, string>; value: [number, string] }> {
    return this.get<{ result: Array<{ metric: Record<string, string>; value: [number, string] }> }>('/api/v1/query', { query: expr })
      .result;
  }

  targets(): ActiveTarget[] {
    return this.get<{ activeTargets: ActiveTarget[] }>('/api/v1/targets', { state: 'active' }).activeTargets;
  }

  rules(): RuleGroup[] {
    return this.get<{ groups: RuleGroup[] }>('/api/v1/rules').groups;
  }

  alerts(): Array<{ labels: Record<string, string>; state: string; activeAt: string }> {
    return this.get<{ alerts: Array<{ labels: Record<string, string>; state: string; activeAt: string }> }>('/api/v1/alerts').alerts;
  }
}

export interface ActiveTarget {
  labels: Record<string, string>;
  scrapePool: string;
  health: 'up' | 'down' | 'unknown';
  lastError: string;
  scrapeInterval: string;
}

export interface RuleGroup {
  name: string;
  file: string;
  rules: Array<{ name: string; type: 'alerting' | 'recording'; health: string; lastError?: string; state?: string; query: string }>;
}
