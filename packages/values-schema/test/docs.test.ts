// The rules list in README.md is generated from the rules table (scripts/readme-rules.ts).
import { readFileSync } from 'node:fs';
import { README, withRules } from '../scripts/readme-rules.js';

test('README.md lists every rule of the table (run `npx tsx scripts/readme-rules.ts` after changing one)', () => {
  const text = readFileSync(README, 'utf8');
  expect(text).toBe(withRules(text));
});
