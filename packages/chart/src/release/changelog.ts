// CHANGELOG.md: one section per release, newest first, written by the release command from the
// pending change files and the compatibility findings against the previous release.
import type { CompatFinding } from '@llm-router-helm/values-schema';
import { CHANGE_KINDS, type ChangeEntry } from './changes.js';

export const CHANGELOG_HEADER = [
  '# Changelog',
  '',
  'Every release of the llm-router chart and of the @llm-router-helm npm packages (one version for all).',
  'Written by `npx nx run chart:release`; the versioning policy is in the chart README ("Versions and compatibility").',
  '',
].join('\n');

const TITLE: Record<ChangeEntry['kind'], string> = {
  added: 'Added',
  changed: 'Changed',
  deprecated: 'Deprecated',
  removed: 'Removed',
  fixed: 'Fixed',
  security: 'Security',
};

export function changelogSection(
  release: { version: string; date: string; previous: string | null },
  changes: readonly ChangeEntry[],
  findings: CompatFinding[],
): string {
  const lines = [`## ${release.version} (${release.date})`, ''];
  for (const kind of CHANGE_KINDS) {
    const entries = changes.filter((c) => c.kind === kind);
    if (!entries.length) continue;
    lines.push(`### ${TITLE[kind]}`, '', ...entries.map((e) => `- ${e.description}`), '');
  }
  if (release.previous) {
    const count = (k: CompatFinding['kind']): number => findings.filter((f) => f.kind === k).length;
    lines.push(
      `### Compatibility with ${release.previous}`,
      '',
      `${count('breaking')} breaking, ${count('behaviour')} behaviour change(s), ${count('addition')} addition(s).`,
      '',
    );
    const notable = findings.filter((f) => f.kind !== 'addition');
    lines.push(...notable.map((f) => `- ${f.kind}: \`${f.path}\`: ${f.detail}`));
    if (notable.length) lines.push('');
  }
  return lines.join('\n');
}

/** `existing` with `section` as its newest entry (the header is added when the file is new). */
export function prependSection(existing: string | undefined, section: string): string {
  const body = existing?.startsWith(CHANGELOG_HEADER) ? existing.slice(CHANGELOG_HEADER.length) : `\n${existing ?? ''}`;
  return `${CHANGELOG_HEADER}\n${section}${body.replace(/^\n+/, '\n')}`.replace(/\n*$/, '\n');
}
