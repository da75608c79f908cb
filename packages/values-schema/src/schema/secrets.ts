// Where LLM API keys come from. Values hold only references, except the development-only create.values.
import { z } from 'zod';
import { block, bool, doc, duration, envName, nullableName } from './primitives.js';

const externalSecret = block('ExternalSecret (external-secrets.io) that syncs the keys from a secret store.', {
  enabled: bool('Render an ExternalSecret; its target Secret is the key source.', false),
  secretStoreRef: block('SecretStore or ClusterSecretStore to read from.', {
    name: nullableName('Name of the store (required when enabled).', ['vault-backend']),
    kind: doc(z.enum(['SecretStore', 'ClusterSecretStore']), 'Kind of the store.').default('SecretStore'),
  }),
  refreshInterval: duration('How often the operator re-reads the store.', '1h'),
  data: doc(
    z.array(
      z.strictObject({
        secretKey: doc(envName(), 'Key in the resulting Secret (and env var name), e.g. NVIDIA_API_KEY.'),
        remoteRef: doc(
          z.strictObject({
            key: doc(z.string().min(1), 'Key (path) in the external store.'),
            property: doc(z.string().min(1).nullable(), 'Property inside the remote value.').optional(),
            version: doc(z.string().min(1).nullable(), 'Version of the remote value.').optional(),
          }),
          'Where the value lives in the store.',
        ),
      }),
    ),
    'Keys to sync.',
    [[{ secretKey: 'NVIDIA_API_KEY', remoteRef: { key: 'llm/nvidia', property: 'api_key' } }]],
  ).default([]),
});

export const apiKeysSchema = doc(
  z.strictObject({
    existingSecret: nullableName('Existing Secret with the API keys (keys named like policies[].llms[].apiKey.secretKey).', [
      'llm-api-keys',
    ]),
    create: block('DEVELOPMENT ONLY: a Secret created by the chart from values (the keys end up in Helm release data).', {
      enabled: bool('Create the Secret from create.values.', false),
      values: doc(z.record(envName(), z.string().min(1)), 'Key name -> key value.', [{ NVIDIA_API_KEY: 'nvapi-...' }]).default({}),
    }),
    externalSecret,
    secretName: nullableName('Name of the chart-managed Secret (create or externalSecret); null derives it from the release.'),
  }),
  'Source of the LLM API keys, by reference only: an existing Secret, an ExternalSecret, or (development only) a chart-created Secret.',
).prefault({});

export type ApiKeys = z.output<typeof apiKeysSchema>;
