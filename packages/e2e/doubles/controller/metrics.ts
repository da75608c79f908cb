// The controller's Prometheus metrics, with the names and labels of the real one and its
// lazy registration: a metric family appears in /metrics only once the code path that uses
// it ran (before the first proxied request the body is empty), and a labelled series appears
// with its first label value. Label values are what the real controller puts there:
// requests_per_model{model} and llm_token_usage{llm_name} carry the llm entry NAME.
import { Counter, Histogram, Registry, type Metric } from 'prom-client';

export class ControllerMetrics {
  readonly registry = new Registry();
  private readonly none: Registry[] = [];
  private lazy<M extends Metric>(metric: M): () => M {
    let registered = false;
    return () => {
      if (!registered) {
        this.registry.registerMetric(metric);
        registered = true;
      }
      return metric;
    };
  }

  readonly numRequests = this.lazy(new Counter({ name: 'num_requests', help: 'Total number of requests', registers: this.none }));
  readonly requestsPerPolicy = this.lazy(
    new Counter({ name: 'requests_per_policy', help: 'Number of requests per policy', labelNames: ['policy'], registers: this.none }),
  );
  readonly requestsPerModel = this.lazy(
    new Counter({ name: 'requests_per_model', help: 'Number of requests per model', labelNames: ['model'], registers: this.none }),
  );
  readonly success = this.lazy(
    new Counter({ name: 'request_success_total', help: 'Total number of successful requests', registers: this.none }),
  );
  readonly failure = this.lazy(
    new Counter({
      name: 'request_failure_total',
      help: 'Total number of failed requests',
      labelNames: ['error_type'],
      registers: this.none,
    }),
  );
  readonly strategyUsage = this.lazy(
    new Counter({
      name: 'routing_policy_usage',
      help: 'Usage of routing strategies',
      labelNames: ['routing_policy'],
      registers: this.none,
    }),
  );
  readonly tokenUsage = this.lazy(
    new Counter({ name: 'llm_token_usage', help: 'Token usage per LLM', labelNames: ['llm_name', 'category'], registers: this.none }),
  );
  readonly latency = this.lazy(
    new Histogram({ name: 'request_latency_seconds', help: 'Request latency in seconds', registers: this.none }),
  );
  readonly selectionTime = this.lazy(
    new Histogram({ name: 'model_selection_time_seconds', help: 'Time spent choosing the model', registers: this.none }),
  );
  readonly llmTime = this.lazy(
    new Histogram({ name: 'llm_response_time_seconds', help: 'LLM response time in seconds', labelNames: ['llm'], registers: this.none }),
  );
  readonly overhead = this.lazy(
    new Histogram({ name: 'proxy_overhead_latency_seconds', help: 'Latency added by the proxy', registers: this.none }),
  );

  /** status of the reply sent, or 'system' when the connection was dropped without one. */
  recordOutcome(status: number | 'system'): void {
    if (status === 'system') this.failure().inc({ error_type: 'system' });
    else if (status >= 200 && status < 300) this.success().inc();
    else if (status >= 400 && status < 500) this.failure().inc({ error_type: '4xx' });
    else if (status >= 500 && status < 600) this.failure().inc({ error_type: '5xx' });
    else this.failure().inc({ error_type: 'other' });
  }

  recordUsage(llmName: string, usage: unknown): void {
    if (typeof usage !== 'object' || usage === null) return;
    const u = usage as Record<string, unknown>;
    for (const [key, category] of [
      ['prompt_tokens', 'prompt'],
      ['completion_tokens', 'completion'],
      ['total_tokens', 'total'],
    ] as const) {
      const v = u[key];
      if (typeof v === 'number' && v >= 0) this.tokenUsage().inc({ llm_name: llmName, category }, v);
    }
  }
}
