export type CompatKind = 'breaking' | 'behaviour' | 'addition';
export interface CompatFinding {
    kind: CompatKind;
    /** Value path, e.g. "routerServer.replicas", "ingress.hosts[]", "commonLabels.*". */
    path: string;
    /** Short code: removed, added, possible-rename, type, enum, required, minimum, maximum, ... */
    change: string;
    /** What changed, in words, with the old and new values. */
    detail: string;
}
export interface CompatReport {
    findings: CompatFinding[];
    breaking: boolean;
    counts: Record<CompatKind, number>;
}
/** Every difference between two values.schema.json trees, breaking first, then by path and change. */
export declare function compareSchemas(oldSchema: object, newSchema: object): CompatReport;
/** Rules (src/rules) narrow values too: an added rule id is breaking, a removed one an addition. */
export declare function compareRules(oldIds: readonly string[], newIds: readonly string[]): CompatFinding[];
export declare function formatCompat(report: CompatReport): string;
