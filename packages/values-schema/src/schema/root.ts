// The whole values document, in the order values.yaml shows it.
import { z } from 'zod';
import { appSchema } from './app.js';
import { routerControllerSchema } from './controller.js';
import { gatewayApiSchema, ingressSchema, openshiftRouteSchema } from './exposure.js';
import { imageSchema } from './image.js';
import { metricsSchema } from './metrics.js';
import { networkPolicySchema } from './networkPolicy.js';
import { block, bool, doc, helperResources, int, k8sName, nullableString, passthroughObject, stringMap } from './primitives.js';
import { apiKeysSchema } from './secrets.js';
import { routerServerSchema } from './server.js';
import { volumeSnapshotsSchema } from './snapshots.js';

// `global` stays open: a parent chart passes its own globals down to every subchart.
const globalSchema = doc(
  z.looseObject({
    imageRegistry: nullableString('Registry prefixed to every image whose own registry is null.', null, ['registry.example.com']),
    imagePullSecrets: doc(z.array(z.strictObject({ name: doc(k8sName(), 'Secret name.') })), 'Pull secrets for every pod.', [[{ name: 'ngc-pull' }]]).default([]),
    storageClass: nullableString('StorageClass for every PVC whose own storageClass is null.'),
  }),
  'Values shared with a parent chart (other keys a parent sets are accepted and ignored).',
).prefault({});

export const valuesSchema = z
  .strictObject({
    global: globalSchema,
    enabled: doc(z.boolean(), 'Accepted (and ignored) so a parent chart can toggle this chart as a subchart.').optional(),
    nameOverride: nullableString('Replaces the chart name in resource names.'),
    fullnameOverride: nullableString('Replaces the full "<release>-<chart>" prefix of resource names.'),
    namespaceOverride: nullableString('Namespace for all resources; null uses the release namespace.'),
    commonLabels: stringMap('Labels added to every resource (never to selectors).'),
    commonAnnotations: stringMap('Annotations added to every resource.'),
    apiKeys: apiKeysSchema,
    routerServer: routerServerSchema,
    routerController: routerControllerSchema,
    app: appSchema,
    ingress: ingressSchema,
    gatewayApi: gatewayApiSchema,
    openshiftRoute: openshiftRouteSchema,
    networkPolicy: networkPolicySchema,
    metrics: metricsSchema,
    volumeSnapshots: volumeSnapshotsSchema,
    tests: block('helm test pods that check each Service answers.', {
      enabled: bool('Render the helm test pods.', true),
      image: imageSchema({ what: 'the helm test pods', repository: 'busybox', tag: '1.37.0' }),
      attempts: int('How many times each test pod tries its Service before failing (a new pod may need a moment before its traffic is allowed).', 10, 1, 100),
      retryDelaySeconds: int('Seconds a test pod waits between attempts.', 3, 1, 60),
      resources: helperResources('each helm test pod', { cpu: '10m', memory: '16Mi', 'ephemeral-storage': '16Mi' }, { cpu: '100m', memory: '64Mi', 'ephemeral-storage': '64Mi' }),
    }),
    extraObjects: doc(
      z.array(z.union([passthroughObject(), z.string().min(1)])),
      'Extra manifests rendered with the release (objects, or strings passed through tpl).',
      [[{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extra' }, data: { a: 'b' } }]],
    ).default([]),
  })
  .superRefine((v, ctx) => {
    const storage = v.routerServer.modelRepository.storage;
    const needPvc = (path: (string | number)[], what: string) =>
      ctx.addIssue({ code: 'custom', path, message: `${what} needs routerServer.modelRepository.storage.type "pvc" (got "${storage.type}")` });
    if (v.volumeSnapshots.enabled && storage.type !== 'pvc') needPvc(['volumeSnapshots', 'enabled'], 'a snapshot of the model volume');
    if (v.volumeSnapshots.schedule.enabled && storage.type !== 'pvc') needPvc(['volumeSnapshots', 'schedule', 'enabled'], 'scheduled snapshots');
    if (v.volumeSnapshots.restoreFrom !== null) {
      if (storage.type !== 'pvc') needPvc(['volumeSnapshots', 'restoreFrom'], 'restoring from a snapshot');
      if (storage.pvc.existingClaim !== null)
        ctx.addIssue({ code: 'custom', path: ['volumeSnapshots', 'restoreFrom'], message: 'cannot be used with routerServer.modelRepository.storage.pvc.existingClaim (the chart only restores into a PVC it creates)' });
      if (storage.pvc.dataSource !== null)
        ctx.addIssue({ code: 'custom', path: ['volumeSnapshots', 'restoreFrom'], message: 'set either volumeSnapshots.restoreFrom or routerServer.modelRepository.storage.pvc.dataSource, not both' });
    }
    // Routes to the app need the app.
    if (!v.app.enabled) {
      if (v.ingress.enabled)
        v.ingress.hosts.forEach((h, i) =>
          h.paths.forEach((p, j) => {
            if (p.backend === 'app') ctx.addIssue({ code: 'custom', path: ['ingress', 'hosts', i, 'paths', j, 'backend'], message: 'is "app" but app.enabled is false' });
          }),
        );
      if (v.gatewayApi.httpRoute.enabled)
        v.gatewayApi.httpRoute.rules.forEach((r, i) => {
          if (r.backend === 'app') ctx.addIssue({ code: 'custom', path: ['gatewayApi', 'httpRoute', 'rules', i, 'backend'], message: 'is "app" but app.enabled is false' });
        });
      if (v.openshiftRoute.enabled && v.openshiftRoute.backend === 'app')
        ctx.addIssue({ code: 'custom', path: ['openshiftRoute', 'backend'], message: 'is "app" but app.enabled is false' });
    }
  })
  .meta({
    description: 'Values of the LLM Router Helm chart.',
    allOf: [
      {
        if: { properties: { volumeSnapshots: { properties: { enabled: { const: true } }, required: ['enabled'] } }, required: ['volumeSnapshots'] },
        then: { properties: { routerServer: { properties: { modelRepository: { properties: { storage: { properties: { type: { const: 'pvc' } } } } } } } } },
      },
      {
        if: { properties: { volumeSnapshots: { properties: { restoreFrom: { type: 'string' } }, required: ['restoreFrom'] } }, required: ['volumeSnapshots'] },
        then: {
          properties: {
            routerServer: {
              properties: {
                modelRepository: {
                  properties: {
                    storage: { properties: { type: { const: 'pvc' }, pvc: { properties: { existingClaim: { type: 'null' }, dataSource: { type: 'null' } } } } },
                  },
                },
              },
            },
          },
        },
      },
    ],
  });

export type ValuesInput = z.input<typeof valuesSchema>;
export type Values = z.output<typeof valuesSchema>;
