// Kubernetes quantities as numbers, computed the same way in TypeScript and in the chart's template
// (so a comparison such as requests <= limits gives the same verdict in validate() and in Helm).

/** Suffix -> [multiplier, divisor], two-letter suffixes first; sub-unit suffixes divide, so "1500m" is exactly 1.5 on both sides. */
export const QUANTITY_SUFFIXES: [string, number, number][] = [
  ['Ki', 2 ** 10, 1],
  ['Mi', 2 ** 20, 1],
  ['Gi', 2 ** 30, 1],
  ['Ti', 2 ** 40, 1],
  ['Pi', 2 ** 50, 1],
  ['Ei', 2 ** 60, 1],
  ['n', 1, 1e9],
  ['u', 1, 1e6],
  ['m', 1, 1000],
  ['k', 1e3, 1],
  ['M', 1e6, 1],
  ['G', 1e9, 1],
  ['T', 1e12, 1],
  ['P', 1e15, 1],
  ['E', 1e18, 1],
];

/** The value of a quantity ("512Mi", "1500m", 2, "1e3": a number without suffix, exponent included, is read as a float). */
export function quantityValue(q: string | number): number {
  if (typeof q === 'number') return q;
  for (const [suffix, mul, div] of QUANTITY_SUFFIXES) {
    if (!q.endsWith(suffix)) continue;
    const num = Number(q.slice(0, -suffix.length));
    return div === 1 ? num * mul : num / div;
  }
  return Number(q);
}

const goNumber = (n: number) => (Number.isInteger(n) ? BigInt(n).toString() : String(n));

/** Named template printing quantityValue(.): a chain of suffix tests, no regular expression and no map built per call. */
export const GO_QUANTITY: string[] = [
  '{{- /* Value of a Kubernetes quantity such as "512Mi", "1500m" or 2 (the same arithmetic as the library).',
  '       Usage: {{ include "llm-router.validate.quantity" "512Mi" }} */}}',
  `{{- define "llm-router.validate.quantity" }}{{ $s := toString . }}` +
    QUANTITY_SUFFIXES.map(
      ([suffix, mul, div], i) =>
        `{{ ${i === 0 ? 'if' : 'else if'} hasSuffix "${suffix}" $s }}{{ ${div === 1 ? `mulf (trimSuffix "${suffix}" $s) ${goNumber(mul)}` : `divf (trimSuffix "${suffix}" $s) ${goNumber(div)}`} }}`,
    ).join('') +
    '{{ else }}{{ float64 $s }}{{ end }}{{ end }}',
];

/** Go expression: the value of a quantity expression as float64. */
export const goQuantity = (expr: string) => `(float64 (include "llm-router.validate.quantity" ${expr}))`;
