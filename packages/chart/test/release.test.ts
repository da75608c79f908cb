// The release process: the committed records are consistent with what they claim to have published,
// the tree passes the release gate against the last record, and the gate itself fails for every kind
// of unreleased difference (mutated schemas, rules, change files, API) until the version and the
// "Upgrading" notes say what the difference needs.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareSchemas, jsonSchema, type CompatFinding } from '@llm-router-helm/values-schema';
import { CHART_VERSION, UPGRADE_NOTES } from '@llm-router-helm/renderer';
import { archiveMembers, chartDiffersFrom } from '../src/release/archive-diff';
import { compareApi } from '../src/release/api-compat';
import { parseChangeFile, readChanges } from '../src/release/changes';
import { changelogSection, prependSection, CHANGELOG_HEADER } from '../src/release/changelog';
import { checkTree, compareRuleRecords, treeFindings, type TreeState } from '../src/release/gate';
import { bumpBetween, releaseTarget, requiredBump } from '../src/release/policy';
import { previousRelease, readRelease, releasedVersions, type ReleasedFiles } from '../src/release/records';
import { CHANGES_DIR, namesValuePath, treeState, upgradeNotesFor } from '../src/release/tree';
import { CHART_DIR, EXAMPLES_DIR, PACKAGE_DIR } from '../src/scenarios';
import { helmTemplate } from '@llm-router-helm/kube-testkit';
import { parseAllDocuments, stringify } from 'yaml';

type S = Record<string, any>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

async function archiveFile(archive: string, member: string): Promise<string> {
  const text = (await archiveMembers(archive)).get(member);
  if (text === undefined) throw new Error(`${archive}: no ${member}`);
  return text.toString('utf8');
}

describe('release records (packages/chart/releases)', () => {
  const versions = releasedVersions();

  it('there is at least one release, and the tree is not older than the last', () => {
    expect(versions.length).toBeGreaterThan(0);
    expect(bumpBetween(versions[versions.length - 1]!, CHART_VERSION)).not.toBeUndefined();
  });

  it.each(versions)('%s: record, archive, schema and chain agree', async (version) => {
    const r = readRelease(version);
    expect(r.record.version).toBe(version);
    expect(r.record.previous).toBe(versions[versions.indexOf(version) - 1] ?? null);
    const bytes = readFileSync(r.archive);
    expect({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }).toEqual({
      sha256: r.record.archive.sha256,
      bytes: r.record.archive.bytes,
    });
    const chart = await archiveFile(r.archive, 'llm-router/Chart.yaml');
    expect(chart).toMatch(new RegExp(`^version: ${version.replace(/\./g, '\\.')}$`, 'm'));
    expect(chart).toMatch(new RegExp(`^appVersion: "?${r.record.appVersion.replace(/\./g, '\\.')}"?$`, 'm'));
    expect(JSON.parse(await archiveFile(r.archive, 'llm-router/values.schema.json'))).toEqual(r.schema);
    expect(r.record.changes.length).toBeGreaterThan(0);
    for (const rule of r.rules) expect(Object.keys(rule).sort()).toEqual(['doc', 'id']);
  });
});

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'release-gate-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the tree against the last release', () => {
  it('passes the release gate (version, Upgrading notes, unchanged archive at a released version)', async () => {
    const versions = releasedVersions();
    const last = readRelease(versions[versions.length - 1]!);
    const tree = treeState(await chartDiffersFrom(last.archive, CHART_DIR, 'llm-router'));
    const result = checkTree(last, tree, treeFindings(last, tree, PACKAGE_DIR));
    if (result.findings.length) console.log(result.findings.map((f) => `${f.kind} ${f.path}: ${f.detail}`).join('\n'));
    expect(result.problems).toEqual([]);
  }, 120_000);

  it('every pending change file parses', () => {
    expect(() => readChanges(CHANGES_DIR)).not.toThrow();
  });

  it('every Upgrading note names a released or the coming version', () => {
    const known = new Set([...releasedVersions(), CHART_VERSION]);
    for (const n of UPGRADE_NOTES) expect(known).toContain(n.version);
  });
});

