// Metric names from the runtime contract: the single list alerts and dashboards are built from.
export const CONTROLLER_METRICS = {
  requests: 'num_requests',
  requestsPerPolicy: 'requests_per_policy',
  requestsPerModel: 'requests_per_model',
  success: 'request_success_total',
  failure: 'request_failure_total',
  routingPolicyUsage: 'routing_policy_usage',
  tokenUsage: 'llm_token_usage',
  latency: 'request_latency_seconds',
  modelSelection: 'model_selection_time_seconds',
  llmResponse: 'llm_response_time_seconds',
  proxyOverhead: 'proxy_overhead_latency_seconds',
} as const;

export const TRITON_METRICS = {
  success: 'nv_inference_request_success',
  failure: 'nv_inference_request_failure',
  count: 'nv_inference_count',
  execCount: 'nv_inference_exec_count',
  requestDuration: 'nv_inference_request_duration_us',
  queueDuration: 'nv_inference_queue_duration_us',
  gpuUtilization: 'nv_gpu_utilization',
  gpuMemoryUsed: 'nv_gpu_memory_used_bytes',
  gpuMemoryTotal: 'nv_gpu_memory_total_bytes',
  gpuPower: 'nv_gpu_power_usage',
} as const;

/** kube-state-metrics (not exported by the chart's programs): pod readiness for the not-ready alert. */
export const KUBE_STATE_METRICS = {
  podReady: 'kube_pod_status_ready',
} as const;

/**
 * Labels Prometheus attaches at scrape time (ServiceMonitor/PodMonitor target labels), so the
 * programs do not export them: rules and panels may select on these without the programs knowing.
 */
export const SCRAPE_LABELS = ['namespace', 'pod', 'job', 'instance', 'service', 'container', 'endpoint'] as const;

/** Triton exports these only where it sees a GPU (DCGM); a CPU-only server has none. */
export const GPU_METRIC_NAMES: readonly string[] = [
  TRITON_METRICS.gpuUtilization,
  TRITON_METRICS.gpuMemoryUsed,
  TRITON_METRICS.gpuMemoryTotal,
  TRITON_METRICS.gpuPower,
];

export const ALL_METRIC_NAMES: readonly string[] = [
  ...Object.values(CONTROLLER_METRICS),
  ...Object.values(TRITON_METRICS),
  ...Object.values(KUBE_STATE_METRICS),
];
