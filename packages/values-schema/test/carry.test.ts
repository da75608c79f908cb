// `llm-router-values carry`: a values file of an earlier version of this chart, carried across the
// mechanical changes of the "Upgrading" notes, with comments kept and decisions named.
import { carryValues, cleanRegistry } from '../src/carry/carry';
import { main, type Io } from '../src/cliMain';

const OLD = [
  '# our production values (written for 0.2.1)',
  'apiKeys:',
  '  existingSecret: llm-router-api-keys',
  'routerServer:',
  '  image:',
  '    registry: https://registry.example.com/llm-router/  # with a scheme: 0.2.1 took it',
  'routerController:',
  '  image:',
  '    registry: registry.example.com//llm-router',
  '',
].join('\n');

function run(text: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), read: () => text };
  return { code: main(['carry', 'values.yaml'], io), out: () => out, err: () => err };
}

describe('llm-router-values carry', () => {
  it.each([
    ['https://registry.example.com/llm-router/', 'registry.example.com/llm-router'],
    ['HTTP://host:5000//a//b', 'host:5000/a/b'],
    ['nvcr.io/nvidia', 'nvcr.io/nvidia'],
  ])('cleans registry %s', (from, to) => expect(cleanRegistry(from)).toBe(to));

  it('rewrites the registries in place, keeps the comments, lists each edit, and the result validates', () => {
    const r = run(OLD);
    expect(r.code).toBe(0);
    expect(r.out()).toContain('# our production values (written for 0.2.1)');
    expect(r.out()).toContain('registry: registry.example.com/llm-router # with a scheme: 0.2.1 took it');
    expect(r.err().trim().split('\n')).toEqual([
      'changed routerServer.image.registry: "https://registry.example.com/llm-router/" -> "registry.example.com/llm-router"',
      'changed routerController.image.registry: "registry.example.com//llm-router" -> "registry.example.com/llm-router"',
    ]);
  });

  it('leaves a latest tag for the user to decide, names it once, and exits 1', () => {
    const r = run(`${OLD}app:\n  image:\n    registry: registry.example.com/llm-router\n    tag: Latest\n`);
    expect(r.code).toBe(1);
    expect(r.out()).toContain('tag: Latest');
    expect(r.err().match(/app\.image\.tag/g)).toHaveLength(1);
    expect(r.err()).toContain('decide app.image.tag: is "latest": pin the version you run');
  });

  it('a file with nothing to change comes back byte for byte', () => {
    const text = 'apiKeys:\n  existingSecret: k   # keep\nrouterServer:\n  image:\n    registry: r.example.com\n';
    expect(carryValues(text)).toEqual({ text, edits: [], decisions: [] });
  });

  it('other problems are still reported, with their path; a top level that is not a map is refused', () => {
    const r = run(`${OLD}routerController2: {}\n`);
    expect(r.code).toBe(1);
    expect(r.err()).toContain('problem (root): unknown key "routerController2"');
    expect(run('- a\n- b\n').code).toBe(2);
  });
});
