// validate(): every problem of a values document, with dotted paths and readable messages.
import { z } from 'zod';
import { issueToProblems, type Problem, type SchemaInfo } from './problems.js';
import { valuesSchema, type Values } from './schema/root.js';

export type ValidationResult = { ok: true; values: Values } | { ok: false; problems: Problem[] };

const unwrap = (t: z.core.$ZodType): z.core.$ZodType => {
  const def = t._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return t;
};

/** The schema at a path, with defaults/nullables unwrapped (for hints in messages). */
function schemaAt(path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = valuesSchema;
  for (const seg of path) {
    if (!s) return undefined;
    const def = unwrap(s)._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType };
    if (def.type === 'object' && def.shape) s = def.shape[String(seg)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
  }
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
};

export function validate(input: unknown): ValidationResult {
  // Helm treats an empty values file as no values at all.
  const result = valuesSchema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return { ok: true, values: result.data };
  const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, info));
  return { ok: false, problems };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
