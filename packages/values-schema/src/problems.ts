// Turns zod issues into {path, message} a person understands, e.g.
//   routerServer: unknown key "replicaz" (did you mean "replicas"?)
//   routerServer.image.pullPolicy: must be one of Always, IfNotPresent, Never (got "Sometimes")
import type { z } from 'zod';

export interface Problem {
  /** Dotted path, e.g. routerController.policies[0].llms[2].apiBase; "(root)" for the document itself. */
  path: string;
  message: string;
  /** Id of the cross-field rule (src/rules) that reported it; absent for per-value checks. */
  rule?: string;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(String(seg))) out += out === '' ? String(seg) : `.${String(seg)}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Short rendering of the offending value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const TYPE_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object (a map of keys)',
  array: 'a list',
  record: 'a map of keys',
  null: 'null',
};

/** Keys the chart had and removed on purpose: what to use instead (the program facts behind them are in the runtime contract). */
const REMOVED_KEYS: Record<string, string> = {
  'routerController.port':
    'the router-controller always listens on 8084 (hard-coded in the program); set routerController.service.port to change the Service port',
  'app.routingStrategy': 'replaced by app.routingStrategies, a list of choices (the app shows them in a dropdown)',
};

/** The candidate nearest to a misspelt word (a few edits at most), for "did you mean". */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** What the schema says at a path: the keys an object accepts ("did you mean"), whether a number must be whole. */
export interface SchemaInfo {
  keys(path: readonly PropertyKey[]): string[];
  isInteger(path: readonly PropertyKey[]): boolean;
  /** The defaults (values.yaml) have a value there, which a null would delete in Helm. */
  hasDefault(path: readonly PropertyKey[]): boolean;
}

function bound(issue: { inclusive?: boolean }, op: '>' | '<'): string {
  return issue.inclusive === false ? op : `${op}=`;
}

/** The issue without the offending value (a key is already quoted in the message). */
const withoutInput = (issue: z.core.$ZodIssue): z.core.$ZodIssue => {
  const { input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  return rest as z.core.$ZodIssue;
};

export function issueToProblems(issue: z.core.$ZodIssue, info: SchemaInfo): Problem[] {
  const path = formatPath(issue.path);
  const got = 'input' in issue ? ` (got ${show(issue.input)})` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const removed = REMOVED_KEYS[path === '(root)' ? key : `${path}.${key}`];
        if (removed) return { path, message: `unknown key "${key}": ${removed}` };
        const hint = closest(key, info.keys(issue.path));
        return { path, message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}` };
      });
    case 'invalid_value':
      return [
        { path, message: `must be one of ${issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}${got}` },
      ];
    case 'invalid_type': {
      if (issue.input === undefined) return [{ path, message: 'is required' }];
      // A null where the defaults have no value (a key only the user wrote) is just the wrong type.
      if (issue.input === null && issue.expected !== 'null' && !info.hasDefault(issue.path))
        return [{ path, message: `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (got null)` }];
      if (issue.input === null && issue.expected !== 'null')
        return [
          {
            path,
            message: `must not be null: Helm deletes a key set to null, which drops the chart's default here; remove the line or give a value (${TYPE_NAMES[issue.expected] ?? issue.expected})`,
          },
        ];
      const expected =
        issue.expected === 'number' && info.isInteger(issue.path) ? TYPE_NAMES.int : (TYPE_NAMES[issue.expected] ?? issue.expected);
      if (issue.message && !issue.message.startsWith('Invalid input')) return [{ path, message: issue.message }];
      return [{ path, message: `must be ${expected}${got}` }];
    }
    case 'too_small': {
      if (issue.origin === 'array') return [{ path, message: `needs at least ${issue.minimum} item(s)` }];
      if (issue.origin === 'string') return [{ path, message: `must not be empty${got}` }];
      return [{ path, message: `must be ${bound(issue, '>')} ${issue.minimum}${got}` }];
    }
    case 'too_big': {
      if (issue.origin === 'array') return [{ path, message: `allows at most ${issue.maximum} item(s)` }];
      if (issue.origin === 'string') return [{ path, message: `must be at most ${issue.maximum} characters long` }];
      return [{ path, message: `must be ${bound(issue, '<')} ${issue.maximum}${got}` }];
    }
    case 'invalid_format':
      return [
        { path, message: `${issue.message.startsWith('Invalid') ? `has an invalid format (${issue.format})` : issue.message}${got}` },
      ];
    case 'invalid_union': {
      // Report the branch that got furthest when one branch matched the type; otherwise list the types.
      const deeper = issue.errors.flat().filter((i) => i.code !== 'invalid_type');
      if (deeper.length > 0 && deeper[0])
        return issueToProblems({ ...deeper[0], path: [...issue.path, ...deeper[0].path] } as z.core.$ZodIssue, info);
      const types = [
        ...new Set(issue.errors.flat().map((i) => (i.code === 'invalid_type' ? (TYPE_NAMES[i.expected] ?? i.expected) : i.code))),
      ];
      return [{ path, message: `must be ${types.join(' or ')}${got}` }];
    }
    case 'invalid_key': {
      // Reported at the map, as for an unknown key (and as both Helms report a key the map does not allow).
      const key = issue.path[issue.path.length - 1];
      return issue.issues.map((i) => ({
        path: formatPath(issue.path.slice(0, -1)),
        message: `invalid key ${JSON.stringify(String(key))}: ${issueToProblems(withoutInput(i as z.core.$ZodIssue), info)[0]?.message ?? i.message}`,
      }));
    }
    case 'invalid_element':
      return issue.issues.map((i) => ({ path, message: `has an invalid entry: ${i.message}` }));
    case 'not_multiple_of':
      return [{ path, message: `must be a multiple of ${String(issue.divisor)}${got}` }];
    case 'custom': {
      const rule = (issue.params as { rule?: unknown } | undefined)?.rule;
      return [typeof rule === 'string' ? { path, message: issue.message, rule } : { path, message: issue.message }];
    }
    default:
      return [{ path, message: (issue as { message: string }).message }];
  }
}
