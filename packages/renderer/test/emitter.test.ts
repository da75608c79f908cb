// The Go-template YAML emitter: structure in, deterministic indentation-correct text out.
import { expr, renderMap, renderTemplate, splice, toYamlIfSet, when, withValue, blockText, raw } from '../src/gotpl/yaml.js';

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
});
