// Startup/readiness/liveness probes: timings per component, the handler is the chart's unless overridden.
import { z } from 'zod';
import { block, bool, int, nullablePassthrough } from './primitives.js';

export interface ProbeDefaults {
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
}

type Kind = 'startup' | 'readiness' | 'liveness';

const purpose: Record<Kind, string> = {
  startup: 'Startup probe: holds the other probes back until the program is up (covers slow loads instead of a large initialDelaySeconds).',
  readiness: 'Readiness probe: takes the pod out of its Service while it fails.',
  liveness: 'Liveness probe: restarts the container when it keeps failing.',
};

export function probeSchema(kind: Kind, d: ProbeDefaults) {
  const shape = {
    enabled: bool('Whether the probe is rendered.', true),
    initialDelaySeconds: int('Seconds before the first probe (keep small; the startup probe covers slow starts).', 0),
    periodSeconds: int('Seconds between probes.', d.periodSeconds, 1),
    timeoutSeconds: int('Seconds after which one probe attempt counts as failed.', d.timeoutSeconds, 1),
    failureThreshold: int('Consecutive failures before the probe counts as failed.', d.failureThreshold, 1),
    // Kubernetes only accepts successThreshold 1 for startup and liveness probes, so only readiness has it.
    ...(kind === 'readiness' ? { successThreshold: int('Consecutive successes before the pod counts as ready.', 1, 1) } : {}),
    override: nullablePassthrough(
      "A complete Kubernetes probe that replaces the chart's handler and timings (e.g. {httpGet: {path, port}}); null uses the chart's.",
      [{ httpGet: { path: '/health', port: 'http' }, periodSeconds: 5 }],
    ),
  };
  return block(purpose[kind], shape);
}

export type Probe = z.output<ReturnType<typeof probeSchema>>;
