// Prometheus metrics with Triton's names and labels: per-model inference counters
// and simulated gauges for the GPU(s) the pod was given.
import crypto from 'node:crypto';
import os from 'node:os';
import { Counter, Gauge, Registry } from 'prom-client';

export interface GpuDevice { uuid: string; index: number }

/**
 * The GPUs the pod sees: NVIDIA_VISIBLE_DEVICES as the NVIDIA runtime/device plugin
 * sets it (UUIDs or indices; "all" uses MOCK_TRITON_GPU_COUNT), else
 * MOCK_TRITON_GPU_COUNT (default 1). UUIDs are made up but stable per host.
 */
export function visibleGpus(env: NodeJS.ProcessEnv = process.env, host = os.hostname()): GpuDevice[] {
  const fakeUuid = (i: number) => {
    const h = crypto.createHash('sha256').update(`${host}/${i}`).digest('hex');
    return `GPU-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  };
  const countEnv = env.MOCK_TRITON_GPU_COUNT;
  const count = countEnv === undefined || countEnv === '' ? 1 : Number(countEnv);
  if (!Number.isInteger(count) || count < 0) throw new Error(`MOCK_TRITON_GPU_COUNT must be a non-negative integer, got '${countEnv}'`);
  const visible = env.NVIDIA_VISIBLE_DEVICES?.trim();
  if (visible === undefined || visible === '') return Array.from({ length: count }, (_, i) => ({ uuid: fakeUuid(i), index: i }));
  if (visible === 'none' || visible === 'void') return [];
  if (visible === 'all') return Array.from({ length: Math.max(count, 1) }, (_, i) => ({ uuid: fakeUuid(i), index: i }));
  return visible.split(',').map((d, i) => ({ uuid: d.startsWith('GPU-') ? d.trim() : fakeUuid(Number(d) || i), index: i }));
}

const MODEL_LABELS = ['model', 'version'] as const;

export class TritonMetrics {
  readonly registry = new Registry();
  private readonly success = new Counter({ name: 'nv_inference_request_success', help: 'Number of successful inference requests, all batch sizes', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly failure = new Counter({ name: 'nv_inference_request_failure', help: 'Number of failed inference requests, all batch sizes', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly count = new Counter({ name: 'nv_inference_count', help: 'Number of inferences performed (does not include cached requests)', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly execCount = new Counter({ name: 'nv_inference_exec_count', help: 'Number of model executions performed (does not include cached requests)', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly requestDuration = new Counter({ name: 'nv_inference_request_duration_us', help: 'Cumulative inference request duration in microseconds (includes cached requests)', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly queueDuration = new Counter({ name: 'nv_inference_queue_duration_us', help: 'Cumulative inference queuing duration in microseconds (includes cached requests)', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly computeInfer = new Counter({ name: 'nv_inference_compute_infer_duration_us', help: 'Cumulative compute inference duration in microseconds (does not include cached requests)', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly pending = new Gauge({ name: 'nv_inference_pending_request_count', help: 'Instantaneous number of pending requests awaiting execution per-model.', labelNames: MODEL_LABELS, registers: [this.registry] });
  private readonly recent: number[] = [];

  constructor(private readonly gpus: GpuDevice[], private readonly memoryTotalBytes: number) {
    if (gpus.length === 0) return;
    let lastRefresh = 0;
    let lastEnergy = Date.now();
    // Gauges are computed at scrape time from the last 10 s of inference traffic;
    // every GPU metric's collect() calls this, only the first one per scrape works.
    const refresh = () => {
      const now = Date.now();
      if (now - lastRefresh < 100) return;
      lastRefresh = now;
      const util = this.utilization(now);
      for (const gpu of this.gpus) {
        const l = { gpu_uuid: gpu.uuid };
        const watts = 40 + util * 210;
        utilization.set(l, util);
        memTotal.set(l, this.memoryTotalBytes);
        memUsed.set(l, Math.round(this.memoryTotalBytes * (this.modelsLoaded > 0 ? 0.18 + util * 0.1 : 0.02)));
        power.set(l, watts);
        powerLimit.set(l, 250);
        energy.inc(l, (watts * (now - lastEnergy)) / 1000);
      }
      lastEnergy = now;
    };
    const gauge = (name: string, help: string) => new Gauge({ name, help, labelNames: ['gpu_uuid'], registers: [this.registry], collect: refresh });
    const utilization = gauge('nv_gpu_utilization', 'GPU utilization rate [0.0 - 1.0)');
    const memTotal = gauge('nv_gpu_memory_total_bytes', 'GPU total memory, in bytes');
    const memUsed = gauge('nv_gpu_memory_used_bytes', 'GPU used memory, in bytes');
    const power = gauge('nv_gpu_power_usage', 'GPU power usage in watts');
    const powerLimit = gauge('nv_gpu_power_limit', 'GPU power management limit in watts');
    const energy = new Counter({ name: 'nv_energy_consumption', help: 'GPU energy consumption in joules since the Triton Server started', labelNames: ['gpu_uuid'], registers: [this.registry], collect: refresh });
  }

  modelsLoaded = 0;

  private utilization(now: number): number {
    while (this.recent.length > 0 && this.recent[0]! < now - 10_000) this.recent.shift();
    return Math.min(0.95, this.recent.length / 10 / 50);
  }

  /** Makes every loaded model visible with zero counts, as Triton does after load. */
  initModel(model: string, version: string): void {
    const l = { model, version };
    for (const c of [this.success, this.failure, this.count, this.execCount, this.requestDuration, this.queueDuration, this.computeInfer]) c.inc(l, 0);
    this.pending.set(l, 0);
    this.modelsLoaded++;
  }

  recordSuccess(model: string, version: string, batch: number, durationUs: number): void {
    const l = { model, version };
    this.success.inc(l);
    this.count.inc(l, batch);
    this.execCount.inc(l);
    this.requestDuration.inc(l, Math.max(1, Math.round(durationUs)));
    this.queueDuration.inc(l, 1);
    this.computeInfer.inc(l, Math.max(1, Math.round(durationUs * 0.8)));
    this.recent.push(Date.now());
  }

  recordFailure(model: string, version: string): void {
    this.failure.inc({ model, version });
  }
}
