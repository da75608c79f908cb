// Where LLM API keys come from. Values hold only references, except the development-only create.values.
import { z } from 'zod';
import { block, bool, doc, duration, envName, nullableName, nullableString } from './primitives.js';

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
  z
    .strictObject({
      existingSecret: nullableName('Existing Secret with the API keys (keys named like policies[].llms[].apiKey.secretKey).', ['llm-api-keys']),
      create: block('DEVELOPMENT ONLY: a Secret created by the chart from values (the keys end up in Helm release data).', {
        enabled: bool('Create the Secret from create.values.', false),
        values: doc(z.record(envName(), z.string().min(1)), 'Key name -> key value.', [{ NVIDIA_API_KEY: 'nvapi-...' }]).default({}),
      }),
      externalSecret,
      secretName: nullableString('Name of the chart-managed Secret (create or externalSecret); null derives it from the release.'),
    })
    .superRefine((a, ctx) => {
      const sources = [a.existingSecret !== null, a.create.enabled, a.externalSecret.enabled].filter(Boolean).length;
      if (sources > 1)
        ctx.addIssue({ code: 'custom', path: [], message: 'use only one key source: existingSecret, create.enabled or externalSecret.enabled' });
      if (a.create.enabled && Object.keys(a.create.values).length === 0)
        ctx.addIssue({ code: 'custom', path: ['create', 'values'], message: 'needs at least one key when create.enabled is true' });
      if (a.externalSecret.enabled) {
        if (a.externalSecret.secretStoreRef.name === null)
          ctx.addIssue({ code: 'custom', path: ['externalSecret', 'secretStoreRef', 'name'], message: 'is required when externalSecret.enabled is true' });
        if (a.externalSecret.data.length === 0)
          ctx.addIssue({ code: 'custom', path: ['externalSecret', 'data'], message: 'needs at least one entry when externalSecret.enabled is true' });
      }
    }),
  'Source of the LLM API keys, by reference only: an existing Secret, an ExternalSecret, or (development only) a chart-created Secret.',
)
  .meta({
    allOf: [
      {
        // at most one source
        not: {
          anyOf: [
            { required: ['existingSecret', 'create'], properties: { existingSecret: { type: 'string' }, create: { properties: { enabled: { const: true } }, required: ['enabled'] } } },
            { required: ['existingSecret', 'externalSecret'], properties: { existingSecret: { type: 'string' }, externalSecret: { properties: { enabled: { const: true } }, required: ['enabled'] } } },
            {
              required: ['create', 'externalSecret'],
              properties: {
                create: { properties: { enabled: { const: true } }, required: ['enabled'] },
                externalSecret: { properties: { enabled: { const: true } }, required: ['enabled'] },
              },
            },
          ],
        },
      },
      {
        if: { properties: { create: { properties: { enabled: { const: true } }, required: ['enabled'] } }, required: ['create'] },
        then: { properties: { create: { properties: { values: { minProperties: 1 } }, required: ['values'] } } },
      },
      {
        if: { properties: { externalSecret: { properties: { enabled: { const: true } }, required: ['enabled'] } }, required: ['externalSecret'] },
        then: {
          properties: {
            externalSecret: {
              properties: { secretStoreRef: { properties: { name: { type: 'string' } }, required: ['name'] }, data: { minItems: 1 } },
              required: ['secretStoreRef', 'data'],
            },
          },
        },
      },
    ],
  })
  .prefault({});

export type ApiKeys = z.output<typeof apiKeysSchema>;
