import type { GoScope, Rule } from './rule.js';
/** commonLabels and every podLabels map: selector labels belong to the chart (changing them breaks upgrades). */
export declare const selectorLabelRules: Rule[];
/** Every component is one instance of the `component` scope: `.path` is its key, `.c` its values. */
export declare const COMPONENT: GoScope;
export declare const componentRules: Rule[];