describe('upgrades that change nothing a pod runs restart nothing', () => {
  /** Every pod template of a render, by object, as YAML text. */
  async function podTemplates(chartDir: string, values: string): Promise<Map<string, string>> {
    const r = await helmTemplate(4, chartDir, [values]);
    if (r.code !== 0) throw new Error(r.stderr);
    const out = new Map<string, string>();
    for (const doc of parseAllDocuments(r.stdout)) {
      const o = doc.toJS() as S | null;
      const template = o?.spec?.template ?? o?.spec?.jobTemplate?.spec?.template;
      if (template) out.set(`${o!.kind}/${o!.metadata.name}`, stringify(template));
    }
    return out;
  }

  it.each(['default', 'everything-on'])(
    '%s: a chart version bump alone changes no pod template',
    async (example) => {
      const bumped = path.join(tmp, `bumped-${example}`);
      cpSync(CHART_DIR, bumped, { recursive: true });
      const chartYaml = path.join(bumped, 'Chart.yaml');
      writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: .*$/m, 'version: 99.0.0'));
      const values = path.join(EXAMPLES_DIR, `${example}.yaml`);
      const before = await podTemplates(CHART_DIR, values);
      expect(before.size).toBeGreaterThan(1);
      expect(await podTemplates(bumped, values)).toEqual(before);
    },
    60_000,
  );
});

describe('Upgrading notes of this version, shown with the values they refuse', () => {
  const previous = previousRelease(CHART_VERSION);
  const examples = upgradeNotesFor(CHART_VERSION).filter((n) => n.refused);
  const label = (paths: string[]) => (paths.length > 1 ? `${paths[0]} (+${paths.length - 1})` : paths[0]!);
  const cases = previous ? examples.map((n) => [label(n.paths), n] as const) : [];
  const base = path.join(EXAMPLES_DIR, 'default.yaml');

  (cases.length ? it.each(cases) : it.skip.each([['(none)', undefined]]))(
    '%s: the previous release renders the fragment, this one refuses it naming the path (Helm 3 and 4)',
    async (_path, note) => {
      const fragment = path.join(tmp, `refused-${examples.indexOf(note!)}.json`);
      writeFileSync(fragment, JSON.stringify(note!.refused!.values));
      for (const major of [3, 4] as const) {
        const before = await helmTemplate(major, previous!.archive, [base, fragment]);
        expect({ major, code: before.code, stderr: before.stderr }).toEqual({ major, code: 0, stderr: expect.any(String) });
        const now = await helmTemplate(major, CHART_DIR, [base, fragment]);
        expect(now.code).not.toBe(0);
        expect({ major, names: namesValuePath(now.stderr, note!.refused!.names), stderr: now.stderr }).toEqual({
          major,
          names: true,
          stderr: now.stderr,
        });
      }
    },
    60_000,
  );
});

