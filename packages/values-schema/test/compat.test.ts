// The compatibility checker against mutated copies of the real values.schema.json: every kind of change
// it claims to detect, in both directions (old -> new is breaking, new -> old is the addition/widening).
import { compareSchemas, compareRules, formatCompat, jsonSchema, type CompatKind } from '../src/index';
import { main, type Io } from '../src/cliMain';

type S = Record<string, any>;
const base = (): S => JSON.parse(JSON.stringify(jsonSchema));

/** The inlined schema node at a dotted value path (follows $ref by replacing it with a copy). */
function at(root: S, path: string): S {
  let node: S = root;
  for (const key of path.split('.')) {
    node = node.properties[key];
    if (node.$ref) {
      const target = JSON.parse(JSON.stringify(root.definitions[node.$ref.replace('#/definitions/', '')]));
      delete node.$ref;
      Object.assign(node, { ...target, ...node });
    }
  }
  return node;
}

function findings(oldS: S, newS: S) {
  return compareSchemas(oldS, newS).findings.map((f) => `${f.kind} ${f.path} ${f.change}`);
}

interface Case {
  name: string;
  mutate(s: S): void;
  /** finding of old -> mutated, then the one of mutated -> old */
  forward: string;
  backward: string;
}

const FIELD = 'routerServer.replicas';
const cases: Case[] = [
  {
    name: 'key removed / added',
    mutate: (s) => delete at(s, 'routerServer').properties.replicas,
    forward: `breaking ${FIELD} removed`,
    backward: `addition ${FIELD} added`,
  },
  {
    name: 'key renamed (removed + added with the same shape)',
    mutate: (s) => {
      const p = at(s, 'routerServer').properties;
      p.replicaCount = p.replicas;
      delete p.replicas;
    },
    forward: `breaking ${FIELD} possible-rename`,
    backward: 'breaking routerServer.replicaCount possible-rename',
  },
  {
    name: 'type narrowed / widened',
    mutate: (s) => (at(s, 'nameOverride').type = 'null'),
    forward: 'breaking nameOverride type',
    backward: 'addition nameOverride type',
  },
  {
    name: 'enum value removed / added',
    mutate: (s) => {
      const node = at(s, 'routerServer.image.pullPolicy');
      node.enum = node.enum.slice(1);
    },
    forward: 'breaking routerServer.image.pullPolicy enum',
    backward: 'addition routerServer.image.pullPolicy enum',
  },
  {
    name: 'minimum raised / lowered',
    mutate: (s) => (at(s, FIELD).minimum = 2),
    forward: `breaking ${FIELD} minimum`,
    backward: `addition ${FIELD} minimum`,
  },
  {
    name: 'maximum lowered / raised',
    mutate: (s) => (at(s, FIELD).maximum = 3),
    forward: `breaking ${FIELD} maximum`,
    backward: `addition ${FIELD} maximum`,
  },
  {
    name: 'maxLength tightened / loosened',
    mutate: (s) => (at(s, 'nameOverride').maxLength = 5),
    forward: 'breaking nameOverride maxLength',
    backward: 'addition nameOverride maxLength',
  },
  {
    name: 'minLength tightened / loosened',
    mutate: (s) => (at(s, 'nameOverride').minLength = 3),
    forward: 'breaking nameOverride minLength',
    backward: 'addition nameOverride minLength',
  },
  {
    name: 'minItems tightened / loosened',
    mutate: (s) => (at(s, 'global.imagePullSecrets').minItems = 1),
    forward: 'breaking global.imagePullSecrets minItems',
    backward: 'addition global.imagePullSecrets minItems',
  },
  {
    name: 'pattern changed / lifted',
    mutate: (s) => (at(s, 'routerController.logFilter').pattern = '^[a-z]+$'),
    forward: 'breaking routerController.logFilter pattern',
    backward: 'addition routerController.logFilter pattern',
  },
  {
    name: 'additionalProperties closed / opened',
    mutate: (s) => (at(s, 'commonLabels').additionalProperties = false),
    forward: 'breaking commonLabels additionalProperties',
    backward: 'addition commonLabels additionalProperties',
  },
  {
    name: 'default changed (both ways a behaviour change)',
    mutate: (s) => (at(s, FIELD).default = 7),
    forward: `behaviour ${FIELD} default`,
    backward: `behaviour ${FIELD} default`,
  },
  {
    name: 'array items narrowed / widened',
    mutate: (s) => (at(s, 'global.imagePullSecrets').items = { type: 'string' }),
    forward: 'breaking global.imagePullSecrets[] type',
    backward: 'addition global.imagePullSecrets[] type',
  },
];

