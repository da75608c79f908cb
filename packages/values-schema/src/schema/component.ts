// The block every component (routerServer, routerController, app) shares. Component modules
// pass their own defaults and add their specifics after it.
import { z } from 'zod';
import { imageSchema, type ImageDefaults } from './image.js';
import {
  block,
  bool,
  CONTAINER_ENV_NAME_PATTERN,
  doc,
  int,
  intOrPercent,
  k8sName,
  LABEL_NAME_PATTERN,
  nullableName,
  nullablePassthrough,
  port,
  quantity,
  secretKeyName,
  labelMap,
  stringMap,
} from './primitives.js';
import { probeSchema, type ProbeDefaults } from './probes.js';
import { containerSecurityContextSchema, podSecurityContextSchema } from './security.js';
import { schedulingShape, type Toleration } from './scheduling.js';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug', 'trace'] as const;
export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;

type Quantities = Record<string, string | number>;

export interface ComponentDefaults {
  /** Human name used in descriptions, e.g. "the router-server (Triton)". */
  what: string;
  image: Omit<ImageDefaults, 'what'>;
  replicas: number;
  strategy: { type: 'RollingUpdate' | 'Recreate'; rollingUpdate: { maxSurge: number | string; maxUnavailable: number | string } | null };
  resources: { requests: Quantities; limits: Quantities };
  probes: { startup: ProbeDefaults; readiness: ProbeDefaults; liveness: ProbeDefaults };
  tolerations: Toleration[];
  antiAffinity: 'soft' | 'hard' | 'none';
  pdb: { enabled: boolean; minAvailable: number | string | null; maxUnavailable: number | string | null };
  servicePort: number;
  terminationGracePeriodSeconds: number;
  preStopSleepSeconds: number;
  logFormats: readonly [string, ...string[]];
  /** sizeLimit of the writable /tmp emptyDir (node disk). */
  tmpSizeLimit: string;
  /** Default log level (info unless the program logs sensitive data at info) and why, when it differs. */
  logLevel?: { level: (typeof LOG_LEVELS)[number]; why: string };
}

/** Defaults the stateless CPU components (controller, app) share: surge rollout, soft spread, PDB on, text logs. Fresh objects per call. */
export const statelessDefaults = (): Pick<ComponentDefaults, 'strategy' | 'tolerations' | 'antiAffinity' | 'pdb' | 'logFormats'> => ({
  strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
  tolerations: [],
  antiAffinity: 'soft',
  pdb: { enabled: true, minAvailable: null, maxUnavailable: null },
  logFormats: ['text'],
});

const quantities = (description: string, def: Quantities) =>
  doc(z.record(z.string(), quantity()), description, [{ cpu: '500m', memory: '1Gi' }]).default(def);

function strategySchema(d: ComponentDefaults['strategy']) {
  return doc(
    z.strictObject({
      type: doc(
        z.enum(['RollingUpdate', 'Recreate']),
        'Rollout type. Recreate stops every old pod before starting new ones; RollingUpdate replaces pods gradually (on the router-server with maxSurge 0, so no spare GPU is needed; it needs storage every pod can mount).',
      ).default(d.type),
      rollingUpdate: doc(
        z
          .strictObject({
            maxSurge: doc(intOrPercent(), 'Extra pods allowed during a rollout (0 on GPU nodes without spare GPUs).').default(0),
            maxUnavailable: doc(intOrPercent(), 'Pods allowed to be unavailable during a rollout.').default(1),
          })
          .nullable(),
        "RollingUpdate parameters; must be null when type is Recreate. null with RollingUpdate: maxSurge 0, maxUnavailable 1 on the router-server (no spare GPU needed), Kubernetes' 25% defaults elsewhere.",
      ).default(d.rollingUpdate),
    }),
    'Deployment update strategy.',
  ).prefault({});
}

