// Secret builder: the chart-created API-key Secret, for development only (NOTES.txt warns).
import { toYaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { nameOf } from '../helpers/names.js';

export const API_KEYS_SUFFIX = 'api-keys';
/** Name of the chart-managed key Secret (created, or the ExternalSecret target). */
export const apiKeysSecretName = `$.Values.apiKeys.secretName | default (${nameOf(API_KEYS_SUFFIX)})`;

export function apiKeysSecret(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: metadata({ owner: 'chart', nameExpr: apiKeysSecretName }),
    type: 'Opaque',
    stringData: toYaml('$.Values.apiKeys.create.values'),
  };
}
