import type { SecretInstruction } from './ledger.js';
import type { upstreamNames } from './upstream.js';
export interface MigrationStep {
    title: string;
    why: string;
    commands: string[];
}
export interface ProcedureInput {
    release: string;
    namespace: string;
    names: ReturnType<typeof upstreamNames>;
    /** Upstream's PVC adopted through existingClaim, or null. */
    modelPvc: string | null;
    secrets: SecretInstruction[];
    valuesFile: string;
    chartRef: string;
    chartVersion: string | null;
    /** Revision of the upstream release to return to (default: shown as a placeholder). */
    upstreamRevision?: number;
}
export declare function migrationSteps(p: ProcedureInput): MigrationStep[];
/** The steps as shell text (comments + commands). */
export declare function formatSteps(steps: MigrationStep[]): string;
