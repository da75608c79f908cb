import { type Problem } from '../problems.js';
export type Path = readonly (string | number)[];
export type NoteKind = 'mapped' | 'dropped' | 'decision' | 'assumed';
export interface MigrationNote {
    kind: NoteKind;
    /** Upstream path (for "assumed": the upstream default that was not in the file). */
    path: string;
    /** Where it went in our values, when it went somewhere. */
    to?: string;
    message: string;
}
/** A Secret the user must create (or copy) before upgrading; never carries a key value. */
export interface SecretInstruction {
    secretName: string;
    key: string;
    /** Shell command with a placeholder or a copy from an existing Secret, never the value itself. */
    command: string;
    why: string;
}
export declare const isMap: (v: unknown) => v is Record<string, unknown>;
export declare const parsePath: (p: string) => (string | number)[];
export declare class Ledger {
    readonly input: Record<string, unknown>;
    readonly notes: MigrationNote[];
    readonly errors: Problem[];
    readonly secrets: SecretInstruction[];
    readonly out: Record<string, unknown>;
    private readonly covered;
    /** Every path a rule asked for: the known upstream keys (for "did you mean"). */
    private readonly asked;
    constructor(input: Record<string, unknown>);
    /** The upstream value at a path (undefined when absent). */
    get(p: string | Path): unknown;
    has(p: string | Path): boolean;
    /** Sets one of our values; path segments create maps (numbers index lists). */
    set(p: string | Path, value: unknown): void;
    /** Our value at a path as set so far. */
    peek(p: string | Path): unknown;
    private note;
    /** Sets our value and records the mapping, only when the upstream key is present. */
    mapped(from: string | Path, to: string | Path, value: unknown, message?: string): void;
    /** Records a mapping whose value the caller sets itself (e.g. several keys into one). */
    accounted(from: string | Path, to: string, message?: string): void;
    dropped(from: string | Path, reason: string): void;
    decision(from: string | Path, message: string, to?: string): void;
    /** An upstream default (absent from the file) that the converter carried over or relied on. */
    assumed(upstreamPath: string, message: string, to?: string): void;
    error(p: string | Path, message: string): void;
    secret(instruction: SecretInstruction): void;
    /** Upstream keys no rule accounted for, as errors naming the path (with the closest known key). */
    unknownKeys(): Problem[];
}
