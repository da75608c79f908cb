import { type Problem } from './problems.js';
import { type Values } from './schema/root.js';
export type ValidationResult = {
    ok: true;
    values: Values;
} | {
    ok: false;
    problems: Problem[];
};
/** The keys the schema declares at a path, in declaration order (empty for maps, lists and scalars). */
export declare function schemaKeysAt(path: readonly PropertyKey[]): string[];
/**
 * Every problem of a values document as the chart would see it: merged onto the defaults like Helm
 * merges onto values.yaml, checked by the schema and its rules, then by the release checks (an
 * API-key source ...) that the defaults alone do not pass.
 */
export declare function validate(input: unknown): ValidationResult;
export declare function formatProblems(problems: Problem[]): string;
