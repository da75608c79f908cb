import type { Rule } from './rule.js';
/** What the NVIDIA device plugin publishes: whole GPUs, time-sliced shares, MIG slices. */
export declare const NVIDIA_GPU: RegExp;
export declare const resourceRules: Rule[];
