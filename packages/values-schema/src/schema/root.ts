// The whole values document, in the order values.yaml shows it.
import { z } from 'zod';
import { appSchema } from './app.js';
import { routerControllerSchema } from './controller.js';
import { gatewayApiSchema, ingressSchema, openshiftRouteSchema } from './exposure.js';
import { imageSchema, nullableRegistry } from './image.js';
import { metricsSchema } from './metrics.js';
import { networkPolicySchema } from './networkPolicy.js';
import {
  block,
  bool,
  doc,
  helperResources,
  int,
  k8sName,
  labelMap,
  nullableLabelName,
  nullableStorageClass,
  passthroughObject,
  SERVICE_PREFIX_PATTERN,
  stringMap,
} from './primitives.js';
import { apiKeysSchema } from './secrets.js';
import { routerServerSchema } from './server.js';
import { volumeSnapshotsSchema } from './snapshots.js';
import { checkRules, SCHEMA_RULES } from '../rules/index.js';

// `global` stays open: a parent chart passes its own globals down to every subchart. Look-alikes of
// the keys below (imageRegistery, imagePullSecret, ...) fail through a rule (src/rules/names.ts).
const globalSchema = doc(
  z.looseObject({
    imageRegistry: nullableRegistry('Registry prefixed to every image whose own registry is null.', ['registry.example.com']),
    imagePullSecrets: doc(
      z.array(z.union([doc(k8sName(), 'Secret name.'), z.strictObject({ name: doc(k8sName(), 'Secret name.') })])),
      'Pull secrets for every pod: Secret names, or {name} objects as in a pod spec.',
      [['ngc-pull'], [{ name: 'nvcr.io' }]],
    ).default([]),
    storageClass: nullableStorageClass('StorageClass for every PVC whose own storageClass is null.'),
    defaultStorageClass: nullableStorageClass(
      "Bitnami charts' name for the same setting; used when storageClass is null, so an umbrella chart can set it once.",
    ),
  }),
  "Values shared with a parent chart (a parent's other globals are accepted and ignored, except look-alikes of these keys).",
).prefault({});

/** The values' shape without the cross-field rules: validate() reads the parsed values with it when only rules fail. */
export const valuesShapeSchema = z.strictObject({
  global: globalSchema,
  enabled: doc(z.boolean(), 'Accepted (and ignored) so a parent chart can toggle this chart as a subchart.').optional(),
  nameOverride: nullableLabelName('Replaces the chart name in resource names and the app.kubernetes.io/name label.'),
  fullnameOverride: doc(
    z
      .string()
      .regex(SERVICE_PREFIX_PATTERN, {
        error:
          'must be a lowercase DNS-1035 label (a-z, 0-9 and "-", starting with a letter): it starts every Service name, and Service names must',
      })
      .max(63)
      .nullable(),
    'Replaces the full "<release>-<chart>" prefix of resource names (Service names start with it, so it starts with a letter).',
  ).default(null),
  namespaceOverride: nullableLabelName('Namespace for all resources; null uses the release namespace.'),
  commonLabels: labelMap('Labels added to every resource (never to selectors).'),
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
    attempts: int(
      'How many times each test pod tries its Service before failing (a new pod may need a moment before its traffic is allowed).',
      10,
      1,
      100,
    ),
    retryDelaySeconds: int('Seconds a test pod waits between attempts.', 3, 1, 60),
    resources: helperResources(
      'each helm test pod',
      { cpu: '10m', memory: '16Mi', 'ephemeral-storage': '16Mi' },
      { cpu: '100m', memory: '64Mi', 'ephemeral-storage': '64Mi' },
    ),
  }),
  extraObjects: doc(
    z.array(z.union([passthroughObject(), z.string().min(1)])),
    'Extra manifests rendered with the release (objects, or strings passed through tpl).',
    [[{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extra' }, data: { a: 'b' } }]],
  ).default([]),
});

export const valuesSchema = valuesShapeSchema
  .superRefine((v, ctx) => {
    for (const p of checkRules(v as Values, SCHEMA_RULES))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message, params: { rule: p.rule } });
  })
  .meta({ description: 'Values of the LLM Router Helm chart.' });

export type ValuesInput = z.input<typeof valuesSchema>;
export type Values = z.output<typeof valuesSchema>;