describe('compareSchemas', () => {
  it('finds nothing between a schema and itself', () => {
    expect(compareSchemas(base(), base()).findings).toEqual([]);
  });

  it.each(cases)('$name', ({ mutate, forward, backward }) => {
    const old = base();
    const mutated = base();
    mutate(mutated);
    const fw = findings(old, mutated);
    const bw = findings(mutated, old);
    expect(fw).toContain(forward);
    expect(bw).toContain(backward);
    const kind = forward.split(' ')[0] as CompatKind;
    expect(compareSchemas(old, mutated).breaking).toBe(kind === 'breaking');
    if (!backward.startsWith('breaking') && !backward.endsWith('[] type')) expect(compareSchemas(mutated, old).breaking).toBe(false);
  });

  it('new required key (no default) / no longer required', () => {
    const required = base();
    delete at(required, FIELD).default;
    const optional = JSON.parse(JSON.stringify(required));
    at(optional, 'routerServer').required = at(optional, 'routerServer').required.filter((k: string) => k !== 'replicas');
    expect(findings(optional, required)).toEqual([`breaking ${FIELD} required`]);
    expect(findings(required, optional)).toEqual([`addition ${FIELD} required`]);
    // with a default (Helm merges values.yaml first) a required key costs the user nothing
    const withDefault = base();
    const optionalWithDefault = base();
    at(optionalWithDefault, 'routerServer').required = at(optionalWithDefault, 'routerServer').required.filter(
      (k: string) => k !== 'replicas',
    );
    expect(compareSchemas(optionalWithDefault, withDefault).breaking).toBe(false);
  });

  it('a new optional key is an addition, not breaking', () => {
    const s = base();
    at(s, 'routerServer').properties.extraThing = { type: 'string', default: '' };
    const r = compareSchemas(base(), s);
    expect(r.breaking).toBe(false);
    expect(r.findings.map((f) => `${f.kind} ${f.path} ${f.change}`)).toContain('addition routerServer.extraThing added');
  });

  it('orders findings deterministically: breaking, behaviour, addition, then by path', () => {
    const s = base();
    at(s, FIELD).default = 9;
    at(s, 'nameOverride').maxLength = 5;
    at(s, 'routerServer').properties.zzz = { type: 'string' };
    delete at(s, 'routerServer').properties.replicas;
    const a = compareSchemas(base(), s);
    const b = compareSchemas(base(), s);
    expect(a).toEqual(b);
    expect(a.findings.map((f) => f.kind)).toEqual(
      [...a.findings.map((f) => f.kind)].sort(
        (x, y) => ['breaking', 'behaviour', 'addition'].indexOf(x) - ['breaking', 'behaviour', 'addition'].indexOf(y),
      ),
    );
    expect(formatCompat(a)).toMatch(/\d+ breaking, \d+ behaviour change\(s\), \d+ addition\(s\)\n$/);
  });

  it('an added validation rule is a narrowing', () => {
    expect(compareRules(['a'], ['a', 'b'])).toEqual([expect.objectContaining({ kind: 'breaking', path: '(rule b)' })]);
    expect(compareRules(['a', 'b'], ['a'])).toEqual([expect.objectContaining({ kind: 'addition', path: '(rule b)' })]);
  });
});

describe('compareSchemas: unions written two ways', () => {
  // draft-07 reads `type: [a, b]` with type-specific keywords as one branch per type
  const wrap = (node: S): S => ({ type: 'object', additionalProperties: false, properties: { v: node }, definitions: {} });
  const asAnyOf: S = {
    anyOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: '^[0-9]+%$' },
    ],
    default: 1,
  };
  const asTypeList: S = { type: ['integer', 'string'], minimum: 0, pattern: '^[0-9]+%$', default: 1 };
  const compare = (o: S, n: S) => findings(wrap(o), wrap(n));

  it('anyOf of single-type branches and a type list with their keywords are the same, both ways', () => {
    expect(compare(asAnyOf, asTypeList)).toEqual([]);
    expect(compare(asTypeList, asAnyOf)).toEqual([]);
  });

  it('nested anyOf (through a $ref) is flattened', () => {
    const old = wrap({ anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^[0-9]+%$' }, { type: 'null' }] });
    const nested = wrap({ anyOf: [{ $ref: '#/definitions/n' }, { type: 'null' }] });
    nested.definitions.n = asTypeList;
    expect(findings(old, nested)).toEqual([]);
    expect(findings(nested, old)).toEqual([]);
  });

  it('a branch that narrows is still breaking, at the value path; a lost branch narrows the type', () => {
    expect(compare(asAnyOf, { ...asTypeList, minimum: 1 })).toEqual(['breaking v minimum']);
    expect(compare(asAnyOf, { ...asTypeList, pattern: '^[0-9]{1,2}%$' })).toEqual(['breaking v pattern']);
    expect(compare(asAnyOf, { type: 'integer', minimum: 0, default: 1 })).toEqual(['breaking v type']);
    expect(compare({ type: 'integer', minimum: 0, default: 1 }, asTypeList)).toEqual(['addition v type']);
    expect(compare(asAnyOf, { ...asTypeList, default: 2 })).toEqual(['behaviour v default']);
  });

  it('number covers integer: integer -> number widens, number -> integer narrows', () => {
    expect(compare({ type: ['integer', 'null'] }, { type: ['number', 'null'] })).toEqual(['addition v type']);
    expect(compare({ type: ['number', 'null'] }, { type: ['integer', 'null'] })).toEqual(['breaking v type']);
  });
});

