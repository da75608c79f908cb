// validate(): every problem of a values document, with dotted paths and readable messages.
import type { z } from 'zod';
import { defaults } from './defaults.js';
import { childSchema, mergeLikeHelm, unwrap } from './helmValues.js';
import { formatPath, issueToProblems, type Problem, type SchemaInfo } from './problems.js';
import { checkRules, RELEASE_RULES } from './rules/index.js';
import { valuesSchema, valuesShapeSchema, type Values } from './schema/root.js';

export type ValidationResult = { ok: true; values: Values } | { ok: false; problems: Problem[] };

/** The schema at a path, with defaults/nullables unwrapped (for hints in messages). */
function schemaAt(path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = valuesSchema;
  for (const seg of path) s = childSchema(s, seg);
  return s && unwrap(s);
}

/** The keys the schema declares at a path, in declaration order (empty for maps, lists and scalars). */
export function schemaKeysAt(path: readonly PropertyKey[]): string[] {
  const def = schemaAt(path)?._zod.def as { shape?: Record<string, unknown> } | undefined;
  return def?.shape ? Object.keys(def.shape) : [];
}

const info: SchemaInfo = {
  keys: schemaKeysAt,
  isInteger: (path) => (schemaAt(path)?._zod.def as { format?: string } | undefined)?.format === 'safeint',
  hasDefault: (path) => {
    let at: unknown = defaults;
    for (const seg of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[seg] : undefined;
    return at !== undefined;
  },
};

/**
 * Every problem of a values document as the chart would see it: merged onto the defaults like Helm
 * merges onto values.yaml, checked by the schema and its rules, then by the release checks (an
 * API-key source ...) that the defaults alone do not pass.
 */
export function validate(input: unknown): ValidationResult {
  // Helm treats an empty values file as no values at all.
  const merged = mergeLikeHelm(defaults, input ?? {}, valuesSchema);
  const result = valuesSchema.safeParse(merged, { reportInput: true });
  if (result.success) {
    const release = releaseProblems(result.data);
    return release.length === 0 ? { ok: true, values: result.data } : { ok: false, problems: release };
  }
  const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, info));
  // Only cross-field rules failed, so the values are well-formed: the release checks run too and the
  // list is complete, as the chart's validate template lists every broken rule in one run.
  if (problems.every((p) => p.rule)) problems.push(...releaseProblems(valuesShapeSchema.parse(merged)));
  return { ok: false, problems };
}

const releaseProblems = (values: Values): Problem[] =>
  checkRules(values, RELEASE_RULES).map((r) => ({ path: formatPath(r.path), message: r.message, rule: r.rule }));

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
