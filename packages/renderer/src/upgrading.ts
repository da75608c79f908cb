// What a user must do when upgrading across a release that breaks values: one note per breaking value
// path (as the compatibility checker names it). The chart README's "Upgrading" section lists them by
// version, and the release gate refuses a breaking change without its note.
export interface UpgradeNote {
  /** The release that introduces the change. */
  version: string;
  /** Value path, rule or export, exactly as the compatibility checker reports it. */
  path: string;
  /** What to change in a values file, in one or two sentences. */
  action: string;
  /**
   * A values fragment the previous release accepted and this one refuses, naming `path`: the release
   * test renders it with both, and the kind e2e shows a `helm upgrade` with it refused and nothing applied.
   */
  refused?: Record<string, unknown>;
}

export const UPGRADE_NOTES: readonly UpgradeNote[] = [];
