// Where the series the chart's monitoring reads come from.
import path from 'node:path';

/** /metrics of the real tritonserver 2.51 (CPU-only) after scripts/record-triton-metrics.ts's request mix. */
export const TRITON_FIXTURE = path.resolve(__dirname, '../fixtures/metrics/triton-2.51-cpu.prom');

/** Labels Prometheus adds when it scrapes a target through a ServiceMonitor/PodMonitor. */
export const SCRAPE_LABELS = ['namespace', 'pod', 'job', 'instance', 'service', 'container', 'endpoint'];

/**
 * Series that cannot be recorded on these machines, with the labels their exporters document:
 * Triton's GPU metrics exist only where Triton sees a GPU (DCGM); kube_pod_status_ready is
 * kube-state-metrics'; `up` is Prometheus's own per target.
 */
export const NOT_RECORDABLE: Record<string, string[]> = {
  nv_gpu_utilization: ['gpu_uuid'],
  nv_gpu_memory_used_bytes: ['gpu_uuid'],
  nv_gpu_memory_total_bytes: ['gpu_uuid'],
  nv_gpu_power_usage: ['gpu_uuid'],
  kube_pod_status_ready: ['namespace', 'pod', 'uid', 'condition'],
  up: [],
};
