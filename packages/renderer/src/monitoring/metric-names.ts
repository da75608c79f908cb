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

export const ALL_METRIC_NAMES: readonly string[] = [...Object.values(CONTROLLER_METRICS), ...Object.values(TRITON_METRICS)];
