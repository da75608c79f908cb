// Secret builder: the chart-created API-key Secret, for development only (NOTES.txt warns).
import { toYaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { apiKeysSecretName } from '../helpers/api-keys.js';

export function apiKeysSecret(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: metadata({ owner: 'chart', nameExpr: apiKeysSecretName }),
    type: 'Opaque',
    stringData: toYaml('$.Values.apiKeys.create.values'),
  };
}