function pdbSchema(d: ComponentDefaults['pdb']) {
  return doc(
    z.strictObject({
      enabled: bool('Render a PodDisruptionBudget when the component can have more than one pod.', d.enabled),
      minAvailable: doc(
        intOrPercent().nullable(),
        'Pods that must stay available; exclusive with maxUnavailable. When both are null, maxUnavailable 1 is used.',
      ).default(d.minAvailable),
      maxUnavailable: doc(
        intOrPercent().nullable(),
        'Pods that may be unavailable; exclusive with minAvailable. When both are null, 1 is used.',
      ).default(d.maxUnavailable),
      unhealthyPodEvictionPolicy: doc(
        z.enum(['AlwaysAllow', 'IfHealthyBudget']),
        'AlwaysAllow lets a drain evict pods that are running but not ready (a crash-looping pod cannot block node maintenance); IfHealthyBudget protects them while the budget is not met.',
      ).default('AlwaysAllow'),
    }),
    'PodDisruptionBudget.',
  ).prefault({});
}

function autoscalingShape() {
  return {
    enabled: bool('Scale the Deployment automatically (replicas is then the starting point only).', false),
    minReplicas: int('Lowest replica count.', 1, 1),
    maxReplicas: int('Highest replica count (must be >= minReplicas).', 3, 1),
    targetCPUUtilizationPercentage: doc(
      z.int().min(1).max(1000).nullable(),
      'Average CPU utilisation to aim for, in percent of requests; null disables the metric.',
    ).default(80),
    targetMemoryUtilizationPercentage: doc(
      z.int().min(1).max(1000).nullable(),
      'Average memory utilisation to aim for, in percent of requests; null disables the metric.',
    ).default(null),
    behavior: nullablePassthrough('HorizontalPodAutoscaler behavior (scale up/down policies), used verbatim.'),
  };
}

export function autoscalingSchema<E extends z.ZodRawShape = Record<never, never>>(description: string, extra?: E) {
  const shape = { ...autoscalingShape(), ...(extra ?? ({} as E)) };
  return doc(z.strictObject(shape), description).prefault({} as never);
}

export function serviceSchema<E extends z.ZodRawShape = Record<never, never>>(d: { what: string; port: number }, extraPorts: E = {} as E) {
  return block(`Service in front of ${d.what}.`, {
    type: doc(z.enum(SERVICE_TYPES), 'Service type.').default('ClusterIP'),
    port: port('Service port of the main (HTTP) endpoint.', d.port),
    ...extraPorts,
    nodePort: doc(
      z.int().min(1).max(65535).nullable(),
      'Fixed node port for type NodePort/LoadBalancer; null lets Kubernetes pick.',
    ).default(null),
    annotations: stringMap('Extra Service annotations.'),
    labels: labelMap('Extra Service labels (never used in selectors).'),
  });
}

/** A reference the kubelet resolves when it starts the pod: a wrong name or key only shows there, as a pod that never starts. */
const objectRef = (kind: string) =>
  z.strictObject({
    name: doc(k8sName(), `${kind} name.`),
    optional: doc(z.boolean(), `Start the pod when the ${kind} is missing.`).optional(),
  });
const keyRef = (kind: string) =>
  z.strictObject({
    name: doc(k8sName(), `${kind} name.`),
    key: doc(secretKeyName(), `Key in the ${kind}.`),
    optional: doc(z.boolean(), `Start the pod when the ${kind} or key is missing.`).optional(),
  });

const envVar = z.strictObject({
  name: doc(
    z.string().regex(CONTAINER_ENV_NAME_PATTERN, {
      error: 'must be an environment variable name (letters, digits, "_", "-", ".", not starting with a digit; no spaces)',
    }),
    'Variable name.',
  ),
  value: doc(z.string(), 'Literal value (never put secrets here; use valueFrom.secretKeyRef).').optional(),
  valueFrom: doc(
    z.looseObject({
      secretKeyRef: doc(keyRef('Secret'), 'A key of a Secret.').optional(),
      configMapKeyRef: doc(keyRef('ConfigMap'), 'A key of a ConfigMap.').optional(),
    }),
    'Kubernetes EnvVarSource (secretKeyRef, configMapKeyRef, fieldRef ...).',
  ).optional(),
});

/** Volume names are DNS-1123 labels. */
const volumeName = () =>
  z.string().regex(LABEL_NAME_PATTERN, { error: 'must be a volume name (a lowercase DNS-1123 label: a-z, 0-9 and "-")' }).max(63);

const named = (what: string) => z.looseObject({ name: doc(z.string().min(1), `${what} name.`) });

