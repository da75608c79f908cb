import { type Ledger } from './ledger.js';
import type { MigrationContext } from './context.js';
export declare function convertIngress(l: Ledger, _ctx: MigrationContext): void;
