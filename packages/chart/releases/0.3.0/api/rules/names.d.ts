import type { Rule } from './rule.js';
export declare const labelKeyRules: Rule[];
/** The globals this chart reads; Bitnami's defaultStorageClass is honoured as a synonym of storageClass. */
export declare const GLOBAL_KEYS: string[];
export declare const globalRules: Rule[];
