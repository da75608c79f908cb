import type { Values } from '../schema/root.js';
import { type Rule, type Seg } from './rule.js';
export type { Rule } from './rule.js';
export declare const RULES: readonly Rule[];
/** The rules the zod schema itself carries (the release checks need more than the defaults give). */
export declare const SCHEMA_RULES: readonly Rule[];
export declare const RELEASE_RULES: readonly Rule[];
export interface RuleViolation {
    rule: string;
    path: Seg[];
    message: string;
}
/** Every violation of the given rules in parsed values. */
export declare function checkRules(values: Values, rules?: readonly Rule[]): RuleViolation[];
/**
 * templates/validate.yaml: every rule as `if ... append`, then one `fail` listing every broken rule,
 * a line each starting with the value path. Renders nothing.
 */
export declare function renderFailTemplate(): string;
/** Markdown list of the rules for the READMEs, grouped by the first value they read. */
export declare function renderRulesReference(): string;
