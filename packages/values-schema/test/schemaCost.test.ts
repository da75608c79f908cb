// values.schema.json is parsed and compiled by Helm on every render: the generator's cost cuts must
// leave it accepting exactly the same documents (README "Cost of validation").
import fc from 'fast-check';
import { CHEAP_PATTERNS, cheapPattern } from '../src/generate/cheapPatterns.js';
import { layoutSchemaJson } from '../src/generate/schemaLayout.js';
import { shareRepeatedSubschemas } from '../src/generate/sharedDefs.js';
import { buildJsonSchema, renderValuesSchemaJson } from '../src/index.js';

/** What a JSON Schema string node accepts: the pattern plus the length keywords. */
const accepts = (node: { pattern: string; minLength?: number; maxLength?: number }, s: string): boolean =>
  new RegExp(node.pattern, 'u').test(s) && s.length >= (node.minLength ?? 0) && s.length <= (node.maxLength ?? Infinity);

describe('cheap regular expressions', () => {
  test.each(Object.entries(CHEAP_PATTERNS))('%s and its cheap form accept the same strings', (original, cheap) => {
    const cheapNode = cheap as { pattern: string; minLength?: number; maxLength?: number };
    // Strings near the boundaries: the pattern's own characters plus a few outsiders, lengths around the limit.
    const chars = [...'aAz09_.-:sh256fF/ é'];
    const near = fc.oneof(
      fc.string({ unit: fc.constantFrom(...chars), maxLength: 10 }),
      fc.string({ unit: fc.constantFrom(...chars), minLength: 60, maxLength: 140 }),
      fc.string({ unit: fc.constantFrom(...'abcdef0123456789'), minLength: 62, maxLength: 66 }).map((h) => `sha256:${h}`),
      fc.string({ unit: fc.constantFrom(...'aZ9_.-'), minLength: 125, maxLength: 131 }).map((t) => `v${t}`),
    );
    fc.assert(
      fc.property(near, (s) => accepts(cheapNode, s) === new RegExp(original, 'u').test(s)),
      { numRuns: 5000 },
    );
  });

  test('an expensive bounded repetition without a cheap form stops the generation', () => {
    expect(() => cheapPattern({ type: 'string', pattern: '^[a-z]{0,253}$' }, '#/x')).toThrow(/CHEAP_PATTERNS/);
    expect(cheapPattern({ type: 'string', pattern: '^([0-9]{1,3}\\.){3}[0-9]{1,3}$' }, '#/x')).toMatchObject({
      pattern: '^([0-9]{1,3}\\.){3}[0-9]{1,3}$',
    });
  });

  test('values.schema.json carries only cheap patterns and no no-op subschemas', () => {
    const text = renderValuesSchemaJson();
    for (const original of Object.keys(CHEAP_PATTERNS)) expect(text).not.toContain(JSON.stringify(original));
    expect(text).toContain(JSON.stringify(CHEAP_PATTERNS['^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$']!.pattern));
    expect(text).not.toMatch(/"propertyNames":\{"type":"string"\}|"additionalProperties":\{\}|"items":\{\}/);
  });
});

describe('values.schema.json layout', () => {
  test('parses back to the schema; a subschema without subschemas is one line', () => {
    const schema = shareRepeatedSubschemas(buildJsonSchema());
    const text = layoutSchemaJson(schema);
    expect(JSON.parse(text)).toEqual(schema);
    expect(text).toBe(renderValuesSchemaJson());
    const lines = text.split('\n');
    expect(lines).toContain(
      '    "enabled": {"type":"boolean","description":"Accepted (and ignored) so a parent chart can toggle this chart as a subchart."},',
    );
    // The indented form of the same schema is what Helm parsed before: at least 25% more bytes.
    expect(JSON.stringify(schema, null, 2).length).toBeGreaterThan(text.length * 1.25);
  });
});
