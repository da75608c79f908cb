// app: the optional Gradio demo UI that talks to the router-controller.
import { z } from 'zod';
import { componentShape, statelessDefaults, type ComponentDefaults } from './component.js';
import { bool, doc, nullableString, port } from './primitives.js';

export const appDefaults: ComponentDefaults = {
  what: 'the demo app (Gradio UI)',
  image: { repository: 'nvcr.io/nvidia/blueprint/router-app', tag: null },
  ...statelessDefaults(),
  replicas: 1,
  resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
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
  z
    .strictObject({
      enabled: bool('Deploy the demo app.', false),
      ...componentShape(appDefaults),
      port: port('Container port of the app (GRADIO_SERVER_PORT).', 8008),
      routerControllerUrl: nullableString('URL of the router-controller; null uses the in-cluster Service of this release.', null, ['http://llm-router-router-controller:8084']),
      routingStrategy: doc(z.enum(['triton', 'manual']), 'Default routing strategy the app sends (triton: classifier decides; manual: user picks).').default('triton'),
    }),
  'Demo app (Gradio) for trying the router in a browser; off by default.',
).prefault({});

export type AppInput = z.input<typeof appSchema>;
export type App = z.output<typeof appSchema>;
