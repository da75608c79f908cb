// Chart README placeholder, replaced by the handlebars document below.
export function readmeMd(reference: string): string {
  return '# llm-router\n\n' + reference;
}
