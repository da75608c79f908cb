// Facts about NVIDIA's upstream llm-router chart (deploy/helm/llm-router, chart 0.1.0) that the
// converter needs: how it names objects, and the defaults a values file leaves in force for what
// runs (images, replicas, resources, strategy, probes, the routing table, the model volume).
// Read from its templates and values; none of its text is reproduced here.

export const UPSTREAM_CHART_NAME = 'llm-router';

/** The release name upstream's README installs with (`helm install llm-router ...`). */
export const UPSTREAM_DEFAULT_RELEASE = 'llm-router';

/** Upstream's "llm-router.fullname": fullnameOverride, else the release name when it already contains the chart name, else `<release>-<name>`; 63 characters at most. */
export function upstreamFullname(release: string, nameOverride?: string, fullnameOverride?: string): string {
  const trunc = (s: string) => s.slice(0, 63).replace(/-+$/, '');
  if (fullnameOverride) return trunc(fullnameOverride);
  const name = nameOverride || UPSTREAM_CHART_NAME;
  return trunc(release.includes(name) ? release : `${release}-${name}`);
}

/** Objects upstream names after the fullname. */
export const upstreamNames = (fullname: string) => ({
  modelPvc: `${fullname}-router-server-model-repo`,
  routerServer: `${fullname}-router-server`,
  routerController: `${fullname}-router-controller`,
  controllerConfig: `${fullname}-router-controller-config`,
  app: `${fullname}-app`,
});

/** The Secret and key upstream reads NVIDIA_API_KEY from when the values leave them empty. */
export const UPSTREAM_API_KEY = { secret: 'llm-api-keys', key: 'nvidia_api_key', env: 'NVIDIA_API_KEY' } as const;
export const UPSTREAM_API_BASE = 'https://integrate.api.nvidia.com';

/** routerController.config.models keys -> classifier class, in class order (the templated config's order). */
export const UPSTREAM_TASK_MODEL_KEYS: readonly [string, string][] = [
  ['brainstorming', 'Brainstorming'],
  ['chatbot', 'Chatbot'],
  ['classification', 'Classification'],
  ['closedQA', 'Closed QA'],
  ['codeGeneration', 'Code Generation'],
  ['extraction', 'Extraction'],
  ['openQA', 'Open QA'],
  ['other', 'Other'],
  ['rewrite', 'Rewrite'],
  ['summarization', 'Summarization'],
  ['textGeneration', 'Text Generation'],
  ['unknown', 'Unknown'],
];
export const UPSTREAM_COMPLEXITY_MODEL_KEYS: readonly [string, string][] = [
  ['creativity', 'Creativity'],
  ['reasoning', 'Reasoning'],
  ['contextualKnowledge', 'Contextual-Knowledge'],
  ['fewShot', 'Few-Shot'],
  ['domainKnowledge', 'Domain-Knowledge'],
  ['noLabelReason', 'No-Label-Reason'],
  ['constraint', 'Constraint'],
];

/** Where upstream mounts the model volume and what it passes to --model-repository by default. */
export const UPSTREAM_MODEL_MOUNT = '/model_repository';
export const UPSTREAM_MODEL_PATH = '/model_repository';

export type UpstreamComponent = 'routerServer' | 'routerController' | 'app';

/** Defaults of what runs: a values file that leaves these out ran with them. */
export const UPSTREAM_RUNTIME_DEFAULTS: Record<
  UpstreamComponent,
  {
    image: { repository: string; tag: string; pullPolicy: string };
    replicas: number;
    strategy: { type: string; rollingUpdate: { maxSurge: number; maxUnavailable: number } };
    resources: { requests: Record<string, string | number>; limits: Record<string, string | number> };
    servicePort: number;
    containerPort: number;
  }
> = {
  routerServer: {
    image: { repository: 'router-server', tag: 'latest', pullPolicy: 'IfNotPresent' },
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    resources: { requests: { 'nvidia.com/gpu': 1, memory: '8Gi', cpu: '2' }, limits: { 'nvidia.com/gpu': 1, memory: '8Gi', cpu: '4' } },
    servicePort: 8000,
    containerPort: 8000,
  },
  routerController: {
    image: { repository: 'router-controller', tag: 'latest', pullPolicy: 'IfNotPresent' },
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    resources: { requests: { memory: '512Mi', cpu: '500m' }, limits: { memory: '2Gi', cpu: '1' } },
    servicePort: 8084,
    containerPort: 8084,
  },
  app: {
    image: { repository: 'llm-router-client', tag: 'app', pullPolicy: 'IfNotPresent' },
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    resources: { requests: { memory: '256Mi', cpu: '100m' }, limits: { memory: '1Gi', cpu: '500m' } },
    servicePort: 8008,
    containerPort: 8008,
  },
};

export type ProbeKind = 'readinessProbe' | 'livenessProbe' | 'startupProbe';
export interface UpstreamProbe {
  path: string;
  port: number;
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  successThreshold: number;
  failureThreshold: number;
}

const probe = (
  path: string,
  port: number,
  [initialDelaySeconds, periodSeconds, timeoutSeconds, successThreshold, failureThreshold]: number[],
): UpstreamProbe => ({
  path,
  port,
  initialDelaySeconds: initialDelaySeconds!,
  periodSeconds: periodSeconds!,
  timeoutSeconds: timeoutSeconds!,
  successThreshold: successThreshold!,
  failureThreshold: failureThreshold!,
});

/** Upstream's default healthChecks (httpGet handlers and timings). */
export const UPSTREAM_PROBES: Record<UpstreamComponent, Record<ProbeKind, UpstreamProbe>> = {
  routerServer: {
    readinessProbe: probe('/v2/health/ready', 8000, [30, 10, 5, 1, 3]),
    livenessProbe: probe('/v2/health/live', 8000, [60, 30, 10, 1, 3]),
    startupProbe: probe('/v2/health/ready', 8000, [10, 5, 5, 1, 60]),
  },
  routerController: {
    readinessProbe: probe('/health', 8084, [15, 10, 3, 1, 3]),
    livenessProbe: probe('/health', 8084, [30, 30, 5, 1, 3]),
    startupProbe: probe('/health', 8084, [5, 5, 3, 1, 30]),
  },
  app: {
    readinessProbe: probe('/', 8008, [10, 10, 3, 1, 3]),
    livenessProbe: probe('/', 8008, [30, 30, 5, 1, 3]),
    startupProbe: probe('/', 8008, [5, 5, 3, 1, 20]),
  },
};

/** Our value block of each upstream component. */
export const OUR_COMPONENT: Record<UpstreamComponent, string> = {
  routerServer: 'routerServer',
  routerController: 'routerController',
  app: 'app',
};
/** The app.kubernetes.io/name value upstream's default anti-affinity selects per component (it matches no pod). */
export const UPSTREAM_ANTI_AFFINITY_NAME: Record<UpstreamComponent, string> = {
  routerServer: 'router-server',
  routerController: 'router-controller',
  app: 'app',
};
