// Artifact Hub's annotation formats, as its documentation for Helm charts states them
// (docs/helm_annotations.md of artifacthub/hub), checked on the generated Chart.yaml. A stand-in for
// `ah lint` while the Go module proxy refuses github.com/artifacthub/hub (ecosystem-lint.test.ts):
// it checks the shapes and the enumerations, parsing each annotation as YAML 1.1 like the Go YAML
// library Artifact Hub uses, not Artifact Hub's code itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CHART_DIR } from '../src/scenarios.js';

const link = z.strictObject({ name: z.string().min(1), url: z.url() });
/** The annotations we set, each a YAML string in Chart.yaml. */
const FORMATS = {
  'artifacthub.io/changes': z
    .array(
      z.strictObject({
        kind: z.enum(['added', 'changed', 'deprecated', 'removed', 'fixed', 'security']),
        description: z.string().min(1),
        links: z.array(link).optional(),
      }),
    )
    .min(1),
  'artifacthub.io/images': z.array(
    z.strictObject({
      name: z.string().min(1),
      image: z.string().regex(/^[^\s:@]+(:[\w][\w.-]*)?(@sha256:[0-9a-f]{64})?$/),
      whitelisted: z.boolean().optional(),
      platforms: z.array(z.string()).optional(),
    }),
  ),
  'artifacthub.io/links': z.array(link),
  'artifacthub.io/license': z.string().regex(/^[A-Za-z0-9.+-]+$/),
  'artifacthub.io/containsSecurityUpdates': z.enum(['true', 'false']),
  'artifacthub.io/prerelease': z.enum(['true', 'false']),
} as const;

const chart = parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as { annotations: Record<string, string> };

describe("Artifact Hub annotations (the documented formats; stand-in for 'ah lint')", () => {
  it('sets only annotations whose format is checked here', () => {
    expect(
      Object.keys(chart.annotations)
        .filter((k) => k.startsWith('artifacthub.io/'))
        .sort(),
    ).toEqual(Object.keys(FORMATS).sort());
  });

  it.each(Object.entries(FORMATS))('%s parses (YAML 1.1) to the documented shape', (key, format) => {
    const raw = chart.annotations[key]!;
    const value = key.endsWith('license') || key.endsWith('Updates') || key.endsWith('prerelease') ? raw : parse(raw, { version: '1.1' });
    const r = format.safeParse(value);
    if (!r.success) throw new Error(`${key}: ${z.prettifyError(r.error)}`);
  });

  it('refuses what Artifact Hub refuses: an unknown change kind, a change without a description', () => {
    const changes = FORMATS['artifacthub.io/changes'];
    expect(changes.safeParse([{ kind: 'feature', description: 'x' }]).success).toBe(false);
    expect(changes.safeParse([{ kind: 'added' }]).success).toBe(false);
  });
});
