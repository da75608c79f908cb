import type { Ledger } from './ledger.js';
export declare function convertModelRepository(l: Ledger, modelPvcName: string): void;
