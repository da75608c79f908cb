// What a user must do when upgrading across a release that breaks values: every breaking value path
// (as the compatibility checker names it) is in one note; a note may cover several paths with one action. The chart README's "Upgrading" section lists them by
// version, and the release gate refuses a breaking change without its note.
export interface UpgradeNote {
  /** The release that introduces the change. */
  version: string;
  /** Value paths, rules or exports, exactly as the compatibility checker reports them. */
  paths: string[];
  /** What to change in a values file, in one or two sentences. */
  action: string;
  /**
   * Values the previous release accepted and this one refuses, and the value path the refusal names:
   * the release test renders them with both archives, and the kind e2e shows a `helm upgrade` with them
   * refused and nothing applied.
   */
  refused?: { values: Record<string, unknown>; names: string };
}

export const UPGRADE_NOTES: readonly UpgradeNote[] = [];
