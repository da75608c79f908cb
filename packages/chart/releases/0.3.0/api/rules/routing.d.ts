import type { Rule } from './rule.js';
/** Classifier models of the router-server (model repository `<name>_ensemble`) and their class counts. */
export declare const CLASSIFIERS: Record<string, number>;
export declare const routingRules: Rule[];
