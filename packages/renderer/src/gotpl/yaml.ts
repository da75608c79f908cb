// Emits Go-template YAML from structured data, so templates are built as typed trees
// (keys, values, guarded blocks) instead of hand-indented strings; output is deterministic.

/** An inline Go-template expression used as a scalar value: `key: {{ <text> }}`. */
export class Expr {
  constructor(readonly text: string) {}
}
/** `key:` followed by `toYaml <expr>`; with `skipEmpty` the key is dropped when the value is empty. */
export class ToYaml {
  constructor(
    readonly expr: string,
    readonly skipEmpty: boolean,
  ) {}
}
/** `key:` followed by an expression that already yields YAML text (e.g. an included label block). */
export class Indented {
  constructor(readonly expr: string) {}
}
/** `key: |` followed by raw template lines that produce the text of a literal block scalar. */
export class BlockText {
  constructor(readonly lines: readonly string[]) {}
}
/** A node rendered only when a Go-template condition holds (`if`, or `with` which rebinds `.`). */
export class When {
  constructor(
    readonly keyword: 'if' | 'with',
    readonly cond: string,
    readonly then: Node,
    readonly otherwise?: Node,
  ) {}
}
/** User-supplied list items or map entries spliced in at the current indentation. */
export class Splice {
  constructor(readonly expr: string) {}
}
/** List items produced by a `range` loop. */
export class Range {
  constructor(
    readonly header: string,
    readonly item: Node,
  ) {}
}
/** Raw template lines placed at the current indentation (for loops that do not fit the tree). */
export class Raw {
  constructor(readonly lines: readonly string[]) {}
}

export type Scalar = string | number | boolean | null;
export type Node = Scalar | Expr | ToYaml | Indented | BlockText | When | Splice | Range | Raw | Node[] | MapNode;
export interface MapNode {
  [key: string]: Node;
}

export const expr = (text: string): Expr => new Expr(text);
export const toYaml = (e: string): ToYaml => new ToYaml(e, false);
export const toYamlIfSet = (e: string): ToYaml => new ToYaml(e, true);
export const blockText = (...lines: string[]): BlockText => new BlockText(lines);
export const indented = (e: string): Indented => new Indented(e);
export const when = (cond: string, then: Node, otherwise?: Node): When => new When('if', cond, then, otherwise);
export const withValue = (cond: string, then: Node): When => new When('with', cond, then);
export const splice = (e: string): Splice => new Splice(e);
export const range = (header: string, item: Node): Range => new Range(header, item);
export const raw = (...lines: string[]): Raw => new Raw(lines);

/** Keys beginning with this prefix merge their (possibly guarded) map into the parent map. */
export const SPREAD = '...';
let spreadCounter = 0;
/** A unique spread key, so several guarded groups can sit in one object literal. */
export const spread = (): string => `${SPREAD}${spreadCounter++}`;

const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;

function scalar(v: Scalar): string {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v.includes('{{') || v.includes('}}')) throw new Error(`literal string must not contain template delimiters: ${v}`);
  return PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
}

const isMap = (n: Node): n is MapNode =>
  typeof n === 'object' && n !== null && !Array.isArray(n) && Object.getPrototypeOf(n) === Object.prototype;

const pad = (n: number): string => ' '.repeat(n);

/** Raw lines at column n; `nindent +K` inside a line means "K columns deeper than that line". */
function rawLines(r: Raw, n: number): string[] {
  return r.lines.map((l) => {
    if (l === '') return '';
    const own = n + (l.length - l.trimStart().length);
    return pad(n) + l.replace(/nindent \+(\d+)/g, (_m, k: string) => `nindent ${own + Number(k)}`);
  });
}
const directive = (n: number, text: string): string => `${pad(n)}{{- ${text} }}`;

function emitEntry(key: string, value: Node, n: number, out: string[]): void {
  if (key.startsWith(SPREAD)) return emitInline(value, n, out);
  if (value instanceof When) return emitWhen(value, n, out, (branch, m, o) => emitEntry(key, branch, m, o));
  if (value instanceof ToYaml) {
    if (value.skipEmpty) {
      out.push(directive(n, `with ${value.expr}`));
      out.push(`${pad(n)}${key}:`);
      out.push(directive(n + 2, `toYaml . | nindent ${n + 2}`));
      out.push(directive(n, 'end'));
    } else {
      out.push(`${pad(n)}${key}:`);
      out.push(directive(n + 2, `toYaml ${value.expr} | nindent ${n + 2}`));
    }
    return;
  }
  if (value instanceof BlockText) {
    out.push(`${pad(n)}${key}: |`);
    out.push(...rawLines(new Raw(value.lines), n + 2));
    return;
  }
  if (value instanceof Indented) {
    out.push(`${pad(n)}${key}:`);
    out.push(directive(n + 2, `${value.expr} | nindent ${n + 2}`));
    return;
  }
  if (value instanceof Expr) {
    out.push(`${pad(n)}${key}: {{ ${value.text} }}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${pad(n)}${key}: []`);
      return;
    }
    out.push(`${pad(n)}${key}:`);
    for (const item of value) emitItem(item, n + 2, out);
    return;
  }
  if (value instanceof Splice || value instanceof Range || value instanceof Raw) {
    out.push(`${pad(n)}${key}:`);
    emitItem(value, n + 2, out);
    return;
  }
  if (isMap(value)) {
    if (Object.keys(value).length === 0) {
      out.push(`${pad(n)}${key}: {}`);
      return;
    }
    out.push(`${pad(n)}${key}:`);
    emitMap(value, n + 2, out);
    return;
  }
  out.push(`${pad(n)}${key}: ${scalar(value as Scalar)}`);
}

