import type { z } from 'zod';
export interface Problem {
    /** Dotted path, e.g. routerController.policies[0].llms[2].apiBase; "(root)" for the document itself. */
    path: string;
    message: string;
    /** Id of the cross-field rule (src/rules) that reported it; absent for per-value checks. */
    rule?: string;
}
export declare function formatPath(path: readonly PropertyKey[]): string;
/** Short rendering of the offending value for messages. */
export declare function show(value: unknown): string;
/** The candidate nearest to a misspelt word (a few edits at most), for "did you mean". */
export declare function closest(word: string, candidates: string[]): string | undefined;
/** What the schema says at a path: the keys an object accepts ("did you mean"), whether a number must be whole. */
export interface SchemaInfo {
    keys(path: readonly PropertyKey[]): string[];
    isInteger(path: readonly PropertyKey[]): boolean;
    /** The defaults (values.yaml) have a value there, which a null would delete in Helm. */
    hasDefault(path: readonly PropertyKey[]): boolean;
}
export declare function issueToProblems(issue: z.core.$ZodIssue, info: SchemaInfo): Problem[];
