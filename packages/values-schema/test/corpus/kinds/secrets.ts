// Secret references that cannot work: invalid key or Secret names, a credential where a name belongs,
// a store-less ExternalSecret, a key given inline and by reference.
import { customPolicy, llm, m, objectStore, type Mistake } from './mistake.js';

const HEX64 = 'a3f9c2e17b4d5f60a3f9c2e17b4d5f60a3f9c2e17b4d5f60a3f9c2e17b4d5f60';
const CRED = 'routerServer.modelRepository.credentials';

export const SECRETS: Mistake[] = [
  m(
    'secrets',
    'S3 access key id key with spaces',
    `${CRED}.s3.accessKeyIdKey`,
    objectStore('s3://models/router', { s3: { secretName: 'aws', accessKeyIdKey: 'AWS ACCESS KEY ID' } }),
  ),
  m(
    'secrets',
    'S3 session token key with a colon',
    `${CRED}.s3.sessionTokenKey`,
    objectStore('s3://models/router', { s3: { secretName: 'aws', sessionTokenKey: 'token:session' } }),
  ),
  m(
    'secrets',
    'GCS key file name with a slash',
    `${CRED}.gcs.key`,
    objectStore('gs://models/router', { gcs: { secretName: 'gcs', key: 'keys/credentials.json' } }),
  ),
  m(
    'secrets',
    'Azure account key key with a space',
    `${CRED}.azure.accountKeyKey`,
    objectStore('as://acct/models', { azure: { secretName: 'azure', accountKeyKey: 'account key' } }),
  ),
  m('secrets', 'Hugging Face token key with a space', 'routerServer.huggingFace.token.secretKey', {
    routerServer: { huggingFace: { token: { secretName: 'hf', secretKey: 'HF TOKEN' } } },
  }),
  m('secrets', 'API key as the existing Secret name (nvapi-)', 'apiKeys.existingSecret', {
    apiKeys: { existingSecret: 'nvapi-3f9c2a7b1e0d4c8f9a6b' },
  }),
  m('secrets', 'OpenAI key as the existing Secret name (sk-)', 'apiKeys.existingSecret', {
    apiKeys: { existingSecret: 'sk-proj-4f8a1c9e2b7d3f6a0c5e' },
  }),
  m('secrets', 'hex token as the chart Secret name', 'apiKeys.secretName', { apiKeys: { secretName: HEX64 } }),
  m('secrets', 'API key as an LLM Secret name', 'routerController.policies[0].llms[0].apiKey.secretName', {
    routerController: {
      policies: [customPolicy([llm('a', { apiKey: { secretName: 'nvapi-9b1c7e2f4a6d8c0e3b5f', secretKey: 'NVIDIA_API_KEY' } })])],
    },
  }),
  m('secrets', 'hex token as an LLM Secret key', 'routerController.policies[0].llms[0].apiKey.secretKey', {
    routerController: { policies: [customPolicy([llm('a', { apiKey: { secretName: 'llm-keys', secretKey: `k${HEX64}` } })])] },
  }),
  m('secrets', 'API key as the Hugging Face Secret name', 'routerServer.huggingFace.token.secretName', {
    routerServer: { huggingFace: { token: { secretName: HEX64 } } },
  }),
  m(
    'secrets',
    'hex key as the S3 Secret name',
    `${CRED}.s3.secretName`,
    objectStore('s3://models/router', { s3: { secretName: HEX64.slice(0, 40) } }),
  ),
  m(
    'secrets',
    'Secret name with an underscore',
    `${CRED}.s3.secretName`,
    objectStore('s3://models/router', { s3: { secretName: 'aws_credentials' } }),
  ),
  m('secrets', 'TLS Secret name in capitals', 'ingress.tls[0].secretName', {
    ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }], tls: [{ secretName: 'LLM_TLS', hosts: ['llm.example.com'] }] },
    networkPolicy: { ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
  }),
  m('secrets', 'ExternalSecret without a store', 'apiKeys.externalSecret.secretStoreRef.name', {
    apiKeys: {
      existingSecret: null,
      externalSecret: { enabled: true, data: [{ secretKey: 'NVIDIA_API_KEY', remoteRef: { key: 'llm/nvidia' } }] },
    },
  }),
  m('secrets', 'ExternalSecret store name with a space', 'apiKeys.externalSecret.secretStoreRef.name', {
    apiKeys: {
      existingSecret: null,
      externalSecret: {
        enabled: true,
        secretStoreRef: { name: 'Vault Backend' },
        data: [{ secretKey: 'NVIDIA_API_KEY', remoteRef: { key: 'k' } }],
      },
    },
  }),
  m('secrets', 'ExternalSecret target key with dashes', 'apiKeys.externalSecret.data[0].secretKey', {
    apiKeys: {
      existingSecret: null,
      externalSecret: {
        enabled: true,
        secretStoreRef: { name: 'vault' },
        data: [{ secretKey: 'nvidia-api-key', remoteRef: { key: 'k' } }],
      },
    },
  }),
  m('secrets', 'key inline and by an existing Secret', 'apiKeys', {
    apiKeys: { existingSecret: 'keys', create: { enabled: true, values: { NVIDIA_API_KEY: 'nvapi-abc' } } },
  }),
  m('secrets', 'env var with value and valueFrom', 'routerController.extraEnv[0].value', {
    routerController: {
      extraEnv: [{ name: 'NVIDIA_API_KEY', value: 'placeholder', valueFrom: { secretKeyRef: { name: 'keys', key: 'NVIDIA_API_KEY' } } }],
    },
  }),
  m('secrets', 'API key inline in an env var', 'routerController.extraEnv[0].value', {
    routerController: { extraEnv: [{ name: 'NVIDIA_API_KEY', value: 'nvapi-Xy7kQ2mN9pR4tV6wZ8bC1dF3' }] },
  }),
  m('secrets', 'Hugging Face token inline in an env var', 'routerServer.extraEnv[0].value', {
    routerServer: { extraEnv: [{ name: 'HF_TOKEN', value: 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345' }] },
  }),
  m('secrets', 'env secretKeyRef to a Secret name in capitals', 'routerController.extraEnv[0].valueFrom.secretKeyRef.name', {
    routerController: {
      extraEnv: [{ name: 'OPENAI_API_KEY', valueFrom: { secretKeyRef: { name: 'OpenAI-Keys', key: 'OPENAI_API_KEY' } } }],
    },
  }),
  m('secrets', 'env secretKeyRef key with a space', 'routerServer.extraEnv[0].valueFrom.secretKeyRef.key', {
    routerServer: { extraEnv: [{ name: 'HF_TOKEN', valueFrom: { secretKeyRef: { name: 'hf', key: 'hf token' } } }] },
  }),
  m('secrets', 'env secretKeyRef without a key', 'routerServer.extraEnv[0].valueFrom.secretKeyRef.key', {
    routerServer: { extraEnv: [{ name: 'HF_TOKEN', valueFrom: { secretKeyRef: { name: 'hf' } } }] },
  }),
  m('secrets', 'envFrom Secret name with an underscore', 'routerController.extraEnvFrom[0].secretRef.name', {
    routerController: { extraEnvFrom: [{ secretRef: { name: 'llm_env' } }] },
  }),
  m('secrets', 'created key name with dashes', 'apiKeys.create.values', {
    apiKeys: { existingSecret: null, create: { enabled: true, values: { 'nvidia-api-key': 'nvapi-dev' } } },
  }),
  m('secrets', 'pull secret name an API key', 'global.imagePullSecrets[0]', {
    global: { imagePullSecrets: ['sk-ant-api03-4f8a1c9e2b7d3f6a'] },
  }),
];
