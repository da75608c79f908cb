// app: the optional Gradio demo UI that talks to the router-controller.
import { z } from 'zod';
import { componentShape, statelessDefaults, type ComponentDefaults } from './component.js';
import { bool, doc, port } from './primitives.js';

export const appDefaults: ComponentDefaults = {
  what: 'the demo app (Gradio UI)',
  // the name upstream's docs build the demo app under
  image: { repository: 'llm-router-client', tag: null, builtByUser: true },
  ...statelessDefaults(),
  replicas: 1,
  resources: {
    requests: { cpu: '100m', memory: '256Mi', 'ephemeral-storage': '128Mi' },
    limits: { cpu: '1', memory: '1Gi', 'ephemeral-storage': '1Gi' },
  },
  // Gradio keeps its temporary files under /tmp.
  tmpSizeLimit: '512Mi',
  probes: {
    startup: { periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 30 },
    readiness: { periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    liveness: { periodSeconds: 15, timeoutSeconds: 3, failureThreshold: 3 },
  },
  servicePort: 8008,
  terminationGracePeriodSeconds: 30,
  preStopSleepSeconds: 5,
};

export const appSchema = doc(
  z.strictObject({
    enabled: bool('Deploy the demo app.', false),
    ...componentShape(appDefaults),
    port: port('Container port of the app (GRADIO_SERVER_PORT).', 8008),
    routerControllerUrl: doc(
      z
        .string()
        .regex(/^https?:\/\/[^\s/]+/, { error: 'must be an http:// or https:// URL such as "http://llm-router-router-controller:8084"' })
        .nullable(),
      'URL of the router-controller; null uses the in-cluster Service of this release.',
      ['http://llm-router-router-controller:8084'],
    ).default(null),
    // The app reads routing_strategy as the list of choices of its strategy dropdown (runtime contract).
    routingStrategies: doc(
      z
        .array(z.enum(['triton', 'manual']))
        .min(1)
        .refine((l) => new Set(l).size === l.length, { error: 'must not list a strategy twice' })
        // the same check for Helm (values.schema.json)
        .meta({ uniqueItems: true }),
      'Routing strategies the app offers (config.yaml routing_strategy, a list): triton lets the classifier decide, manual lets the user pick the LLM.',
      [['triton'], ['manual', 'triton']],
    ).default(['triton', 'manual']),
  }),
  'Demo app (Gradio) for trying the router in a browser; off by default.',
).prefault({});

export type AppInput = z.input<typeof appSchema>;
export type App = z.output<typeof appSchema>;
