// promtool input series from recorded samples: each sample gets the labels Prometheus would add
// when scraping it (namespace, pod, job, instance) and a value shape over the test's minutes.
import type { Sample } from './exposition.js';

export type Target = { namespace: string; pod: string; job: string; instance: string };

/** Counter growing by perMinute each minute from 0, or a constant gauge. */
export type Shape = { ramp: number } | { constant: number };

export const MINUTES = 20;

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

export function values(shape: Shape): string {
  return 'ramp' in shape ? `0+${number(shape.ramp)}x${MINUTES}` : `${number(shape.constant)}x${MINUTES}`;
}

export function seriesName(name: string, labels: Record<string, string>): string {
  const body = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(',');
  return `${name}{${body}}`;
}

export interface InputSeries {
  series: string;
  values: string;
}

export function inputSeries(samples: Sample[], target: Target, shape: (s: Sample) => Shape | undefined): InputSeries[] {
  const out: InputSeries[] = [];
  for (const s of samples) {
    const sh = shape(s);
    if (sh) out.push({ series: seriesName(s.name, { ...s.labels, ...target }), values: values(sh) });
  }
  return out;
}
