// Kubernetes quantities as numbers, computed the same way in TypeScript and in the chart's template
// (so a comparison such as requests <= limits gives the same verdict in validate() and in Helm).

/** Suffix -> [multiplier, divisor]; sub-unit suffixes divide, so "1500m" is exactly 1.5 on both sides. */
export const QUANTITY_SUFFIXES: Record<string, [number, number]> = {
  '': [1, 1],
  n: [1, 1e9],
  u: [1, 1e6],
  m: [1, 1000],
  k: [1e3, 1],
  M: [1e6, 1],
  G: [1e9, 1],
  T: [1e12, 1],
  P: [1e15, 1],
  E: [1e18, 1],
  Ki: [2 ** 10, 1],
  Mi: [2 ** 20, 1],
  Gi: [2 ** 30, 1],
  Ti: [2 ** 40, 1],
  Pi: [2 ** 50, 1],
  Ei: [2 ** 60, 1],
  ...Object.fromEntries(Array.from({ length: 19 }, (_, e) => [[`e${e}`, [10 ** e, 1]], [`E${e}`, [10 ** e, 1]]]).flat()),
};

const NUMBER = /^([0-9]+(\.[0-9]+)?|\.[0-9]+)/;

/** The value of a quantity ("512Mi", "1500m", 2, "1e3"). */
export function quantityValue(q: string | number): number {
  if (typeof q === 'number') return q;
  const num = NUMBER.exec(q)?.[0] ?? '0';
  const [mul, div] = QUANTITY_SUFFIXES[q.slice(num.length)] ?? [0, 1];
  return div === 1 ? Number(num) * mul : Number(num) / div;
}

const goNumber = (n: number) => (Number.isInteger(n) ? BigInt(n).toString() : String(n));

/** Named template printing quantityValue(.) (numbers from YAML pass through; strings are parsed). */
export const GO_QUANTITY: string[] = [
  '{{- /* Value of a Kubernetes quantity such as "512Mi", "1500m" or 2 (the same arithmetic as the library). */ -}}',
  `{{- define "llm-router.validate.quantity" }}{{ $s := toString . }}{{ if regexMatch "^[0-9.]+(e[+-][0-9]+)?$" $s }}{{ float64 $s }}{{ else }}` +
    `{{ $num := regexFind ${JSON.stringify(NUMBER.source)} $s }}{{ $suffix := trimPrefix $num $s }}` +
    `{{ $mul := dict ${Object.entries(QUANTITY_SUFFIXES).map(([k, [m]]) => `${JSON.stringify(k)} ${goNumber(m)}`).join(' ')} }}` +
    `{{ $div := dict ${Object.entries(QUANTITY_SUFFIXES).filter(([, [, d]]) => d !== 1).map(([k, [, d]]) => `${JSON.stringify(k)} ${goNumber(d)}`).join(' ')} }}` +
    '{{ if hasKey $div $suffix }}{{ divf (float64 $num) (get $div $suffix) }}{{ else }}{{ mulf (float64 $num) (get $mul $suffix) }}{{ end }}{{ end }}{{ end }}',
];

/** Go expression: the value of a quantity expression as float64. */
export const goQuantity = (expr: string) => `(float64 (include "llm-router.validate.quantity" ${expr}))`;
