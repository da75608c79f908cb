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

/**
 * What no check at render time can see, measured with helm 3.17.3 and 4.1.4: Helm's YAML reader
 * drops these mistakes before values.schema.json or templates/validate.yaml get the values.
 */
export const RENDER_TIME_LIMITS = `What Helm itself cannot report (its YAML reader drops the mistake before the schema and the rules
see the values; \`llm-router-values validate\` reads the file as written and reports each of them):

- **A key given twice in one map** (\`replicas: 1\` and later \`replicas: 2\`, also \`{tag: a, tag: b}\`): Helm 3 and
  Helm 4 keep the last value without a word. The CLI names the key and the line.
- **Several YAML documents in one values file** (\`---\` between two maps): Helm 3 reads only the first, Helm 4
  only the last, so the two majors install different values. The CLI refuses such a file (an empty document,
  e.g. a trailing \`---\`, is nothing to either Helm and is accepted).
- **A \`null\` for a key that has a default** (\`resources:\` left empty, \`podSecurityContext: null\`): Helm deletes the
  key before it checks anything, so it can only report the missing key at its parent object
  (\`routerServer: resources is required\`, \`at '/routerServer': missing property 'resources'\`); the CLI names
  \`routerServer.resources\` itself.
- **YAML 1.1 words and numbers** (\`on\`, \`no\`, \`yes\`, \`010\`, \`1.10\`): Helm reads them as booleans and numbers, and a
  value that must be a string (a tag, a label, a Secret name, an env value) is then reported as the wrong type;
  quote such values (\`tag: "010"\`). Inside objects passed through verbatim (\`affinity\`, \`extraVolumes\`,
  \`extraObjects\`, probe overrides) nobody checks the type before the Kubernetes API does.
- **Tabs for indentation** and a values file that is not a map (a list, a string) make the file unreadable:
  both Helms stop with a YAML error without a value path.
`;

export function renderValuesReference(): string {
  return `${template({ rows: referenceRows() })}\n${RENDER_TIME_LIMITS}`;
}
