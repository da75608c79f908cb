import type { Rule } from './rule.js';
export declare const imageRules: Rule[];
export declare const imageTagRules: Rule[];
