import { type Ledger } from './ledger.js';
import type { MigrationContext } from './context.js';
export declare function convertRouting(l: Ledger, ctx: MigrationContext): void;
