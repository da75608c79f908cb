// A cross-field rule, written once: the TypeScript check (run by the zod schema and validate()),
// the Go-template check (the chart's templates/validate.yaml) and the sentence for the docs.
// Messages are shared text: `{name}` placeholders are filled from the TypeScript values in
// validate() and become printf verbs with Go expressions in the template, so both say the same.
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
export const PROBLEMS = '$problems';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The message with TypeScript values in place of its placeholders. */
export function fillMessage(message: string, args: Args = {}): string {
  return message.replace(PLACEHOLDER, (_m, name: string) => {
    if (!(name in args)) throw new Error(`rule message placeholder {${name}} has no value`);
    return String(args[name]);
  });
}

/**
 * `{{- if COND }}{{ $problems = append $problems (printf "PATH: MESSAGE" ...) }}{{ end }}` for one rule
 * message: the template collects every broken rule and fails once at the end (see PROBLEMS), so a
 * user sees all of them in one run, as validate() lists them.
 */
export function goFail(rule: Pick<Rule, 'id' | 'message'>, f: GoFail): string {
  const args: string[] = [];
  const text = rule.message.replace(/%/g, '%%').replace(PLACEHOLDER, (_m, name: string) => {
    const expr = f.args?.[name];
    if (!expr) throw new Error(`rule ${rule.id}: placeholder {${name}} has no Go expression`);
    args.push(expr);
    return '%v';
  });
  const format = JSON.stringify(`${f.path}: ${text}`);
  const all = [...(f.pathArgs ?? []), ...args];
  return `{{- if ${f.when} }}{{ ${PROBLEMS} = append ${PROBLEMS} (printf ${format}${all.map((a) => ` ${a}`).join('')}) }}{{ end }}`;
}
