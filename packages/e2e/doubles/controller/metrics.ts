// The controller's Prometheus metrics, with the names and labels of the real one.
import { Counter, Histogram, Registry } from 'prom-client';

export class ControllerMetrics {
  readonly registry = new Registry();
  private readonly r = [this.registry];
  readonly numRequests = new Counter({ name: 'num_requests', help: 'Total number of proxied requests', registers: this.r });
  readonly requestsPerPolicy = new Counter({ name: 'requests_per_policy', help: 'Requests per routing policy', labelNames: ['policy'], registers: this.r });
  readonly requestsPerModel = new Counter({ name: 'requests_per_model', help: 'Requests per chosen model', labelNames: ['model'], registers: this.r });
  readonly success = new Counter({ name: 'request_success_total', help: 'Requests answered with a 2xx', registers: this.r });
  readonly failure = new Counter({ name: 'request_failure_total', help: 'Failed requests by error type', labelNames: ['error_type'], registers: this.r });
  readonly strategyUsage = new Counter({ name: 'routing_policy_usage', help: 'Requests per routing strategy', labelNames: ['routing_policy'], registers: this.r });
  readonly tokenUsage = new Counter({ name: 'llm_token_usage', help: 'Tokens reported by the LLM', labelNames: ['llm_name', 'category'], registers: this.r });
  readonly latency = new Histogram({ name: 'request_latency_seconds', help: 'End-to-end request latency', registers: this.r });
  readonly selectionTime = new Histogram({ name: 'model_selection_time_seconds', help: 'Time to choose the model (Triton call)', registers: this.r });
  readonly llmTime = new Histogram({ name: 'llm_response_time_seconds', help: 'LLM response time', labelNames: ['llm'], registers: this.r });
  readonly overhead = new Histogram({ name: 'proxy_overhead_latency_seconds', help: 'Latency added by the proxy', registers: this.r });

  constructor() {
    for (const t of ['4xx', '5xx', 'other', 'system']) this.failure.inc({ error_type: t }, 0);
  }

  recordOutcome(status: number | 'system'): void {
    if (status === 'system') this.failure.inc({ error_type: 'system' });
    else if (status >= 200 && status < 300) this.success.inc();
    else if (status >= 400 && status < 500) this.failure.inc({ error_type: '4xx' });
    else if (status >= 500) this.failure.inc({ error_type: '5xx' });
    else this.failure.inc({ error_type: 'other' });
  }

  recordUsage(llmName: string, usage: unknown): void {
    if (typeof usage !== 'object' || usage === null) return;
    const u = usage as Record<string, unknown>;
    for (const [key, category] of [['prompt_tokens', 'prompt'], ['completion_tokens', 'completion'], ['total_tokens', 'total']] as const) {
      const v = u[key];
      if (typeof v === 'number' && v >= 0) this.tokenUsage.inc({ llm_name: llmName, category }, v);
    }
  }
}
