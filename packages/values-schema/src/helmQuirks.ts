// Values files that a specific Helm release reads differently from what they say.

/**
 * Helm 4.1.4 silently ignores a values file in flow style (JSON, or YAML that starts with `{`)
 * whose length is an exact multiple of 4096 bytes and that has no final newline: it renders the
 * chart's defaults as if the file had not been given. Helm 3.17 reads the same file. Block-style
 * YAML is not affected. Found by the parity test; test/cli.test.ts shows it with both Helms.
 */
export function ignoredByHelm4(text: string): boolean {
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > 0 && bytes % 4096 === 0 && !text.endsWith('\n') && text.trimStart().startsWith('{');
}

export const HELM4_IGNORED_WARNING =
  'warning: Helm 4.1.4 ignores this file and renders the defaults (flow-style/JSON, a multiple of 4096 bytes, no final newline): end it with a newline';
