// The bad values every validator (validate(), ajv, helm 3, helm 4) must reject, with the path it must name.
export interface BadInput {
  name: string;
  values: Record<string, unknown>;
  /** Exact dotted path validate() reports. */
  path: string;
  /** Substring of validate()'s message. */
  message: string;
  /** Path the JSON Schema error must name; for a cross-field rule, the path the chart's fail message starts with. */
  schemaPath: string;
  /** A cross-field rule (src/rules): values.schema.json accepts it, the chart's templates/validate.yaml fails. */
  rule?: true;
}

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'unknown key under routerServer',
    values: { routerServer: { replicaz: 3 } },
    path: 'routerServer',
    message: 'unknown key "replicaz"',
    schemaPath: 'routerServer',
  },
  {
    name: 'replicas "abc"',
    values: { routerServer: { replicas: 'abc' } },
    path: 'routerServer.replicas',
    message: 'must be an integer (got "abc")',
    schemaPath: 'routerServer.replicas',
  },
  {
    name: 'replicas -1',
    values: { routerServer: { replicas: -1 } },
    path: 'routerServer.replicas',
    message: 'must be >= 0 (got -1)',
    schemaPath: 'routerServer.replicas',
  },
  {
    name: 'service port 99999',
    values: { routerServer: { service: { port: 99999 } } },
    path: 'routerServer.service.port',
    message: 'must be <= 65535 (got 99999)',
    schemaPath: 'routerServer.service.port',
  },
  {
    name: 'pullPolicy "Sometimes"',
    values: { routerServer: { image: { pullPolicy: 'Sometimes' } } },
    path: 'routerServer.image.pullPolicy',
    message: 'must be one of Always, IfNotPresent, Never (got "Sometimes")',
    schemaPath: 'routerServer.image.pullPolicy',
  },
  {
    name: 'inline API key',
    values: {
      routerController: {
        policies: [
          {
            name: 'task_router',
            llms: [{ name: 'Chatbot', apiBase: 'https://integrate.api.nvidia.com', model: 'm', apiKey: 'nvapi-0123456789' }],
          },
        ],
      },
    },
    path: 'routerController.policies[0].llms[0].apiKey',
    message: 'must be a Secret reference',
    schemaPath: 'routerController.policies.0.llms.0.apiKey',
  },
  {
    name: 'inline Hugging Face token',
    values: { routerServer: { huggingFace: { token: 'hf_0123456789secret' } } },
    path: 'routerServer.huggingFace.token',
    message: 'must reference an existing Secret',
    schemaPath: 'routerServer.huggingFace.token',
  },
  {
    name: 'two storage backends',
    values: {
      routerServer: { modelRepository: { storage: { type: 'pvc', nfs: { server: 'nfs.example.com', path: '/exports/models' } } } },
    },
    path: 'routerServer.modelRepository.storage.nfs.server',
    message: 'two storage backends',
    schemaPath: 'routerServer.modelRepository.storage.nfs.server',
    rule: true,
  },
  {
    name: 'hostPath without path',
    values: { routerServer: { modelRepository: { storage: { type: 'hostPath', hostPath: { iUnderstandTheRisk: true } } } } },
    path: 'routerServer.modelRepository.storage.hostPath.path',
    message: 'is required when storage.type is hostPath',
    schemaPath: 'routerServer.modelRepository.storage.hostPath.path',
    rule: true,
  },
  {
    name: 'hostPath without the opt-in',
    values: { routerServer: { modelRepository: { storage: { type: 'hostPath', hostPath: { path: '/data/models' } } } } },
    path: 'routerServer.modelRepository.storage.hostPath.iUnderstandTheRisk',
    message: 'must be true',
    schemaPath: 'routerServer.modelRepository.storage.hostPath.iUnderstandTheRisk',
    rule: true,
  },
  {
    name: 'customConfig together with existingConfigMap',
    values: { routerController: { customConfig: 'policies: []', existingConfigMap: 'router-config' } },
    path: 'routerController.existingConfigMap',
    message: 'set either customConfig or existingConfigMap, not both',
    schemaPath: 'routerController.existingConfigMap',
    rule: true,
  },
  {
    name: 'apiBase ending in /v1',
    values: {
      routerController: {
        policies: [
          {
            name: 'p',
            llms: [{ name: 'a', apiBase: 'https://integrate.api.nvidia.com/v1', model: 'm', apiKey: { secretKey: 'NVIDIA_API_KEY' } }],
          },
        ],
      },
    },
    path: 'routerController.policies[0].llms[0].apiBase',
    message: 'must not end in /v1',
    schemaPath: 'routerController.policies.0.llms.0.apiBase',
  },
  {
    name: 'object-storage URL with a volume backend',
    values: { routerServer: { modelRepository: { path: 's3://bucket/routers' } } },
    path: 'routerServer.modelRepository.storage.type',
    message: 'must be "none"',
    schemaPath: 'routerServer.modelRepository.storage.type',
    rule: true,
  },
  {
    name: 'malformed digest',
    values: { routerController: { image: { digest: 'sha256:abc' } } },
    path: 'routerController.image.digest',
    message: 'must be a digest of the form sha256:<64 lowercase hex digits>',
    schemaPath: 'routerController.image.digest',
  },
  {
    name: 'Recreate with rollingUpdate',
    values: { routerServer: { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } } },
    path: 'routerServer.strategy.rollingUpdate',
    message: 'must be null when strategy.type is Recreate',
    schemaPath: 'routerServer.strategy.rollingUpdate',
    rule: true,
  },
  {
    name: 'two API key sources',
    values: { apiKeys: { existingSecret: 'keys', create: { enabled: true, values: { NVIDIA_API_KEY: 'x' } } } },
    path: 'apiKeys',
    message: 'use only one key source',
    schemaPath: 'apiKeys',
    rule: true,
  },
  {
    name: 'unknown key at the root',
    values: { routerServr: {} },
    path: '(root)',
    message: 'unknown key "routerServr" (did you mean "routerServer"?)',
    schemaPath: '(root)',
  },
];

/** Dotted schema path -> JSON pointer (ajv instancePath, Helm 4 messages). */
export function pointer(schemaPath: string): string {
  return schemaPath === '(root)' ? '' : `/${schemaPath.split('.').join('/')}`;
}
