// router-server (Triton + classifier models): its container, model storage, /dev/shm, HF cache and
// optional loader, handed to the shared Deployment builder.
import {
  expr,
  group,
  literal,
  map,
  splice,
  toYaml,
  toYamlIfSet,
  when,
  withValue,
  type PlainMap,
  type SeqPart,
  type YMap,
} from '../gotpl/yaml.js';
import {
  containerBase,
  containerSecurity,
  securityContext,
  extraEnv,
  extraVolumeMounts,
  imageExpr,
  lifecycle,
  probes,
  resources,
} from '../helpers/pod.js';
import { modelsClaimName } from '../helpers/model-storage.js';
import { nameOf, SERVER, v } from '../helpers/names.js';
import { deployment } from '../resources/deployment.js';
import { service } from '../resources/service.js';

const c = SERVER;
const mr = v(c, 'modelRepository');
const st = `${mr}.storage`;
const cred = `${mr}.credentials`;
const hf = v(c, 'huggingFace');

/** Where the GCS key file is mounted; GOOGLE_APPLICATION_CREDENTIALS points at the file inside. */
export const GCS_MOUNT = '/var/run/secrets/llm-router/gcs';

/** Variables the server templates use: is the repository an object-storage URL, and which volume backs it. */
export const SERVER_VARS = [
  `{{- $modelPath := ${mr}.path }}`,
  `{{- $objectStore := regexMatch "^(s3|gs|as)://" $modelPath }}`,
  `{{- $modelVolume := and (not $objectStore) (ne ${st}.type "none") }}`,
];

export const hfCachePvcName = `${hf}.cache.existingClaim | default (${nameOf('router-server-hf-cache')})`;

const secretEnv = (name: string, secret: string, key: string): PlainMap => ({
  name,
  valueFrom: { secretKeyRef: { name: expr(secret), key: expr(key) } },
});

