// The "Upgrading" section of the chart README: every note of every version is listed under its
// version, newest first, with its paths in a readable form.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UPGRADE_NOTES } from '../src/index.js';
import { readablePaths } from '../src/docs/readme.js';
import { CHART_DIR } from './render.js';

const readme = readFileSync(path.join(CHART_DIR, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Upgrading'), readme.indexOf('Across every version:'));

describe('README "Upgrading"', () => {
  it('lists every note under "### To <version>", newest version first', () => {
    const versions = [...new Set(UPGRADE_NOTES.map((n) => n.version))];
    const headings = [...section.matchAll(/^### To (\S+)$/gm)].map((m) => m[1]);
    expect([...headings].sort()).toEqual([...versions].sort());
    expect(headings).toEqual([...headings].sort().reverse());
    for (const n of UPGRADE_NOTES) expect(section).toContain(`- ${n.action} (`);
  });

  it('paths read as <component>.x when every component has them, rules by id', () => {
    expect(readablePaths(['routerServer.a', 'routerController.a', 'app.a', 'routerServer.b', '(rule r)', 'ingress.c'])).toEqual([
      '`<component>.a`',
      '`routerServer.b`',
      'rule `r`',
      '`ingress.c`',
    ]);
  });
});