/** if/with ... else ... end around both branches, each written by `emit` (map entries or list items). */
function emitWhen(w: When, n: number, out: string[], emit: (node: Node, n: number, out: string[]) => void): void {
  out.push(directive(n, `${w.keyword} ${w.cond}`));
  emit(w.then, n, out);
  if (w.otherwise !== undefined) {
    out.push(directive(n, 'else'));
    emit(w.otherwise, n, out);
  }
  out.push(directive(n, 'end'));
}

/** A value's YAML, verbatim, only when it is set. */
function emitSplice(sp: Splice, n: number, out: string[]): void {
  out.push(directive(n, `with ${sp.expr}`));
  out.push(directive(n, `toYaml . | nindent ${n}`));
  out.push(directive(n, 'end'));
}

/** Entries of a map (or a guarded/spliced group of entries) at indentation n. */
function emitInline(value: Node, n: number, out: string[]): void {
  if (value instanceof When) {
    emitWhen(value, n, out, emitInline);
  } else if (value instanceof Splice) {
    emitSplice(value, n, out);
  } else if (value instanceof Raw) {
    out.push(...rawLines(value, n));
  } else if (value instanceof Indented) {
    out.push(directive(n, `${value.expr} | nindent ${n}`));
  } else if (isMap(value)) {
    emitMap(value, n, out);
  } else {
    throw new Error('only maps, guarded maps, splices and raw lines can be spread into a map');
  }
}

function emitMap(m: MapNode, n: number, out: string[]): void {
  for (const [k, v] of Object.entries(m)) emitEntry(k, v, n, out);
}

/** A list item whose dash sits at column n. */
function emitItem(item: Node, n: number, out: string[]): void {
  if (item instanceof When) {
    emitWhen(item, n, out, emitItem);
  } else if (item instanceof Splice) {
    emitSplice(item, n, out);
  } else if (item instanceof Range) {
    out.push(directive(n, `range ${item.header}`));
    emitItem(item.item, n, out);
    out.push(directive(n, 'end'));
  } else if (item instanceof Raw) {
    out.push(...rawLines(item, n));
  } else if (item instanceof Indented) {
    out.push(directive(n, `${item.expr} | nindent ${n}`));
  } else if (item instanceof Expr) {
    out.push(`${pad(n)}- {{ ${item.text} }}`);
  } else if (isMap(item)) {
    const inner: string[] = [];
    emitMap(item, n + 2, inner);
    const first = inner[0];
    if (first === undefined || first.trimStart().startsWith('{{')) {
      throw new Error(`list item maps must start with an unconditional key: ${JSON.stringify(Object.keys(item))}`);
    }
    inner[0] = `${pad(n)}- ${first.slice(n + 2)}`;
    out.push(...inner);
  } else if (Array.isArray(item)) {
    // In list context an array means "these items" (used for guarded groups of items).
    for (const i of item) emitItem(i, n, out);
  } else if (item instanceof ToYaml) {
    throw new Error('toYaml list items are not supported; use splice');
  } else {
    out.push(`${pad(n)}- ${scalar(item as Scalar)}`);
  }
}

/** Renders a top-level mapping (one Kubernetes object) at column 0. */
export function renderMap(m: MapNode): string[] {
  const out: string[] = [];
  emitMap(m, 0, out);
  return out;
}

/**
 * One template file: optional preamble lines (variable assignments), then objects each guarded by
 * an optional condition and separated by `---`.
 */
export interface TemplateDoc {
  guard?: string;
  body: MapNode;
}

export function renderTemplate(opts: { comment: string; guard?: string; preamble?: string[]; docs: TemplateDoc[] }): string {
  const out: string[] = [`{{- /* ${opts.comment} */ -}}`];
  if (opts.guard) out.push(`{{- if ${opts.guard} }}`);
  out.push(...(opts.preamble ?? []));
  for (const d of opts.docs) {
    if (d.guard) out.push(`{{- if ${d.guard} }}`);
    out.push('---');
    out.push(...renderMap(d.body));
    if (d.guard) out.push('{{- end }}');
  }
  if (opts.guard) out.push('{{- end }}');
  return out.join('\n') + '\n';
}
