// Checks that a PromQL query reads only series and labels that exist: every selector's metric,
// every matcher label on that metric, every grouping label on one of the metrics it groups, and
// every legend label ({{x}}) on the query's result.
import { analyse } from './promql.js';
import { SCRAPE_LABELS } from './known-series.js';

export interface QueryUse {
  where: string;
  expr: string;
  legend: string;
}

export function nameProblems(uses: QueryUse[], exported: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const labelsOf = (metric: string) =>
    new Set([...(exported.get(metric) ?? []), ...SCRAPE_LABELS, ...(metric.endsWith('_bucket') ? ['le'] : [])]);
  for (const u of uses) {
    const { selectors, groupings } = analyse(u.expr);
    for (const s of selectors) {
      if (!exported.has(s.metric)) {
        problems.push(`${u.where}: metric ${s.metric} is not exported`);
        continue;
      }
      for (const l of s.matcherLabels) if (!labelsOf(s.metric).has(l)) problems.push(`${u.where}: ${s.metric} has no label ${l}`);
    }
    for (const g of groupings) {
      if (!g.over.some((m) => labelsOf(m).has(g.label)))
        problems.push(`${u.where}: grouping label ${g.label} is on none of ${g.over.join(', ')}`);
    }
    const grouped = new Set(groupings.map((g) => g.label));
    const available = grouped.size ? grouped : new Set(selectors.flatMap((s) => [...labelsOf(s.metric)]));
    for (const m of u.legend.matchAll(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g)) {
      if (!available.has(m[1]!)) problems.push(`${u.where}: legend {{${m[1]}}} is not a label of the result`);
    }
  }
  return problems;
}
