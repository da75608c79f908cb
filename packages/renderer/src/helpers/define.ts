// Named templates (`define`): each with a one-line comment saying what it renders and a usage line,
// grouped into the `_<concern>.tpl` files of templates/. Builders call them through `include`.
import { renderItems, renderMap, YSeq, type PlainMap, type YMap } from '../gotpl/yaml.js';
import { P } from './names.js';

export interface Define {
  /** name without the chart prefix, e.g. "componentName" -> "llm-router.componentName" */
  name: string;
  /** one line: what it renders */
  why: string;
  /** the argument of a typical call, e.g. `(dict "root" $ "component" "router-server")` */
  usage: string;
  /** template lines of the body, or a YAML tree (map, or sequence items) rendered at column 0 (callers nindent it) */
  body: readonly string[] | PlainMap | YMap | YSeq;
}

/** The Go expression that calls a named template. */
export const include = (name: string, arg: string): string => `include "${P}.${name}" ${arg}`;

/** `(dict "k1" v1 "k2" v2)` from Go expressions; values are written as given (quote strings yourself). */
export const dict = (entries: Record<string, string>): string =>
  `(dict ${Object.entries(entries)
    .map(([k, v]) => `${JSON.stringify(k)} ${v}`)
    .join(' ')})`;

function defineText(d: Define): string {
  const body = Array.isArray(d.body)
    ? (d.body as readonly string[])
    : d.body instanceof YSeq
      ? renderItems(d.body)
      : renderMap(d.body as PlainMap | YMap);
  return [
    `{{- /* ${d.why}`,
    `       Usage: {{ ${include(d.name, d.usage)} }} */}}`,
    `{{- define "${P}.${d.name}" -}}`,
    ...body,
    '{{- end }}',
  ].join('\n');
}

/** One `_<concern>.tpl` file: a comment line, then its named templates. */
export function defineFile(comment: string, defines: readonly Define[]): string {
  return [`{{- /* ${comment} */ -}}`, ...defines.map(defineText)].join('\n\n') + '\n';
}