/** The shared component block (a component may replace autoscaling or service by spreading after it; key order stays). */
export function componentShape(d: ComponentDefaults) {
  return {
    image: imageSchema({ what: d.what, ...d.image }),
    replicas: doc(z.int().min(0), 'Number of pods (ignored while autoscaling is enabled).').default(d.replicas),
    strategy: strategySchema(d.strategy),
    resources: block(
      "CPU, memory, ephemeral-storage (and GPU) requests and limits of the main container; the ephemeral-storage limit must cover the pod's disk emptyDirs (/tmp and others).",
      {
        requests: quantities('Resources reserved for the container.', d.resources.requests),
        limits: quantities('Upper bounds for the container (GPUs are requested here).', d.resources.limits),
      },
    ),
    podSecurityContext: podSecurityContextSchema(),
    containerSecurityContext: containerSecurityContextSchema(),
    startupProbe: probeSchema('startup', d.probes.startup),
    readinessProbe: probeSchema('readiness', d.probes.readiness),
    livenessProbe: probeSchema('liveness', d.probes.liveness),
    ...schedulingShape({ tolerations: d.tolerations, antiAffinity: d.antiAffinity }),
    pdb: pdbSchema(d.pdb),
    autoscaling: autoscalingSchema('HorizontalPodAutoscaler.'),
    service: serviceSchema({ what: d.what, port: d.servicePort }),
    serviceAccount: block("The component's own ServiceAccount.", {
      create: bool('Create a ServiceAccount for this component.', true),
      name: nullableName('ServiceAccount name; null derives it from the release name (or uses "default" when create is false).'),
      automount: bool('Mount the API token into the pods (only needed for features that call the Kubernetes API).', false),
      annotations: stringMap('ServiceAccount annotations (e.g. cloud IAM role bindings).', {}, [
        { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/models-read' },
      ]),
    }),
    extraEnv: doc(z.array(envVar), 'Extra environment variables of the main container.', [
      [{ name: 'HTTPS_PROXY', value: 'http://proxy:3128' }],
    ]).default([]),
    extraEnvFrom: doc(
      z.array(
        z.looseObject({
          secretRef: doc(objectRef('Secret'), 'Every key of a Secret.').optional(),
          configMapRef: doc(objectRef('ConfigMap'), 'Every key of a ConfigMap.').optional(),
        }),
      ),
      'Extra envFrom sources (ConfigMaps or Secrets) of the main container.',
      [[{ secretRef: { name: 'extra-env' } }]],
    ).default([]),
    extraVolumes: doc(
      z.array(z.looseObject({ name: doc(volumeName(), 'Volume name.') })),
      'Extra pod volumes (Kubernetes Volume objects).',
    ).default([]),
    extraVolumeMounts: doc(
      z.array(z.looseObject({ name: doc(volumeName(), 'Volume name.'), mountPath: doc(z.string().min(1), 'Mount path.') })),
      'Extra volume mounts of the main container.',
    ).default([]),
    initContainers: doc(z.array(named('Container')), 'Extra init containers (Kubernetes Container objects).').default([]),
    sidecars: doc(z.array(named('Container')), 'Extra sidecar containers (Kubernetes Container objects).').default([]),
    podLabels: labelMap('Extra pod labels (never part of selectors, so changing them is upgrade-safe).'),
    podAnnotations: stringMap('Extra pod annotations.'),
    terminationGracePeriodSeconds: int('Seconds Kubernetes waits after SIGTERM before killing the pod.', d.terminationGracePeriodSeconds),
    tmpSizeLimit: doc(
      quantity(),
      'sizeLimit of the writable /tmp emptyDir (node disk; the root filesystem is read-only). The pod is evicted when /tmp grows past it; it counts toward the ephemeral-storage limit in resources.',
    ).default(d.tmpSizeLimit),
    preStopSleepSeconds: int(
      'Seconds the container sleeps in preStop so endpoints drain before shutdown (0 disables; must be below the grace period).',
      d.preStopSleepSeconds,
    ),
    lifecycle: nullablePassthrough("Kubernetes container lifecycle hooks, used verbatim instead of the chart's preStop sleep."),
    logLevel: doc(z.enum(LOG_LEVELS), d.logLevel ? `Log level. ${d.logLevel.why}` : 'Log level.').default(d.logLevel?.level ?? 'info'),
    logFormat: doc(z.enum(d.logFormats), 'Log line format.').default(d.logFormats[0]),
  };
}
