import { type Values } from './schema/root.js';
export declare const defaults: Values;
