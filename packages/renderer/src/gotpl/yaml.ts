// Emits Go-template YAML from a tree of typed nodes, so templates are built as structures (maps,
// sequences, guarded parts) instead of hand-indented strings; the emitter computes every column.
// Modelled on eemeli/yaml's document nodes: explicit classes for maps, sequences and pairs, plain
// JavaScript objects and arrays accepted as shorthand for them, and one meaning per class.

/** A literal scalar; quoted only where YAML would read it as something else. */
export type Scalar = string | number | boolean | null;

/** An inline Go-template expression as a scalar: `key: {{ text }}` or `- {{ text }}`. */
export class Expr {
  constructor(readonly text: string) {}
}
/** A value written as YAML by an expression (toYaml, an include): `key:` then `{{- expr | nindent N }}`. */
export class Yaml {
  constructor(readonly expr: string) {}
}
/** A literal block scalar (`key: |`) whose lines are template text (they may hold actions). */
export class BlockText {
  constructor(readonly lines: readonly string[]) {}
}
/** A literal block scalar of fixed text (no template actions), e.g. a script: `key: |-` or `- |-`. */
export class Literal {
  constructor(readonly text: string) {
    if (text.includes('{{') || text.includes('}}'))
      throw new Error(`literal text must not contain template delimiters: ${text.slice(0, 60)}`);
    if (/^[ \t]/.test(text)) throw new Error('literal text must not start with whitespace (YAML would need an indentation indicator)');
  }
  /** YAML header: `|-` strips the final line break the text does not have, `|` keeps one. */
  get header(): string {
    return this.text.endsWith('\n') ? '|' : '|-';
  }
  get lines(): string[] {
    return this.text.replace(/\n$/, '').split('\n');
  }
}
/** A mapping: its parts are pairs, or guarded/spliced groups of pairs, in order. */
export class YMap {
  constructor(readonly parts: readonly MapPart[]) {}
}
/** A sequence: its parts are items, or guarded/spliced/looped groups of items, in order. */
export class YSeq {
  constructor(readonly parts: readonly SeqPart[]) {}
}
/** Several items placed into the enclosing sequence (a group has no structure of its own). */
export class Group {
  constructor(readonly parts: readonly SeqPart[]) {}
}
/**
 * Content present only when a Go-template condition holds (`if`, or `with`, which rebinds `.`),
 * else the `otherwise` content, if any. The content is what the position holds: a pair's value
 * (the key is written only with it), parts of a map, or parts of a sequence. An `if` in
 * `otherwise` is written as `else if`.
 */
export class When {
  constructor(
    readonly keyword: 'if' | 'with',
    readonly cond: string,
    readonly then: Content,
    readonly otherwise?: Content,
  ) {}
}
/** Map pairs or sequence items written by an expression at the collection's column: `{{- expr | nindent N }}`. */
export class Inline {
  constructor(readonly expr: string) {}
}
/** Sequence items produced by a `range` loop over `header`. */
export class Range {
  constructor(
    readonly header: string,
    readonly item: SeqPart,
  ) {}
}
/**
 * Template lines for content that does not fit the tree (loops), placed at the column that content
 * takes: a pair's value block, or parts of a collection. Inside a line `nindent +K` means "K
 * columns deeper than this line".
 */
export class Raw {
  constructor(readonly lines: readonly string[]) {}
}

/** Shorthand for a map of pairs: `{ key: value }`. A `When` value makes the pair conditional. */
export interface PlainMap {
  [key: string]: Value | When;
}
/** What can follow `key:` or `- `. Plain objects and arrays are shorthand for YMap and YSeq. */
export type Value = Scalar | Expr | Yaml | BlockText | Literal | Raw | YMap | YSeq | PlainMap | SeqPart[];
/** A part of a map: pairs (plain object or map), a guarded group of parts, or pairs written by an expression. */
export type MapPart = PlainMap | YMap | When | Inline | Raw;
/** A part of a sequence: one item, a group of items, a guarded part, items written by an expression or a loop. */
export type SeqPart = Value | Group | When | Inline | Range | Raw;
/** What a `When` branch holds; which of these fits is decided by where the `When` sits (checked when emitted). */
export type Content = Value | MapPart | SeqPart;

