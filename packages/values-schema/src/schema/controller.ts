// routerController: the Rust OpenAI-compatible proxy that asks Triton which LLM to use.
import { z } from 'zod';
import { componentShape, statelessDefaults, type ComponentDefaults } from './component.js';
import { block, doc, nullableName } from './primitives.js';
import { policiesSchema } from './policies.js';

/** The controller program listens on 0.0.0.0:8084, hard-coded (no flag, env or config key moves it). */
export const CONTROLLER_PORT = 8084;

export const controllerDefaults: ComponentDefaults = {
  what: 'the router-controller (OpenAI-compatible routing proxy)',
  image: { repository: 'router-controller', tag: null, builtByUser: true },
  ...statelessDefaults(),
  replicas: 2,
  resources: {
    requests: { cpu: '100m', memory: '128Mi', 'ephemeral-storage': '64Mi' },
    limits: { cpu: '1', memory: '512Mi', 'ephemeral-storage': '512Mi' },
  },
  tmpSizeLimit: '64Mi',
  probes: {
    startup: { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 30 },
    readiness: { periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 },
    liveness: { periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
  },
  servicePort: CONTROLLER_PORT,
  // The controller ignores SIGTERM: the grace period is how long in-flight (streaming) requests get.
  terminationGracePeriodSeconds: 60,
  preStopSleepSeconds: 10,
  logLevel: {
    level: 'warn',
    why: "Becomes RUST_LOG. warn logs only warnings and errors; at info (and debug, trace) the controller logs every request's headers (the client's Authorization header included), its body and the prompt text, about 50 lines a request.",
  },
};

export const routerControllerSchema = doc(
  z.strictObject({
    ...componentShape(controllerDefaults),
    config: block('Where the generated config.yaml is mounted.', {
      mountPath: doc(
        z.string().regex(/^\/.+/, { error: 'must be an absolute file path' }),
        'Path of config.yaml in the container; passed as --config-path.',
      ).default('/app/config.yaml'),
    }),
    logFilter: doc(
      z.string().min(1).nullable(),
      'Full RUST_LOG filter (e.g. "warn,router_controller=error"); null derives it from logLevel. Levels info, debug and trace log headers, bodies and prompts.',
    ).default(null),
    policies: policiesSchema,
    customConfig: doc(
      z.string().min(1).nullable(),
      'Raw config.yaml used instead of policies (keys as ${VAR} references only); exclusive with existingConfigMap.',
    ).default(null),
    existingConfigMap: nullableName('Existing ConfigMap with a config.yaml key used instead of policies; exclusive with customConfig.'),
  }),
  'Router-controller: the OpenAI-compatible proxy that classifies each prompt with Triton and forwards it to the chosen LLM.',
).prefault({});

export type RouterControllerInput = z.input<typeof routerControllerSchema>;
export type RouterController = z.output<typeof routerControllerSchema>;
