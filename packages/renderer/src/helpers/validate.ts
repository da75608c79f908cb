// templates/validate.yaml: the cross-field rules of the values, generated from the rules table in
// @llm-router-helm/values-schema (one source for validate(), the zod schema, this template and the docs).
import { renderFailTemplate } from '@llm-router-helm/values-schema';

export function validateTpl(): string {
  return renderFailTemplate();
}
