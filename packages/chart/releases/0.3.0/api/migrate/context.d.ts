import { upstreamNames } from './upstream.js';
export interface MigrationOptions {
    /** Release name of the upstream installation (default: llm-router, as upstream's README installs it). */
    release?: string;
    /** Namespace of the release (only used in the printed commands; default: llm-router). */
    namespace?: string;
    /** Chart reference for the printed upgrade command (default: oci://<registry>/charts/llm-router). */
    chartRef?: string;
    /** Chart version for the printed upgrade command. */
    chartVersion?: string;
}
export interface MigrationContext {
    release: string;
    namespace: string;
    fullname: string;
    names: ReturnType<typeof upstreamNames>;
    chartRef: string;
    chartVersion: string | null;
}
export declare function migrationContext(input: Record<string, unknown>, options: MigrationOptions, defaultRelease: string): MigrationContext;