function env(): SeqPart[] {
  return [
    // The root filesystem is read-only; python and torch write their caches under HOME.
    { name: 'HOME', value: '/tmp' },
    { name: 'HF_HOME', value: expr(`${hf}.cache.mountPath | quote`) },
    when(`${hf}.offline`, group({ name: 'HF_HUB_OFFLINE', value: '1' }, { name: 'TRANSFORMERS_OFFLINE', value: '1' })),
    when(`${hf}.endpoint`, { name: 'HF_ENDPOINT', value: expr(`${hf}.endpoint | quote`) }),
    when(`${hf}.token.secretName`, secretEnv('HF_TOKEN', `${hf}.token.secretName`, `${hf}.token.secretKey`)),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.secretName`, {
      name: 'AWS_ACCESS_KEY_ID',
      valueFrom: { secretKeyRef: { name: expr(`${cred}.s3.secretName`), key: expr(`${cred}.s3.accessKeyIdKey`) } },
    }),
    when(
      `and (hasPrefix "s3://" $modelPath) ${cred}.s3.secretName`,
      secretEnv('AWS_SECRET_ACCESS_KEY', `${cred}.s3.secretName`, `${cred}.s3.secretAccessKeyKey`),
    ),
    when(
      `and (hasPrefix "s3://" $modelPath) ${cred}.s3.secretName ${cred}.s3.sessionTokenKey`,
      secretEnv('AWS_SESSION_TOKEN', `${cred}.s3.secretName`, `${cred}.s3.sessionTokenKey`),
    ),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.region`, { name: 'AWS_DEFAULT_REGION', value: expr(`${cred}.s3.region | quote`) }),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.endpoint`, {
      name: 'AWS_ENDPOINT_URL',
      value: expr(`${cred}.s3.endpoint | quote`),
    }),
    // Triton reads a key FILE path from GOOGLE_APPLICATION_CREDENTIALS (not a JSON string).
    when(`and (hasPrefix "gs://" $modelPath) ${cred}.gcs.secretName`, {
      name: 'GOOGLE_APPLICATION_CREDENTIALS',
      value: expr(`printf "${GCS_MOUNT}/%s" ${cred}.gcs.key | quote`),
    }),
    when(
      `and (hasPrefix "as://" $modelPath) ${cred}.azure.secretName`,
      secretEnv('AZURE_STORAGE_ACCOUNT', `${cred}.azure.secretName`, `${cred}.azure.accountNameKey`),
    ),
    when(
      `and (hasPrefix "as://" $modelPath) ${cred}.azure.secretName`,
      secretEnv('AZURE_STORAGE_KEY', `${cred}.azure.secretName`, `${cred}.azure.accountKeyKey`),
    ),
    extraEnv(c),
  ];
}

const arg = (format: string, value: string): SeqPart => expr(`printf "${format}" ${value} | quote`);

function args(): SeqPart[] {
  const t = v(c, 'triton');
  const lvl = v(c, 'logLevel');
  return [
    arg('--model-repository=%s', '$modelPath'),
    arg('--http-port=%v', `${t}.ports.http`),
    arg('--grpc-port=%v', `${t}.ports.grpc`),
    arg('--metrics-port=%v', `${t}.ports.metrics`),
    arg('--log-verbose=%v', `(max (int ${t}.logVerbose) (ternary 1 0 (has ${lvl} (list "debug" "trace"))))`),
    arg('--log-info=%v', `(has ${lvl} (list "info" "debug" "trace"))`),
    arg('--log-warning=%v', `(ne ${lvl} "error")`),
    '--log-error=true',
    arg('--log-format=%s', v(c, 'logFormat')),
    arg('--exit-on-error=%v', `${t}.exitOnError`),
    arg('--strict-readiness=%v', `${t}.strictReadiness`),
    arg('--model-control-mode=%s', `${t}.modelControlMode`),
    when(`eq ${t}.modelControlMode "poll"`, arg('--repository-poll-secs=%v', `${t}.repositoryPollSeconds`)),
    splice(`${t}.extraArgs`),
  ];
}

/** The repository volume at the model path; subPath selects a directory inside it (e.g. an adopted upstream PVC). */
const modelMount = (): YMap =>
  map({ name: 'model-repository', mountPath: expr('$modelPath | quote') }, withValue(`${st}.subPath`, { subPath: expr('. | quote') }));

function volumeMounts(): SeqPart[] {
  return [
    when('$modelVolume', modelMount()),
    when(`${v(c, 'shm.enabled')}`, { name: 'dshm', mountPath: '/dev/shm' }),
    { name: 'tmp', mountPath: '/tmp' },
    { name: 'hf-cache', mountPath: expr(`${hf}.cache.mountPath | quote`) },
    when(`and (hasPrefix "gs://" $modelPath) ${cred}.gcs.secretName`, { name: 'gcs-credentials', mountPath: GCS_MOUNT, readOnly: true }),
    extraVolumeMounts(c),
  ];
}

function modelVolume(): SeqPart {
  return when(
    '$modelVolume',
    map(
      { name: 'model-repository' },
      when(
        // NFS is mounted through the chart's PV + PVC (inline nfs volumes break PSS "restricted").
        `or (eq ${st}.type "pvc") (eq ${st}.type "nfs")`,
        { persistentVolumeClaim: { claimName: expr(modelsClaimName) } },
        when(
          `eq ${st}.type "hostPath"`,
          // Development only: validate.yaml fails unless hostPath.iUnderstandTheRisk is true.
          { hostPath: map({ path: expr(`${st}.hostPath.path | quote`) }, withValue(`${st}.hostPath.type`, { type: expr('. | quote') })) },
          when(
            `or ${st}.emptyDir.medium ${st}.emptyDir.sizeLimit`,
            {
              emptyDir: map(
                withValue(`${st}.emptyDir.medium`, { medium: expr('. | quote') }),
                withValue(`${st}.emptyDir.sizeLimit`, { sizeLimit: expr('. | quote') }),
              ),
            },
            { emptyDir: {} },
          ),
        ),
      ),
    ),
  );
}

function volumes(): SeqPart[] {
  return [
    modelVolume(),
    // Triton's python backend exchanges tensors through /dev/shm; the container default (64Mi) is too small.
    when(`${v(c, 'shm.enabled')}`, { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: expr(`${v(c, 'shm.sizeLimit')} | quote`) } }),
    { name: 'tmp', emptyDir: { sizeLimit: expr(`${v(c, 'tmpSizeLimit')} | quote`) } },
    map(
      { name: 'hf-cache' },
      when(
        `and ${hf}.cache.enabled (eq ${hf}.cache.storage "pvc")`,
        { persistentVolumeClaim: { claimName: expr(hfCachePvcName) } },
        { emptyDir: { sizeLimit: expr(`${hf}.cache.size | quote`) } },
      ),
    ),
    when(`and (hasPrefix "gs://" $modelPath) ${cred}.gcs.secretName`, {
      name: 'gcs-credentials',
      secret: { secretName: expr(`${cred}.gcs.secretName`), defaultMode: 0o440 },
    }),
    // the Deployment builder appends the user's extraVolumes
  ];
}

/** Default loader: download a tar.gz once into an empty repository volume (skips when already filled). */
const LOADER_SCRIPT = [
  'set -eu',
  'if [ -n "$(ls -A "$MODEL_REPOSITORY" 2>/dev/null)" ]; then',
  '  echo "model repository already filled"',
  '  exit 0',
  'fi',
  'curl -fsSL "$SOURCE_URL" -o /tmp/models.tar.gz',
  'tar -xzf /tmp/models.tar.gz -C "$MODEL_REPOSITORY"',
  'rm -f /tmp/models.tar.gz',
].join('\n');

function loader(): SeqPart {
  const l = `${mr}.loader`;
  return when(`and ${l}.enabled $modelVolume`, {
    name: 'model-loader',
    image: expr(imageExpr(`${l}.image`)),
    imagePullPolicy: expr(`${l}.image.pullPolicy`),
    command: when(`${l}.command`, toYaml(`${l}.command`), ['sh', '-c', literal(LOADER_SCRIPT)]),
    args: toYamlIfSet(`${l}.args`),
    env: [
      { name: 'MODEL_REPOSITORY', value: expr('$modelPath | quote') },
      { name: 'SOURCE_URL', value: expr(`${l}.sourceUrl | default "" | quote`) },
    ],
    securityContext: securityContext(v(c, 'containerSecurityContext')),
    resources: toYamlIfSet(`${l}.resources`),
    volumeMounts: [modelMount(), { name: 'tmp', mountPath: '/tmp' }],
  });
}

export function serverContainer(): YMap {
  return map(
    containerBase(c, 'router-server'),
    {
      command: ['tritonserver'],
      args: args(),
      ports: [
        { name: 'http', containerPort: expr(`${v(c, 'triton.ports.http')}`), protocol: 'TCP' },
        { name: 'grpc', containerPort: expr(`${v(c, 'triton.ports.grpc')}`), protocol: 'TCP' },
        { name: 'metrics', containerPort: expr(`${v(c, 'triton.ports.metrics')}`), protocol: 'TCP' },
      ],
      env: env(),
      envFrom: toYamlIfSet(v(c, 'extraEnvFrom')),
    },
    resources(c),
    containerSecurity(c),
    // Triton opens no port before its initial model load has finished, so the startup probe on /live
    // waits out the load (no large initialDelaySeconds needed) and then hands over: a model that failed
    // with exitOnError=false leaves the pod live but unready (no traffic) instead of restarting it
    // when a /ready startup probe's budget ran out.
    ...probes(c, { startup: '/v2/health/live', readiness: '/v2/health/ready', liveness: '/v2/health/live' }),
    { lifecycle: lifecycle(c), volumeMounts: volumeMounts() },
  );
}

export function serverDeployment(): PlainMap {
  return deployment({
    c,
    container: serverContainer(),
    initContainers: { guard: `and ${mr}.loader.enabled $modelVolume`, items: [loader()] },
    volumes: volumes(),
    // Each pod holds a whole GPU: a surge pod would wait for a GPU no node has spare.
    rollingUpdateWhenNull: { maxSurge: 0, maxUnavailable: 1 },
  });
}

/** Triton's three ports, each named like the container port it targets. */
export const serverService = (): PlainMap =>
  service(c, [
    { name: 'http', port: v(c, 'service.port'), targetPort: 'http' },
    { name: 'grpc', port: v(c, 'service.grpcPort'), targetPort: 'grpc' },
    { name: 'metrics', port: v(c, 'service.metricsPort'), targetPort: 'metrics' },
  ]);
