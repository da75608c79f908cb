// ExternalSecret builder (external-secrets.io): the API-key Secret synced from a secret store.
import { expr, toYaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { apiKeysSecretName } from '../helpers/api-keys.js';

export function externalSecret(): PlainMap {
  const e = '$.Values.apiKeys.externalSecret';
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: metadata({ owner: 'chart', nameExpr: apiKeysSecretName }),
    spec: {
      refreshInterval: expr(`${e}.refreshInterval | quote`),
      secretStoreRef: { name: expr(`${e}.secretStoreRef.name | quote`), kind: expr(`${e}.secretStoreRef.kind`) },
      target: { name: expr(apiKeysSecretName), creationPolicy: 'Owner' },
      data: toYaml(`${e}.data`),
    },
  };
}
