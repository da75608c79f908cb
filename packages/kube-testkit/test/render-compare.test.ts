// The semantic render comparison reports every changed value by path and nothing for reordering.
import { diffSnapshots, diffValues, type Snapshot } from '../src/index.js';

describe('render comparison', () => {
  it('reports changed, added and removed values by path; key order does not matter', () => {
    expect(diffValues({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
    expect(diffValues({ a: 1, b: { c: [1, 2] } }, { a: 2, b: { c: [1] }, d: 'x' })).toEqual([
      'a: 1 -> 2',
      'b.c[1]: 2 -> (absent)',
      'd: (absent) -> "x"',
    ]);
  });

  it('compares snapshots per scenario and helm major, including render errors and missing objects', () => {
    const before: Snapshot = {
      s: { 3: { objects: { 'Service ns/a': { spec: { port: 1 } }, 'Pod ns/p': {} } }, 4: { error: 'boom' } },
      gone: { 3: { objects: {} } },
    };
    const after: Snapshot = {
      s: { 3: { objects: { 'Service ns/a': { spec: { port: 2 } }, 'Pod ns/q': {} } }, 4: { objects: {} } },
    };
    expect(diffSnapshots(before, after)).toEqual([
      'gone: scenario only before',
      's (helm 3): Pod ns/p removed',
      's (helm 3): Pod ns/q added',
      's (helm 3): Service ns/a: spec.port: 1 -> 2',
      's (helm 4): boom -> renders',
    ]);
    expect(diffSnapshots(before, before)).toEqual([]);
  });
});
