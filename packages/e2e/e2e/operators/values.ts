// The chart's values for the operator e2e: the doubles' values plus monitoring as a user of
// kube-prometheus-stack sets it, the controller HPA on CPU and the router-server ScaledObject on
// Triton's queue (the README's example query).
import { KUBE_PROMETHEUS_STACK_LABELS, PROMETHEUS_NAME } from '../../operators/prometheus.js';
import { MONITORING_NAMESPACE, NAMESPACE, e2eValues } from '../chart/stack.js';

/** Short windows so the groups run in minutes; production keeps the chart's defaults. */
export const ALERT_FOR = '1m';
export const SCRAPE_INTERVAL_S = 10;
export const KEDA_POLLING_S = 5;
/** Average classifier requests waiting in Triton's queue, per router-server replica, before KEDA adds one. */
export const QUEUE_THRESHOLD = 1;

/** Little's law: queue time accrued per second is the average number of requests waiting. */
export const queueQuery = (namespace: string) =>
  `sum(rate(nv_inference_queue_duration_us{namespace="${namespace}",model=~"task_router|complexity_router"}[30s])) / 1e6`;

const scaleDownQuickly = {
  scaleDown: { stabilizationWindowSeconds: 30, policies: [{ type: 'Pods', value: 1, periodSeconds: 15 }] },
  scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: 'Pods', value: 2, periodSeconds: 15 }] },
};

export function operatorValues(inferDelayMs = 0): Record<string, unknown> {
  const v = e2eValues() as { routerServer: Record<string, unknown>; routerController: Record<string, unknown> };
  const server = v.routerServer as { extraEnv: object[]; modelRepository: Record<string, unknown> };
  return {
    ...v,
    metrics: {
      serviceMonitor: { enabled: true, labels: KUBE_PROMETHEUS_STACK_LABELS, interval: `${SCRAPE_INTERVAL_S}s`, scrapeTimeout: '5s' },
      prometheusRule: { enabled: true, labels: KUBE_PROMETHEUS_STACK_LABELS, for: ALERT_FOR },
      grafanaDashboards: { enabled: true },
    },
    routerController: {
      ...v.routerController,
      // CPU requests low enough that the in-cluster load crosses the target on this 2-core machine
      resources: { requests: { cpu: '20m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
      autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 4, targetCPUUtilizationPercentage: 100, behavior: scaleDownQuickly },
    },
    routerServer: {
      ...server,
      extraEnv: [...server.extraEnv, { name: 'MOCK_TRITON_INFER_DELAY_MS', value: String(inferDelayMs) }],
      // two replicas on two nodes: each pod seeds its own model repository
      modelRepository: { ...server.modelRepository, storage: { type: 'emptyDir' } },
      autoscaling: {
        enabled: true,
        minReplicas: 1,
        maxReplicas: 2,
        pollingInterval: KEDA_POLLING_S,
        cooldownPeriod: 30,
        // longer than a new router-server takes to load its models: a shorter window scaled the second
        // pod away before it was Ready (the queue it was added for had drained meanwhile)
        behavior: { ...scaleDownQuickly, scaleDown: { ...scaleDownQuickly.scaleDown, stabilizationWindowSeconds: 180 } },
        triggers: [
          {
            type: 'prometheus',
            metadata: {
              serverAddress: `http://prometheus-operated.${MONITORING_NAMESPACE}.svc:9090`,
              query: queueQuery(NAMESPACE),
              threshold: String(QUEUE_THRESHOLD),
            },
          },
        ],
      },
    },
  };
}
export { PROMETHEUS_NAME };
