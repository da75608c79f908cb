// Where the converted release lives: its name and namespace decide the names of upstream's objects.
import { upstreamFullname, upstreamNames } from './upstream.js';

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

export function migrationContext(input: Record<string, unknown>, options: MigrationOptions, defaultRelease: string): MigrationContext {
  const release = options.release ?? defaultRelease;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const fullname = upstreamFullname(release, text(input.nameOverride), text(input.fullnameOverride));
  return {
    release,
    namespace: options.namespace ?? 'llm-router',
    fullname,
    names: upstreamNames(fullname),
    chartRef: options.chartRef ?? 'oci://<registry>/charts/llm-router',
    chartVersion: options.chartVersion ?? null,
  };
}
