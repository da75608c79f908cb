import type { Rule } from './rule.js';
export declare const snapshotRules: Rule[];
export declare const apiKeyRules: Rule[];
