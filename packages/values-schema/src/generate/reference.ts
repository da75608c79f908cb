// The values reference for the chart README: one Markdown row per value (key | type | default | description).
import Handlebars from 'handlebars';
import { defaults } from '../defaults.js';
import { buildJsonSchema, type JsonSchema } from './jsonSchema.js';
import { arrayItems, description, objectBranch, properties, typeName } from './schemaWalk.js';

export interface ReferenceRow {
  key: string;
  type: string;
  default: string;
  description: string;
}

const MAX_DEFAULT = 80;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function defaultCell(value: unknown, present: boolean): string {
  if (!present) return '';
  const json = JSON.stringify(value);
  return json.length > MAX_DEFAULT ? 'see values.yaml' : `\`${cell(json)}\``;
}

/** Nullable objects (e.g. strategy.rollingUpdate) are documented as one value, not as a section. */
function nullable(node: JsonSchema): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.includes('null') || ((node.anyOf as JsonSchema[] | undefined) ?? []).some((b) => b.type === 'null');
}

function walk(schema: JsonSchema, value: unknown, prefix: string, present: boolean, rows: ReferenceRow[]): void {
  for (const [key, sub] of properties(schema)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const v = present && value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    const has = present && v !== undefined;
    if (objectBranch(sub) && !nullable(sub)) {
      walk(sub, v, path, has, rows);
      continue;
    }
    rows.push({ key: path, type: cell(typeName(sub)), default: defaultCell(v, has), description: cell(description(sub)) });
    const items = arrayItems(sub);
    if (items && objectBranch(items)) walk(items, undefined, `${path}[]`, false, rows);
  }
}

export function referenceRows(): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  walk(buildJsonSchema(), defaults, '', true, rows);
  return rows;
}

const template = Handlebars.compile(
  `| Key | Type | Default | Description |
|-----|------|---------|-------------|
{{#each rows}}
| \`{{{key}}}\` | {{{type}}} | {{{default}}} | {{{description}}} |
{{/each}}`,
  { noEscape: true, strict: true },
);

export function renderValuesReference(): string {
  return template({ rows: referenceRows() });
}
