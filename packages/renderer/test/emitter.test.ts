// The Go-template YAML emitter: structure in, deterministic indentation-correct text out.
import {
  expr,
  renderMap,
  renderTemplate,
  splice,
  toYamlIfSet,
  when,
  withValue,
  blockText,
  raw,
  map,
  group,
  inline,
  yaml,
} from '../src/gotpl/yaml.js';

describe('gotpl emitter', () => {
  it('quotes only when YAML would misread a literal', () => {
    expect(renderMap({ a: 'plain', b: 'yes', c: '8000', d: 'has space', e: 1, f: true, g: null })).toEqual([
      'a: plain',
      'b: "yes"',
      'c: "8000"',
      'd: "has space"',
      'e: 1',
      'f: true',
      'g: null',
    ]);
  });

  it('refuses template delimiters inside literals', () => {
    expect(() => renderMap({ a: 'x {{ y }}' })).toThrow(/template delimiters/);
  });

  it('emits guarded keys, toYaml blocks, splices and list items at the right columns', () => {
    const lines = renderMap({
      spec: {
        replicas: when('.x', expr('.x')),
        tolerations: toYamlIfSet('.t'),
        env: [{ name: 'A', value: 'b' }, splice('.extra')],
        cfg: blockText('k: {{ .v }}'),
        items: raw('{{- range . }}', '- {{- toYaml . | nindent +2 }}', '{{- end }}'),
        nested: withValue('.n', { n: expr('.') }),
      },
    });
    expect(lines.join('\n')).toBe(
      [
        'spec:',
        '  {{- if .x }}',
        '  replicas: {{ .x }}',
        '  {{- end }}',
        '  {{- with .t }}',
        '  tolerations:',
        '    {{- toYaml . | nindent 4 }}',
        '  {{- end }}',
        '  env:',
        '    - name: A',
        '      value: b',
        '    {{- with .extra }}',
        '    {{- toYaml . | nindent 4 }}',
        '    {{- end }}',
        '  cfg: |',
        '    k: {{ .v }}',
        '  items:',
        '    {{- range . }}',
        '    - {{- toYaml . | nindent 6 }}',
        '    {{- end }}',
        '  {{- with .n }}',
        '  nested:',
        '    n: {{ . }}',
        '  {{- end }}',
      ].join('\n'),
    );
  });

  it('list item maps must start with an unconditional key', () => {
    expect(() => renderMap({ l: [{ a: when('.x', 1) }] })).toThrow(/unconditional key/);
  });

  it('renderTemplate wraps documents with guards and a comment', () => {
    expect(renderTemplate({ comment: 'why', guard: '.on', preamble: ['{{- $a := 1 }}'], docs: [{ body: { kind: 'X' } }] })).toBe(
      '{{- /* why */ -}}\n{{- if .on }}\n{{- $a := 1 }}\n---\nkind: X\n{{- end }}\n',
    );
  });

  it('writes an if in an else branch as else if (no nested pyramids)', () => {
    expect(renderMap({ v: when('.a', 1, when('.b', 2, when('.c', 3, 4))) })).toEqual([
      '{{- if .a }}',
      'v: 1',
      '{{- else if .b }}',
      'v: 2',
      '{{- else if .c }}',
      'v: 3',
      '{{- else }}',
      'v: 4',
      '{{- end }}',
    ]);
  });

  it('maps hold guarded groups of pairs and pairs written by an expression, in order, without magic keys', () => {
    const lines = renderMap(
      map({ a: 1 }, when('.b', { b: 2, c: 3 }), inline('include "x" .'), splice('.extra'), { labels: yaml('include "l" .') }),
    );
    expect(lines).toEqual([
      'a: 1',
      '{{- if .b }}',
      'b: 2',
      'c: 3',
      '{{- end }}',
      '{{- include "x" . | nindent 0 }}',
      '{{- with .extra }}',
      '{{- toYaml . | nindent 0 }}',
      '{{- end }}',
      'labels:',
      '  {{- include "l" . | nindent 2 }}',
    ]);
  });

  it('a group puts several items into the enclosing sequence; parts out of place are refused', () => {
    expect(renderMap({ l: [when('.x', group('a', 'b')), 'c'] })).toEqual([
      'l:',
      '  {{- if .x }}',
      '  - a',
      '  - b',
      '  {{- end }}',
      '  - c',
    ]);
    expect(() => renderMap({ k: group('a') as never })).toThrow(/not a value/);
    expect(() => renderMap(map(group('a') as never))).toThrow(/a map holds pairs/);
    expect(() => renderMap({ l: [[1, 2]] })).toThrow(/sequence item must be/);
  });

  it('the same tree renders the same text every time (no state outside the tree)', () => {
    const tree = () => map(when('.a', { a: 1 }), when('.b', { b: 2 }));
    expect(renderMap(tree())).toEqual(renderMap(tree()));
  });
});
