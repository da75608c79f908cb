// The converter's bookkeeping: read the upstream document by path, record what became of each key
// (mapped, dropped with a reason, a decision for the user), build our values, and find the keys
// no rule accounted for (unknown keys: errors naming the path, never silently lost).
import { closest, formatPath, type Problem } from '../problems.js';

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

export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const parsePath = (p: string): (string | number)[] =>
  p
    .split('.')
    .flatMap((seg) => seg.split(/(\[\d+\])/).filter(Boolean))
    .map((seg) => (/^\[\d+\]$/.test(seg) ? Number(seg.slice(1, -1)) : seg));

const asPath = (p: string | Path): Path => (typeof p === 'string' ? parsePath(p) : p);

function isPrefix(prefix: Path, full: Path): boolean {
  return prefix.length <= full.length && prefix.every((seg, i) => seg === full[i]);
}

/** Every leaf path of a document: scalars, and empty maps/lists. */
function leaves(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [at] : value.flatMap((v, i) => leaves(v, [...at, i]));
  if (isMap(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? [at] : keys.flatMap((k) => leaves(value[k], [...at, k]));
  }
  return [at];
}

export class Ledger {
  readonly notes: MigrationNote[] = [];
  readonly errors: Problem[] = [];
  readonly secrets: SecretInstruction[] = [];
  readonly out: Record<string, unknown> = {};
  private readonly covered: Path[] = [];
  /** Every path a rule asked for: the known upstream keys (for "did you mean"). */
  private readonly asked: Path[] = [];

  constructor(readonly input: Record<string, unknown>) {}

  /** The upstream value at a path (undefined when absent). */
  get(p: string | Path): unknown {
    const path = asPath(p);
    this.asked.push(path);
    let v: unknown = this.input;
    for (const seg of path) {
      if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
      else if (isMap(v) && typeof seg === 'string') v = v[seg];
      else return undefined;
    }
    return v;
  }

  has(p: string | Path): boolean {
    return this.get(p) !== undefined;
  }

  /** Sets one of our values; path segments create maps (numbers index lists). */
  set(p: string | Path, value: unknown): void {
    const path = asPath(p);
    let node: Record<string, unknown> | unknown[] = this.out;
    path.forEach((seg, i) => {
      const last = i === path.length - 1;
      const container = node as Record<string | number, unknown>;
      if (last) container[seg] = value;
      else {
        if (!isMap(container[seg]) && !Array.isArray(container[seg])) container[seg] = typeof path[i + 1] === 'number' ? [] : {};
        node = container[seg] as Record<string, unknown>;
      }
    });
  }

  /** Our value at a path as set so far. */
  peek(p: string | Path): unknown {
    let v: unknown = this.out;
    for (const seg of asPath(p)) v = isMap(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[seg] : undefined;
    return v;
  }

  private note(kind: NoteKind, p: string | Path, message: string, to?: string): void {
    const path = asPath(p);
    this.covered.push(path);
    const note = { kind, path: formatPath(path), message, ...(to ? { to } : {}) };
    if (!this.notes.some((n) => n.kind === kind && n.path === note.path && n.message === message && n.to === to)) this.notes.push(note);
  }

  /** Sets our value and records the mapping, only when the upstream key is present. */
  mapped(from: string | Path, to: string | Path, value: unknown, message = ''): void {
    if (!this.has(from)) return;
    this.set(to, value);
    this.note('mapped', from, message, formatPath(asPath(to)));
  }

  /** Records a mapping whose value the caller sets itself (e.g. several keys into one). */
  accounted(from: string | Path, to: string, message = ''): void {
    if (this.has(from)) this.note('mapped', from, message, to);
  }

  dropped(from: string | Path, reason: string): void {
    if (this.has(from)) this.note('dropped', from, reason);
  }

  decision(from: string | Path, message: string, to?: string): void {
    this.note('decision', from, message, to);
  }

  /** An upstream default (absent from the file) that the converter carried over or relied on. */
  assumed(upstreamPath: string, message: string, to?: string): void {
    this.notes.push({ kind: 'assumed', path: upstreamPath, message, ...(to ? { to } : {}) });
  }

  error(p: string | Path, message: string): void {
    const path = asPath(p);
    this.covered.push(path);
    this.errors.push({ path: formatPath(path), message });
  }

  secret(instruction: SecretInstruction): void {
    if (!this.secrets.some((s) => s.secretName === instruction.secretName && s.key === instruction.key)) this.secrets.push(instruction);
  }

  /** Upstream keys no rule accounted for, as errors naming the path (with the closest known key). */
  unknownKeys(): Problem[] {
    const problems: Problem[] = [];
    const reported: Path[] = [];
    for (const leaf of leaves(this.input)) {
      if (leaf.length === 0 || this.covered.some((c) => isPrefix(c, leaf))) continue;
      // report the shallowest key no rule knows once (e.g. `routerServer.replicaz`, not each leaf below it)
      let depth = 1;
      while (depth < leaf.length && this.asked.some((a) => isPrefix(leaf.slice(0, depth), a))) depth++;
      const key = leaf.slice(0, depth);
      if (reported.some((r) => isPrefix(r, key))) continue;
      reported.push(key);
      const last = key[key.length - 1];
      const siblings = [
        ...new Set(this.asked.filter((a) => a.length === key.length && isPrefix(key.slice(0, -1), a)).map((a) => String(a[a.length - 1]))),
      ];
      const hint = closest(
        String(last),
        siblings.filter((sib) => sib !== String(last)),
      );
      problems.push({
        path: formatPath(key),
        message: `unknown upstream key: the upstream chart has no such value, so the converter cannot tell what it meant${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
    return problems;
  }
}
