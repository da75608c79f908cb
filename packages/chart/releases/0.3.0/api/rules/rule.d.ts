import type { Values } from '../schema/root.js';
export type Seg = string | number;
export type Args = Record<string, string | number>;
export type Hit = (path: Seg[], args?: Args) => void;
export interface GoFail {
    /** Go template condition (the `if` pipeline); `$.Values` is the values root. */
    when: string;
    /** printf format of the value path, e.g. "routerController.policies[%d].name". */
    path: string;
    pathArgs?: string[];
    /** Go expression for each message placeholder. */
    args?: Record<string, string>;
}
/**
 * A shape the values have several times (e.g. the requests/limits of six containers): its rules are
 * written once against `$s` (one dict per instance) and emitted once, inside a loop over the
 * instances, so Helm parses them once.
 */
export interface GoScope {
    name: string;
    /** One Go `dict ...` expression per instance. */
    calls: string[];
}
export interface Rule {
    id: string;
    /** Emitted inside the scope's named template (see GoScope) instead of at the top level. */
    scope?: GoScope;
    /** Dotted value paths the rule reads, for the docs. */
    values: string[];
    /** What the rule requires, one sentence for the docs. */
    doc: string;
    /** Text after "path: ", with {placeholders}. */
    message: string;
    /** Reports every violation in parsed values (defaults filled in). */
    check(v: Values, hit: Hit): void;
    /** Template lines; `fail` turns one condition into an `if ... fail ... end` line. */
    go(fail: (f: GoFail) => string): string[];
    /**
     * Needed to install, but not part of the schema's type: `valuesSchema.parse({})` (the defaults)
     * must stay valid, while a release also needs e.g. an API-key source. validate() and the chart check it.
     */
    releaseOnly?: boolean;
}
/** The template variable collecting the broken rules' messages, one `path: message` each. */
export declare const PROBLEMS = "$problems";
/** The message with TypeScript values in place of its placeholders. */
export declare function fillMessage(message: string, args?: Args): string;
/**
 * `{{- if COND }}{{ $problems = append $problems (printf "PATH: MESSAGE" ...) }}{{ end }}` for one rule
 * message: the template collects every broken rule and fails once at the end (see PROBLEMS), so a
 * user sees all of them in one run, as validate() lists them.
 */
export declare function goFail(rule: Pick<Rule, 'id' | 'message'>, f: GoFail): string;
