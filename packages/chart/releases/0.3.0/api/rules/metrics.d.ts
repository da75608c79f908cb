import type { Rule } from './rule.js';
export declare const metricsRules: Rule[];
