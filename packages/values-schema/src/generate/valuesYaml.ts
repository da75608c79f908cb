// values.yaml: the parsed defaults, each key preceded by its schema description, in schema order.
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { defaults } from '../defaults.js';
import { buildJsonSchema, type JsonSchema } from './jsonSchema.js';
import { arrayItems, description, properties } from './schemaWalk.js';

const WIDTH = 100;

/** Wraps a description into comment lines (the yaml library adds the "#"). */
function commentLines(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => ` ${l}`).join('\n');
}

function annotateMap(node: Node | null | undefined, schema: JsonSchema | undefined, topLevel: boolean, listEntry = false): void {
  if (!isMap(node)) return;
  const props = new Map(properties(schema));
  (node.items as Pair[]).forEach((item, index) => {
    if (!isPair(item) || !isScalar(item.key)) return;
    const sub = props.get(String(item.key.value));
    const text = description(sub);
    // A list entry's first key goes above the "- ": "- # text" is one space short of yamllint's
    // comments rule (chart-testing's `ct lint` runs yamllint on values.yaml).
    if (text && listEntry && index === 0) node.commentBefore = commentLines(text);
    else if (text) item.key.commentBefore = commentLines(text);
    if (topLevel && index > 0) item.key.spaceBefore = true;
    annotateValue(item.value as Node, sub);
  });
}

function annotateValue(node: Node | null | undefined, schema: JsonSchema | undefined, listEntry = false): void {
  if (isMap(node)) annotateMap(node, schema, false, listEntry);
  // In lists only the first entry is annotated; repeating the same comments on every entry hides the data.
  else if (isSeq(node) && node.items.length > 0) annotateValue(node.items[0] as Node, arrayItems(schema), true);
}

export function renderValuesYaml(): string {
  const schema = buildJsonSchema();
  const doc = new Document(structuredClone(defaults));
  doc.commentBefore =
    ' yaml-language-server: $schema=values.schema.json\n LLM Router Helm chart values. Generated from the zod schema in @llm-router-helm/values-schema; do not edit.';
  annotateMap(doc.contents as Node, schema, true);
  return doc.toString({ lineWidth: 0 });
}
