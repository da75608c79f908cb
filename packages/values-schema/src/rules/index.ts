// The rules table: every cross-field rule of the chart's values, in the order the chart checks them.
// From it come the zod refinement of valuesSchema, validate()'s release checks, the chart's
// templates/validate.yaml (renderFailTemplate) and the rules section of the docs (renderRulesReference).
import type { Values } from '../schema/root.js';
import { componentRules, selectorLabelRules } from './components.js';
import { exposureRules } from './exposure.js';
import { imageRules, imageTagRules } from './images.js';
import { GO_HELPERS } from './paths.js';
import { apiKeyRules, snapshotRules } from './release.js';
import { routingRules } from './routing.js';
import { fillMessage, goFail, PROBLEMS, type GoScope, type Rule, type Seg } from './rule.js';
import { metricsRules } from './metrics.js';
import { globalRules, labelKeyRules } from './names.js';
import { GO_QUANTITY } from './quantity.js';
import { resourceRules } from './resources.js';
import { GO_CREDENTIAL, secretRules } from './secrets.js';
import { serverRules } from './server.js';

export type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  ...globalRules,
  ...labelKeyRules,
  ...selectorLabelRules,
  ...componentRules,
  ...resourceRules,

  ...serverRules,
  ...snapshotRules,
  ...apiKeyRules,
  ...secretRules,
  ...routingRules,
  ...exposureRules,
  ...metricsRules,
  ...imageTagRules,
  // What a release needs beyond a coherent configuration comes last, so other mistakes are named first.
  ...imageRules,
];

/** The rules the zod schema itself carries (the release checks need more than the defaults give). */
export const SCHEMA_RULES: readonly Rule[] = RULES.filter((r) => !r.releaseOnly);
export const RELEASE_RULES: readonly Rule[] = RULES.filter((r) => r.releaseOnly);

for (const [i, r] of RULES.entries()) if (RULES.findIndex((o) => o.id === r.id) !== i) throw new Error(`duplicate rule id ${r.id}`);

export interface RuleViolation {
  rule: string;
  path: Seg[];
  message: string;
}

/** Every violation of the given rules in parsed values. */
export function checkRules(values: Values, rules: readonly Rule[] = RULES): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of rules) rule.check(values, (path, args) => out.push({ rule: rule.id, path, message: fillMessage(rule.message, args) }));
  return out;
}

/**
 * templates/validate.yaml: every rule as `if ... append`, then one `fail` listing every broken rule,
 * a line each starting with the value path. Renders nothing.
 */
export function renderFailTemplate(): string {
  const lines = [
    '{{- /* Generated from the rules table in @llm-router-helm/values-schema (src/rules); do not edit. */ -}}',
    '{{- /* Cross-field rules values.schema.json does not carry. One fail lists every broken rule, a line each starting with the value path. Renders nothing. */ -}}',
    ...GO_HELPERS,
    ...GO_QUANTITY,
    ...GO_CREDENTIAL,
    `{{- ${PROBLEMS} := list }}`,
  ];
  const ruleLines = (rule: Rule): string[] => {
    const [first, ...rest] = rule.go((f) => goFail(rule, f));
    const comment = `{{- /* ${rule.id} */}}`;
    // The comment goes inside a leading range, so loops over the same map can be merged below.
    return first && RANGE_HEADER.test(first) ? [first, comment, ...rest] : [comment, first ?? '', ...rest];
  };
  // Rules of a scope run once per instance: a loop over the instances' dicts, at the place of the
  // scope's first rule (no named template: an include per instance costs more than the loop).
  const scopes = new Map<string, { scope: GoScope; rules: Rule[] }>();
  const order: (Rule | GoScope)[] = [];
  for (const rule of RULES) {
    if (!rule.scope) order.push(rule);
    else if (scopes.has(rule.scope.name)) scopes.get(rule.scope.name)!.rules.push(rule);
    else {
      scopes.set(rule.scope.name, { scope: rule.scope, rules: [rule] });
      order.push(rule.scope);
    }
  }
  for (const item of order) {
    if ('go' in item) lines.push(...ruleLines(item));
    else lines.push(`{{- range $s := list ${item.calls.join(' ')} }}`, ...scopes.get(item.name)!.rules.flatMap(ruleLines), '{{- end }}');
  }
  lines.push(`{{- if ${PROBLEMS} }}{{ fail (join "\\n" ${PROBLEMS}) }}{{ end }}`);
  return `${mergeRanges(lines).join('\n')}\n`;
}

const RANGE_HEADER = /^\{\{- range [^}]*\}\}$/;
const OPENS = /\{\{-?\s*(if|range|with|define)\b/g;
const ENDS = /\{\{-?\s*end\s*-?\}\}/g;

/**
 * Joins back-to-back loops over the same map (`range X ... end` + `range X ... end` -> one loop),
 * so the template walks each map once for all the rules that check its keys: Helm parses and runs
 * validate.yaml on every render.
 */
function mergeRanges(lines: string[]): string[] {
  const out: string[] = [];
  const open: (string | null)[] = [];
  let lastClosed: { header: string; at: number } | undefined;
  for (const line of lines) {
    const opens = line.match(OPENS)?.length ?? 0;
    const ends = line.match(ENDS)?.length ?? 0;
    if (opens === 1 && ends === 0 && RANGE_HEADER.test(line)) {
      if (lastClosed && lastClosed.header === line && lastClosed.at === out.length - 1) {
        out.pop();
        open.push(line);
        lastClosed = undefined;
        continue;
      }
      open.push(line);
      out.push(line);
      continue;
    }
    for (let i = 0; i < opens; i++) open.push(null);
    let closed: string | null | undefined;
    for (let i = 0; i < ends; i++) closed = open.pop();
    out.push(line);
    lastClosed = opens === 0 && ends === 1 && line === '{{- end }}' && closed ? { header: closed, at: out.length - 1 } : undefined;
  }
  return out;
}

/** Markdown list of the rules for the READMEs, grouped by the first value they read. */
export function renderRulesReference(): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const rule of RULES) {
    // Per-component copies share one sentence shape; list each sentence once.
    if (seen.has(rule.doc)) continue;
    seen.add(rule.doc);
    lines.push(`- ${rule.doc}${rule.releaseOnly ? ' *(release check: validate() and the chart; not part of `valuesSchema`)*' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
