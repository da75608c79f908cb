// Rewrites the generated rules list in README.md (between the rules:begin / rules:end markers).
//   npx tsx scripts/readme-rules.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderRulesReference } from '../src/index.js';

export const README = path.resolve(__dirname, '..', 'README.md');
const BLOCK = /(<!-- rules:begin[^\n]*-->\n)[\s\S]*?(<!-- rules:end -->)/;

export function withRules(text: string): string {
  if (!BLOCK.test(text)) throw new Error('README.md has no rules:begin/rules:end block');
  return text.replace(BLOCK, (_m, begin: string, end: string) => `${begin}${renderRulesReference()}${end}`);
}

if (require.main === module) writeFileSync(README, withRules(readFileSync(README, 'utf8')));