describe('compareSchemas: maps with a key pattern written two ways', () => {
  const wrap = (node: S): S => ({
    type: 'object',
    additionalProperties: false,
    properties: { m: node },
    definitions: { k: { type: 'string', pattern: '^[A-Z_]+$' } },
  });
  const byNames: S = { type: 'object', propertyNames: { $ref: '#/definitions/k' }, additionalProperties: { type: 'string', minLength: 1 } };
  const byPattern: S = {
    type: 'object',
    patternProperties: { '^[A-Z_]+$': { type: 'string', minLength: 1 } },
    additionalProperties: false,
  };

  it('propertyNames + additionalProperties and patternProperties + closed are the same, both ways', () => {
    expect(findings(wrap(byNames), wrap(byPattern))).toEqual([]);
    expect(findings(wrap(byPattern), wrap(byNames))).toEqual([]);
  });

  it('a changed key pattern or value schema is found', () => {
    expect(findings(wrap(byNames), wrap({ ...byPattern, patternProperties: { '^[A-Z]+$': { type: 'string', minLength: 1 } } }))).toEqual([
      'breaking m.* key-pattern',
      'addition m.* key-pattern',
    ]);
    expect(findings(wrap(byPattern), wrap({ ...byPattern, patternProperties: { '^[A-Z_]+$': { type: 'string', minLength: 2 } } }))).toEqual(
      ['breaking m.* minLength'],
    );
    expect(findings(wrap(byPattern), wrap({ type: 'object', additionalProperties: { type: 'string', minLength: 1 } }))).toEqual([
      'addition m additionalProperties',
    ]);
  });
});

describe('compareSchemas: a key typed in an object that accepted any key', () => {
  const wrap = (node: S): S => ({ type: 'object', additionalProperties: false, properties: { o: node }, definitions: {} });
  it('is a narrowing of what that key accepted, not an addition', () => {
    const open = { type: 'object' };
    const typed = {
      type: 'object',
      properties: { secretKeyRef: { type: 'object', properties: { name: { type: 'string', pattern: '^[a-z]+$' } } } },
    };
    expect(findings(wrap(open), wrap(typed))).toEqual([
      'breaking o.secretKeyRef type',
      'breaking o.secretKeyRef.name pattern',
      'breaking o.secretKeyRef.name type',
    ]);
    expect(findings(wrap({ type: 'object', additionalProperties: false }), wrap({ ...typed, additionalProperties: false }))).toEqual([
      'addition o.secretKeyRef added',
    ]);
  });
});

describe('llm-router-values compat', () => {
  const run = (args: string[], files: Record<string, string>) => {
    let out = '';
    let err = '';
    const io: Io = { out: (t) => (out += t), err: (t) => (err += t), read: (f) => files[f] ?? '' };
    return { code: main(['compat', ...args], io), out: () => out, err: () => err };
  };
  it('exits 1 on breaking and names the path, human and --json', () => {
    const s = base();
    delete at(s, 'routerServer').properties.replicas;
    const files = { 'old.json': JSON.stringify(base()), 'new.json': JSON.stringify(s) };
    const human = run(['old.json', 'new.json'], files);
    expect(human.code).toBe(1);
    expect(human.out()).toContain('breaking  routerServer.replicas: key removed');
    const j = run(['--json', 'old.json', 'new.json'], files);
    expect(JSON.parse(j.out()).counts.breaking).toBe(1);
    expect(run(['new.json', 'old.json'], files).out()).toContain('addition  routerServer.replicas: new optional key');
  });
  it('"-" is the current schema; usage errors exit 2', () => {
    expect(run(['old.json', '-'], { 'old.json': JSON.stringify(base()) }).code).toBe(0);
    expect(run(['old.json'], {}).code).toBe(2);
  });
});
