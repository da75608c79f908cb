// The rules table: every cross-field rule of the chart's values, in the order the chart checks them.
// From it come the zod refinement of valuesSchema, validate()'s release checks, the chart's
// templates/validate.yaml (renderFailTemplate) and the rules section of the docs (renderRulesReference).
import type { Values } from '../schema/root.js';
import { componentRules, selectorLabelRules } from './components.js';
import { exposureRules } from './exposure.js';
import { GO_HELPERS } from './paths.js';
import { apiKeyRules, snapshotRules } from './release.js';
import { routingRules } from './routing.js';
import { fillMessage, goFail, type Rule, type Seg } from './rule.js';
import { metricsRules } from './metrics.js';
import { globalRules, labelKeyRules } from './names.js';
import { GO_QUANTITY } from './quantity.js';
import { resourceRules } from './resources.js';
import { securityRules } from './security.js';
import { serverRules } from './server.js';

export type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  ...globalRules,
  ...labelKeyRules,
  ...selectorLabelRules,
  ...componentRules,
  ...resourceRules,
  ...securityRules,
  ...serverRules,
  ...snapshotRules,
  ...apiKeyRules,
  ...routingRules,
  ...exposureRules,
  ...metricsRules,
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

/** templates/validate.yaml: every rule as `if ... fail`, each message starting with the value path. Renders nothing. */
export function renderFailTemplate(): string {
  const lines = [
    '{{- /* Generated from the rules table in @llm-router-helm/values-schema (src/rules); do not edit. */ -}}',
    '{{- /* Cross-field rules values.schema.json does not carry; each fail names the value path. Renders nothing. */ -}}',
    ...GO_HELPERS,
    ...GO_QUANTITY,
  ];
  for (const rule of RULES) {
    lines.push(`{{- /* ${rule.id} */}}`);
    lines.push(...rule.go((f) => goFail(rule, f)));
  }
  return `${lines.join('\n')}\n`;
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
