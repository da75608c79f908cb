export interface CarryEdit {
    path: string;
    from: unknown;
    to: unknown;
}
export interface CarryResult {
    /** The values file with the mechanical changes made. */
    text: string;
    edits: CarryEdit[];
    /** Paths that need the user's decision, with what to decide. */
    decisions: {
        path: string;
        message: string;
    }[];
}
/** Every image block of the values, by path. */
export declare const IMAGE_BLOCKS: string[][];
/** A registry as 0.3.0 accepts it: scheme dropped, no trailing or doubled slashes. */
export declare function cleanRegistry(registry: string): string;
export declare function carryValues(text: string): CarryResult;
