import type { Problem } from '../problems.js';
import type { ValuesInput } from '../schema/root.js';
import { type MigrationContext, type MigrationOptions } from './context.js';
import { type MigrationNote, type SecretInstruction } from './ledger.js';
import { type MigrationStep } from './procedure.js';
export interface MigrationResult {
    /** True when every key was accounted for and the output validates. */
    ok: boolean;
    values: ValuesInput;
    /** The values as YAML, with a header naming the decisions. */
    yaml: string;
    notes: MigrationNote[];
    errors: Problem[];
    secrets: SecretInstruction[];
    /** Upstream's model PVC adopted through existingClaim (null when the repository is not on upstream's PVC). */
    modelPvc: string | null;
    context: MigrationContext;
    steps: MigrationStep[];
}
/** Parses an upstream values file's text (one YAML document) and converts it. */
export declare function migrateUpstreamValuesText(text: string, options?: MigrationOptions): MigrationResult;
export declare function migrateUpstreamValues(input: unknown, options?: MigrationOptions): MigrationResult;