export const expr = (text: string): Expr => new Expr(text);
export const yaml = (e: string): Yaml => new Yaml(e);
export const toYaml = (e: string): Yaml => new Yaml(`toYaml ${e}`);
export const blockText = (...lines: string[]): BlockText => new BlockText(lines);
export const literal = (text: string): Literal => new Literal(text);
export const map = (...parts: MapPart[]): YMap => new YMap(parts);
export const seq = (...parts: SeqPart[]): YSeq => new YSeq(parts);
export const group = (...parts: SeqPart[]): Group => new Group(parts);
export const when = (cond: string, then: Content, otherwise?: Content): When => new When('if', cond, then, otherwise);
export const withValue = (e: string, then: Content, otherwise?: Content): When => new When('with', e, then, otherwise);
export const inline = (e: string): Inline => new Inline(e);
export const range = (header: string, item: SeqPart): Range => new Range(header, item);
export const raw = (...lines: string[]): Raw => new Raw(lines);
/** A value's YAML, dropped with its key when the value is empty: `{{- with e }}key: ...{{- end }}`. */
export const toYamlIfSet = (e: string): When => withValue(e, toYaml('.'));
/** A user value's YAML (map pairs or sequence items) spliced in verbatim, only when it is set. */
export const splice = (e: string): When => withValue(e, inline('toYaml .'));

const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;

function scalar(v: Scalar): string {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v.includes('{{') || v.includes('}}')) throw new Error(`literal string must not contain template delimiters: ${v}`);
  return PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
}

const isPlainMap = (n: unknown): n is PlainMap =>
  typeof n === 'object' && n !== null && !Array.isArray(n) && Object.getPrototypeOf(n) === Object.prototype;

/** The explicit node for a shorthand value (plain object -> YMap, array -> YSeq). */
function node(v: Value): Exclude<Value, PlainMap | SeqPart[]> {
  if (Array.isArray(v)) return new YSeq(v);
  if (isPlainMap(v)) return new YMap([v]);
  return v;
}

const pad = (n: number): string => ' '.repeat(n);
const directive = (n: number, text: string): string => `${pad(n)}{{- ${text} }}`;

function rawLines(lines: readonly string[], n: number): string[] {
  return lines.map((l) => {
    if (l === '') return '';
    const own = n + (l.length - l.trimStart().length);
    return pad(n) + l.replace(/nindent \+(\d+)/g, (_m, k: string) => `nindent ${own + Number(k)}`);
  });
}

const literalLines = (l: Literal, n: number): string[] => l.lines.map((line) => (line === '' ? '' : pad(n) + line));

/** if/with ... else [if] ... end around the branches, each written by `emit`. */
function emitWhen(w: When, n: number, out: string[], emit: (content: Content, n: number, out: string[]) => void): void {
  out.push(directive(n, `${w.keyword} ${w.cond}`));
  let cur: When = w;
  for (;;) {
    emit(cur.then, n, out);
    const next = cur.otherwise;
    if (next === undefined) break;
    if (next instanceof When && next.keyword === 'if') {
      out.push(directive(n, `else if ${next.cond}`));
      cur = next;
      continue;
    }
    out.push(directive(n, 'else'));
    emit(next, n, out);
    break;
  }
  out.push(directive(n, 'end'));
}

/** `key: value` at column n. */
function emitPair(key: string, value: Content, n: number, out: string[]): void {
  if (value instanceof When) return emitWhen(value, n, out, (v, m, o) => emitPair(key, v, m, o));
  if (value instanceof Group || value instanceof Inline || value instanceof Range) {
    throw new Error(`${key}: a ${value.constructor.name} is a part of a collection, not a value`);
  }
  const v = node(value);
  if (v instanceof Expr) out.push(`${pad(n)}${key}: {{ ${v.text} }}`);
  else if (v instanceof Yaml) out.push(`${pad(n)}${key}:`, directive(n + 2, `${v.expr} | nindent ${n + 2}`));
  else if (v instanceof BlockText) out.push(`${pad(n)}${key}: |`, ...rawLines(v.lines, n + 2));
  else if (v instanceof Raw) out.push(`${pad(n)}${key}:`, ...rawLines(v.lines, n + 2));
  else if (v instanceof Literal) out.push(`${pad(n)}${key}: ${v.header}`, ...literalLines(v, n + 2));
  else if (v instanceof YMap) {
    const inner: string[] = [];
    emitMapParts(v.parts, n + 2, inner);
    out.push(inner.length ? `${pad(n)}${key}:` : `${pad(n)}${key}: {}`, ...inner);
  } else if (v instanceof YSeq) {
    if (v.parts.length === 0) out.push(`${pad(n)}${key}: []`);
    else {
      out.push(`${pad(n)}${key}:`);
      emitSeqParts(v.parts, n + 2, out);
    }
  } else out.push(`${pad(n)}${key}: ${scalar(v)}`);
}

