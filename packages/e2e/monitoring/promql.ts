// What a PromQL expression reads, from Prometheus's own grammar (@prometheus-io/lezer-promql):
// every selector with its metric name and matcher labels, and every grouping label
// (by/without/on/ignoring/group_left/group_right) with the selectors it applies to.
import { parser } from '@prometheus-io/lezer-promql';

type SyntaxNode = ReturnType<typeof parser.parse>['topNode'];

export interface Selector {
  metric: string;
  matcherLabels: string[];
}
export interface Grouping {
  label: string;
  over: string[];
}
export interface PromqlUse {
  selectors: Selector[];
  groupings: Grouping[];
}

function children(node: SyntaxNode, name: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name === name) out.push(c);
  return out;
}

function descendants(node: SyntaxNode, name: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (n: SyntaxNode) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export function analyse(expr: string): PromqlUse {
  const tree = parser.parse(expr);
  const text = (n: SyntaxNode) => expr.slice(n.from, n.to);
  const errors = descendants(tree.topNode, '⚠');
  if (errors.length) throw new Error(`PromQL does not parse at ${errors[0]!.from}: ${expr}`);
  const selectorOf = (vs: SyntaxNode): Selector => {
    const id = children(vs, 'Identifier')[0];
    const matchers = descendants(vs, 'LabelName').map(text);
    // {__name__="x"} selects by name without an identifier
    return { metric: id ? text(id) : '', matcherLabels: matchers };
  };
  const selectors = descendants(tree.topNode, 'VectorSelector').map(selectorOf);
  const groupings: Grouping[] = [];
  for (const g of descendants(tree.topNode, 'GroupingLabels')) {
    let scope: SyntaxNode | null = g.parent;
    while (scope && scope.name !== 'AggregateExpr' && scope.name !== 'BinaryExpr') scope = scope.parent;
    const over = descendants(scope ?? tree.topNode, 'VectorSelector').map((v) => selectorOf(v).metric);
    for (const l of children(g, 'LabelName')) groupings.push({ label: text(l), over });
  }
  return { selectors, groupings };
}
