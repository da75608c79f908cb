// routerController: the Rust OpenAI-compatible proxy that asks Triton which LLM to use.
import { z } from 'zod';
import { componentShape, statelessDefaults, type ComponentDefaults } from './component.js';
import { block, doc, nullableName, port } from './primitives.js';
import { policiesSchema } from './policies.js';

export const controllerDefaults: ComponentDefaults = {
  what: 'the router-controller (OpenAI-compatible routing proxy)',
  image: { repository: 'nvcr.io/nvidia/blueprint/router-controller', tag: null },
  ...statelessDefaults(),
  replicas: 2,
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  probes: {
    startup: { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 30 },
    readiness: { periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 },
    liveness: { periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
  },
  servicePort: 8084,
  // The controller ignores SIGTERM: the grace period is how long in-flight (streaming) requests get.
  terminationGracePeriodSeconds: 60,
  preStopSleepSeconds: 10,
};

export const routerControllerSchema = doc(
  z
    .strictObject({
      ...componentShape(controllerDefaults),
      port: port('Container port the controller listens on.', 8084),
      config: block('Where the generated config.yaml is mounted.', {
        mountPath: doc(z.string().regex(/^\/.+/, { error: 'must be an absolute file path' }), 'Path of config.yaml in the container; passed as --config-path.').default(
          '/app/config.yaml',
        ),
      }),
      logFilter: doc(z.string().min(1).nullable(), 'Full RUST_LOG filter (e.g. "info,hyper=warn"); null derives it from logLevel.').default(null),
      policies: policiesSchema,
      customConfig: doc(z.string().min(1).nullable(), 'Raw config.yaml used instead of policies (keys as ${VAR} references only); exclusive with existingConfigMap.').default(null),
      existingConfigMap: nullableName('Existing ConfigMap with a config.yaml key used instead of policies; exclusive with customConfig.'),
    }),
  'Router-controller: the OpenAI-compatible proxy that classifies each prompt with Triton and forwards it to the chosen LLM.',
).prefault({});

export type RouterControllerInput = z.input<typeof routerControllerSchema>;
export type RouterController = z.output<typeof routerControllerSchema>;