describe('release gate', () => {
  const released: ReleasedFiles = {
    dir: '/nonexistent',
    record: {
      version: '0.2.0',
      appVersion: '1.0.0',
      date: '2026-12-07',
      sourceCommit: 'c0ffee',
      previous: null,
      archive: { file: 'llm-router-0.2.0.tgz', sha256: 'aaaa', bytes: 1 },
      changes: [{ kind: 'added', description: 'x' }],
      compat: { breaking: 0, behaviour: 0, addition: 0 },
    },
    schema: jsonSchema,
    rules: [{ id: 'a', doc: 'A must hold.' }],
    apiEntry: '/nonexistent',
    archive: '/nonexistent',
  };
  const tree = (over: Partial<TreeState>): TreeState => ({
    version: '0.2.0',
    schema: jsonSchema,
    rules: released.rules,
    apiEntry: '/nonexistent',
    upgradeNotes: [],
    pendingChanges: [],
    chartChanges: [],
    ...over,
  });
  const gate = (t: TreeState) =>
    checkTree(released, t, compareSchemas(released.schema, t.schema).findings.concat(compareRuleRecords(released.rules, t.rules)));

  const removed = (): S => {
    const s = clone(jsonSchema) as S;
    delete s.properties.nameOverride;
    return s;
  };
  const added = (): S => {
    const s = clone(jsonSchema) as S;
    s.properties.podPriority = { type: 'string', default: '' };
    return s;
  };
  const defaultChanged = (): S => {
    const s = clone(jsonSchema) as S;
    s.properties.commonLabels.default = { team: 'ml' };
    return s;
  };

  it('an unchanged tree at the released version passes', () => {
    expect(gate(tree({})).problems).toEqual([]);
  });

  it('a chart file changed at the released version fails, naming the file and the prepare command', () => {
    expect(gate(tree({ chartChanges: ['llm-router/templates/x.yaml'] })).problems).toEqual([
      expect.stringMatching(/\(llm-router\/templates\/x\.yaml\) but is still version 0\.2\.0: .*--prepare --bump patch/),
    ]);
  });

  it('the archive comparison sees an edited, an added and a removed file', async () => {
    const released = readRelease(releasedVersions()[0]!).archive;
    const copy = path.join(tmp, 'released-chart');
    for (const [member, bytes] of await archiveMembers(released)) {
      const file = path.join(copy, member.replace(/^llm-router\//, ''));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    expect(await chartDiffersFrom(released, copy, 'llm-router')).toEqual([]);
    writeFileSync(path.join(copy, 'values.yaml'), 'x: 1\n');
    writeFileSync(path.join(copy, 'templates', 'new.yaml'), '');
    rmSync(path.join(copy, 'templates', 'NOTES.txt'));
    expect(await chartDiffersFrom(released, copy, 'llm-router')).toEqual([
      'llm-router/templates/NOTES.txt',
      'llm-router/templates/new.yaml',
      'llm-router/values.yaml',
    ]);
  });

  it('a removed key: the same version, a patch, and a minor without a note all fail; a minor with the note passes', () => {
    const schema = removed();
    expect(gate(tree({ schema })).problems).toEqual([expect.stringContaining('still version 0.2.0')]);
    expect(gate(tree({ schema, version: '0.2.1' })).problems).toEqual([
      expect.stringContaining('0.2.0 -> 0.2.1 is a patch bump, the differences need a minor'),
      expect.stringContaining('nameOverride: breaking since 0.2.0'),
    ]);
    expect(gate(tree({ schema, version: '0.3.0' })).problems).toEqual([
      expect.stringMatching(/^nameOverride: .*no "Upgrading" note for 0\.3\.0/),
    ]);
    const upgradeNotes = [{ version: '0.3.0', paths: ['nameOverride'], action: 'Use fullnameOverride.' }];
    expect(gate(tree({ schema, version: '0.3.0', upgradeNotes })).problems).toEqual([]);
    // a note for another version does not count
    expect(gate(tree({ schema, version: '0.3.0', upgradeNotes: [{ ...upgradeNotes[0]!, version: '0.4.0' }] })).problems).toHaveLength(1);
  });

  it('an added optional key needs a patch on 0.x and a minor from 1.0 on', () => {
    const schema = added();
    expect(gate(tree({ schema, version: '0.2.1' })).problems).toEqual([]);
    const stable = { ...released, record: { ...released.record, version: '1.0.0' } };
    const findings = compareSchemas(jsonSchema, schema).findings;
    expect(checkTree(stable, tree({ schema, version: '1.0.1' }), findings).problems).toEqual([
      expect.stringContaining('1.0.0 -> 1.0.1 is a patch bump, the differences need a minor'),
    ]);
    expect(checkTree(stable, tree({ schema, version: '1.1.0' }), findings).problems).toEqual([]);
  });

  it('a changed default is a behaviour change: a minor even on 0.x, no note required', () => {
    const schema = defaultChanged();
    expect(gate(tree({ schema, version: '0.2.1' })).problems).toEqual([expect.stringContaining('need a minor')]);
    expect(gate(tree({ schema, version: '0.3.0' })).problems).toEqual([]);
  });

  it('a new rule and a changed rule are breaking; a removed rule is an addition', () => {
    const rules = [
      { id: 'a', doc: 'A must hold, and more.' },
      { id: 'b', doc: 'B must hold.' },
    ];
    const result = gate(tree({ rules, version: '0.3.0' }));
    expect(result.findings.map((f) => `${f.kind} ${f.path} ${f.change}`)).toEqual([
      'breaking (rule b) rule-added',
      'breaking (rule a) rule-changed',
    ]);
    expect(result.problems).toHaveLength(2);
    expect(gate(tree({ rules: [], version: '0.2.1' })).problems).toEqual([]);
  });

  it('pending change files count: removed needs what breaking needs, fixed a patch', () => {
    expect(gate(tree({ pendingChanges: [{ kind: 'fixed', description: 'x' }] })).problems).toEqual([
      expect.stringContaining('--bump patch'),
    ]);
    expect(gate(tree({ pendingChanges: [{ kind: 'fixed', description: 'x' }], version: '0.2.1' })).problems).toEqual([]);
    expect(gate(tree({ pendingChanges: [{ kind: 'removed', description: 'x' }], version: '0.2.1' })).problems).toEqual([
      expect.stringContaining('need a minor'),
    ]);
  });

  it('an Upgrading note for a path that did not change is refused', () => {
    const upgradeNotes = [{ version: '0.2.1', paths: ['routerServer.replicas'], action: 'x' }];
    expect(gate(tree({ schema: added(), version: '0.2.1', upgradeNotes })).problems).toEqual([
      expect.stringContaining('names routerServer.replicas, which did not change'),
    ]);
  });
});

describe('namesValuePath', () => {
  it('finds a dotted path (Helm 3, CLI) or a JSON pointer (Helm 4)', () => {
    expect(namesValuePath('- routerController.image.registry: Does not match pattern', 'routerController.image.registry')).toBe(true);
    expect(namesValuePath("- at '/a/b/0/c': bad", 'a.b[0].c')).toBe(true);
    expect(namesValuePath("- at '/a/b': bad", 'a.b.c')).toBe(false);
  });
});

describe('versioning policy', () => {
  const f = (kind: CompatFinding['kind']): CompatFinding => ({ kind, path: 'p', change: 'c', detail: 'd' });
  it.each([
    ['0.2.0', 'breaking', 'minor'],
    ['0.2.0', 'behaviour', 'minor'],
    ['0.2.0', 'addition', 'patch'],
    ['1.2.0', 'breaking', 'major'],
    ['1.2.0', 'behaviour', 'minor'],
    ['1.2.0', 'addition', 'minor'],
  ] as const)('from %s a %s finding needs a %s', (from, kind, bump) => {
    expect(requiredBump(from, [f('addition'), f(kind)], []).bump).toBe(bump);
  });

  it('fixes only need a patch; the reasons name the deciding findings', () => {
    expect(requiredBump('1.0.0', [], [{ kind: 'fixed', description: 'x' }])).toEqual({ bump: 'patch', reasons: ['change (fixed): x'] });
    expect(requiredBump('1.0.0', [f('addition'), f('breaking')], []).reasons).toEqual(['breaking: p: d']);
  });

  it('the release target: bump from the last release, or the prepared version', () => {
    expect(releaseTarget('0.1.0', undefined, 'minor')).toBe('0.2.0');
    expect(releaseTarget('0.2.0', '0.2.0', 'minor')).toBe('0.3.0');
    expect(releaseTarget('0.3.0', '0.2.0', undefined)).toBe('0.3.0');
    expect(releaseTarget('0.3.0', '0.2.0', 'minor')).toBe('0.3.0');
    expect(() => releaseTarget('0.3.0', '0.2.0', 'patch')).toThrow('prepared as 0.3.0, but --bump patch from 0.2.0 gives 0.2.1');
    expect(() => releaseTarget('0.2.0', '0.2.0', undefined)).toThrow('give --bump');
    expect(() => bumpBetween('0.3.0', '0.2.0')).toThrow('older');
  });
});

describe('change files and CHANGELOG.md', () => {
  it('parses kind and bullets, with indented continuation lines', () => {
    expect(parseChangeFile('x.md', '---\nkind: fixed\n---\n- one\n  more\n- two\n')).toEqual([
      { kind: 'fixed', description: 'one more' },
      { kind: 'fixed', description: 'two' },
    ]);
  });

  it.each([
    ['no front matter', '- one\n', 'must start with a front matter'],
    ['an unknown kind', '---\nkind: feature\n---\n- one\n', 'kind must be one of added, changed'],
    ['prose instead of bullets', '---\nkind: added\n---\nsome text\n', 'x.md:5: every entry is a "- " bullet'],
    ['no entries', '---\nkind: added\n---\n\n', 'no "- " entries'],
  ])('refuses %s, naming the file', (_name, text, message) => {
    expect(() => parseChangeFile('x.md', text)).toThrow(message);
  });

  it('a section lists changes by kind and the compatibility with the previous release', () => {
    const section = changelogSection(
      { version: '0.3.0', date: '2026-12-08', previous: '0.2.0' },
      [
        { kind: 'added', description: 'New thing' },
        { kind: 'security', description: 'Safer thing' },
      ],
      [
        { kind: 'breaking', path: 'a.b', change: 'removed', detail: 'a.b removed' },
        { kind: 'addition', path: 'c', change: 'added', detail: 'c added' },
      ],
    );
    expect(section).toBe(
      [
        '## 0.3.0 (2026-12-08)',
        '',
        '### Added',
        '',
        '- New thing',
        '',
        '### Security',
        '',
        '- Safer thing',
        '',
        '### Compatibility with 0.2.0',
        '',
        '1 breaking, 0 behaviour change(s), 1 addition(s).',
        '',
        '- breaking: `a.b`: a.b removed',
        '',
      ].join('\n'),
    );
    const file = prependSection(prependSection(undefined, '## 0.2.0 (x)\n'), section);
    expect(file.startsWith(`${CHANGELOG_HEADER}\n## 0.3.0`)).toBe(true);
    expect(file.indexOf('## 0.2.0')).toBeGreaterThan(file.indexOf('## 0.3.0'));
  });
});

describe('library API compatibility (type checker)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(PACKAGE_DIR, '.api-test-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const OLD = [
    "import { z } from 'zod';",
    'export declare const schema: z.ZodObject<{ a: z.ZodString; b: z.ZodOptional<z.ZodNumber> }>;',
    'export declare function validate(input: string, strict?: boolean): { ok: boolean };',
    'export interface Finding { path: string; kind: "x" | "y" }',
    'export type Kind = "x" | "y";',
    'export declare const gone: number;',
  ];
  function compare(mutate: (lines: string[]) => string[]) {
    writeFileSync(path.join(dir, 'old.d.ts'), OLD.join('\n'));
    writeFileSync(path.join(dir, 'new.d.ts'), mutate([...OLD]).join('\n'));
    return compareApi(path.join(dir, 'old.d.ts'), path.join(dir, 'new.d.ts'), dir).map((f) => `${f.kind} ${f.path} ${f.change}`);
  }

  it.each([
    ['unchanged', (l: string[]) => l, []],
    ['an export removed', (l: string[]) => l.filter((x) => !x.includes('gone')), ['breaking export gone removed']],
    ['an export added', (l: string[]) => [...l, 'export declare const more: string;'], ['addition export more added']],
    [
      'a parameter type narrowed',
      (l: string[]) => l.map((x) => x.replace('input: string', "input: 'a' | 'b'")),
      ['breaking export validate type'],
    ],
    [
      'a return type widened',
      (l: string[]) => l.map((x) => x.replace('{ ok: boolean };', '{ ok: boolean } | undefined;')),
      ['breaking export validate type'],
    ],
    ['an optional parameter added', (l: string[]) => l.map((x) => x.replace('strict?: boolean', 'strict?: boolean, more?: number')), []],
    [
      'a union type narrowed',
      (l: string[]) => l.map((x) => x.replace('export type Kind = "x" | "y"', 'export type Kind = "x"')),
      ['breaking export Kind type'],
    ],
    [
      'a union type widened (consumers switch over it)',
      (l: string[]) => l.map((x) => x.replace('export type Kind = "x" | "y"', 'export type Kind = "x" | "y" | "z"')),
      ['breaking export Kind type'],
    ],
    [
      'a schema accepting less',
      (l: string[]) => l.map((x) => x.replace('b: z.ZodOptional<z.ZodNumber>', 'b: z.ZodNumber')),
      ['breaking export schema type'],
    ],
    ['a schema accepting a new optional key', (l: string[]) => l.map((x) => x.replace('}>;', '; c: z.ZodOptional<z.ZodString> }>;')), []],
  ] as const)(
    '%s',
    (_name, mutate, expected) => {
      expect(compare(mutate as (l: string[]) => string[])).toEqual(expected);
    },
    60_000,
  );
});