function emitMapParts(parts: readonly MapPart[], n: number, out: string[]): void {
  for (const p of parts) emitMapPart(p, n, out);
}

function emitMapPart(p: Content, n: number, out: string[]): void {
  if (p instanceof When) emitWhen(p, n, out, emitMapPart);
  else if (p instanceof YMap) emitMapParts(p.parts, n, out);
  else if (p instanceof Inline) out.push(directive(n, `${p.expr} | nindent ${n}`));
  else if (p instanceof Raw) out.push(...rawLines(p.lines, n));
  else if (isPlainMap(p)) for (const [k, v] of Object.entries(p)) emitPair(k, v, n, out);
  else throw new Error(`a map holds pairs, not ${JSON.stringify(p)}`);
}

function emitSeqParts(parts: readonly SeqPart[], n: number, out: string[]): void {
  for (const p of parts) emitSeqPart(p, n, out);
}

/** One sequence part whose dash(es) sit at column n. */
function emitSeqPart(p: Content, n: number, out: string[]): void {
  if (p instanceof When) return emitWhen(p, n, out, emitSeqPart);
  if (p instanceof Group) return emitSeqParts(p.parts, n, out);
  if (p instanceof Inline) return void out.push(directive(n, `${p.expr} | nindent ${n}`));
  if (p instanceof Raw) return void out.push(...rawLines(p.lines, n));
  if (p instanceof Range) {
    out.push(directive(n, `range ${p.header}`));
    emitSeqPart(p.item, n, out);
    out.push(directive(n, 'end'));
    return;
  }
  const v = node(p);
  if (v instanceof Expr) out.push(`${pad(n)}- {{ ${v.text} }}`);
  else if (v instanceof Literal) out.push(`${pad(n)}- ${v.header}`, ...literalLines(v, n + 2));
  else if (v instanceof YMap) {
    const inner: string[] = [];
    emitMapParts(v.parts, n + 2, inner);
    const first = inner[0];
    if (first === undefined || first.trimStart().startsWith('{{')) {
      throw new Error(`a map in a sequence must start with an unconditional key: ${inner.slice(0, 3).join(' / ')}`);
    }
    inner[0] = `${pad(n)}- ${first.slice(n + 2)}`;
    out.push(...inner);
  } else if (v instanceof Yaml || v instanceof BlockText || v instanceof YSeq || v instanceof Raw) {
    throw new Error('a sequence item must be a scalar, an expression or a map; use inline() or splice() for items written as YAML');
  } else out.push(`${pad(n)}- ${scalar(v)}`);
}

/** Renders a top-level mapping (one Kubernetes object) at column 0. */
export function renderMap(m: PlainMap | YMap): string[] {
  const out: string[] = [];
  emitMapPart(m, 0, out);
  return out;
}

/** Renders the parts of a top-level sequence (e.g. the body of a named template that writes list items) at column 0. */
export function renderItems(s: YSeq): string[] {
  const out: string[] = [];
  emitSeqParts(s.parts, 0, out);
  return out;
}

/**
 * One template file: optional preamble lines (variable assignments), then objects each guarded by
 * an optional condition and separated by `---`.
 */
export interface TemplateDoc {
  guard?: string;
  /** `range` header: the document is written once per element */
  range?: string;
  body: PlainMap | YMap;
}

export function renderTemplate(opts: { comment: string; guard?: string; preamble?: string[]; docs: TemplateDoc[] }): string {
  const out: string[] = [`{{- /* ${opts.comment} */ -}}`];
  if (opts.guard) out.push(`{{- if ${opts.guard} }}`);
  out.push(...(opts.preamble ?? []));
  for (const d of opts.docs) {
    if (d.guard) out.push(`{{- if ${d.guard} }}`);
    if (d.range) out.push(`{{- range ${d.range} }}`);
    out.push('---');
    out.push(...renderMap(d.body));
    if (d.range) out.push('{{- end }}');
    if (d.guard) out.push('{{- end }}');
  }
  if (opts.guard) out.push('{{- end }}');
  return out.join('\n') + '\n';
}
