// router-server (Triton + classifier models): its container, model storage, /dev/shm, HF cache and
// optional loader, handed to the shared Deployment builder.
import { expr, splice, spread, toYaml, toYamlIfSet, when, withValue, type MapNode, type Node } from '../gotpl/yaml.js';
import { containerBase, containerSecurity, securityContext, extraEnv, extraVolumeMounts, extraVolumes, httpGet, imageExpr, lifecycle, probes, resources } from '../helpers/pod.js';
import { nameOf, SERVER, v } from '../helpers/names.js';
import { deployment } from '../resources/deployment.js';

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

export const modelsPvcName = `${st}.pvc.existingClaim | default (${nameOf('router-server-models')})`;
export const hfCachePvcName = `${hf}.cache.existingClaim | default (${nameOf('router-server-hf-cache')})`;

const secretEnv = (name: string, secret: string, key: string): MapNode => ({
  name,
  valueFrom: { secretKeyRef: { name: expr(secret), key: expr(key) } },
});

function env(): Node[] {
  return [
    // The root filesystem is read-only; python and torch write their caches under HOME.
    { name: 'HOME', value: '/tmp' },
    { name: 'HF_HOME', value: expr(`${hf}.cache.mountPath | quote`) },
    when(`${hf}.offline`, [{ name: 'HF_HUB_OFFLINE', value: '1' }, { name: 'TRANSFORMERS_OFFLINE', value: '1' }]),
    when(`${hf}.endpoint`, { name: 'HF_ENDPOINT', value: expr(`${hf}.endpoint | quote`) }),
    when(`${hf}.token.secretName`, secretEnv('HF_TOKEN', `${hf}.token.secretName`, `${hf}.token.secretKey`)),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.secretName`, {
      name: 'AWS_ACCESS_KEY_ID',
      valueFrom: { secretKeyRef: { name: expr(`${cred}.s3.secretName`), key: expr(`${cred}.s3.accessKeyIdKey`) } },
    }),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.secretName`, secretEnv('AWS_SECRET_ACCESS_KEY', `${cred}.s3.secretName`, `${cred}.s3.secretAccessKeyKey`)),
    when(
      `and (hasPrefix "s3://" $modelPath) ${cred}.s3.secretName ${cred}.s3.sessionTokenKey`,
      secretEnv('AWS_SESSION_TOKEN', `${cred}.s3.secretName`, `${cred}.s3.sessionTokenKey`),
    ),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.region`, { name: 'AWS_DEFAULT_REGION', value: expr(`${cred}.s3.region | quote`) }),
    when(`and (hasPrefix "s3://" $modelPath) ${cred}.s3.endpoint`, { name: 'AWS_ENDPOINT_URL', value: expr(`${cred}.s3.endpoint | quote`) }),
    // Triton reads a key FILE path from GOOGLE_APPLICATION_CREDENTIALS (not a JSON string).
    when(`and (hasPrefix "gs://" $modelPath) ${cred}.gcs.secretName`, {
      name: 'GOOGLE_APPLICATION_CREDENTIALS',
      value: expr(`printf "${GCS_MOUNT}/%s" ${cred}.gcs.key | quote`),
    }),
    when(`and (hasPrefix "as://" $modelPath) ${cred}.azure.secretName`, secretEnv('AZURE_STORAGE_ACCOUNT', `${cred}.azure.secretName`, `${cred}.azure.accountNameKey`)),
    when(`and (hasPrefix "as://" $modelPath) ${cred}.azure.secretName`, secretEnv('AZURE_STORAGE_KEY', `${cred}.azure.secretName`, `${cred}.azure.accountKeyKey`)),
    extraEnv(c),
  ];
}

const arg = (format: string, value: string): Node => expr(`printf "${format}" ${value} | quote`);

function args(): Node[] {
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
const modelMount = (): MapNode => ({
  name: 'model-repository',
  mountPath: expr('$modelPath | quote'),
  [spread()]: withValue(`${st}.subPath`, { subPath: expr('. | quote') }),
});

function volumeMounts(): Node[] {
  return [
    when('$modelVolume', modelMount()),
    when(`${v(c, 'shm.enabled')}`, { name: 'dshm', mountPath: '/dev/shm' }),
    { name: 'tmp', mountPath: '/tmp' },
    { name: 'hf-cache', mountPath: expr(`${hf}.cache.mountPath | quote`) },
    when(`and (hasPrefix "gs://" $modelPath) ${cred}.gcs.secretName`, { name: 'gcs-credentials', mountPath: GCS_MOUNT, readOnly: true }),
    extraVolumeMounts(c),
  ];
}

function modelVolume(): Node {
  return when('$modelVolume', {
    name: 'model-repository',
    [spread()]: when(
      // NFS is mounted through the chart's PV + PVC (inline nfs volumes break PSS "restricted").
      `or (eq ${st}.type "pvc") (eq ${st}.type "nfs")`,
      { persistentVolumeClaim: { claimName: expr(modelsPvcName) } },
      when(
          `eq ${st}.type "hostPath"`,
          // Development only: validate.yaml fails unless hostPath.iUnderstandTheRisk is true.
          { hostPath: { path: expr(`${st}.hostPath.path | quote`), [spread()]: withValue(`${st}.hostPath.type`, { type: expr('. | quote') }) } },
          when(
            `or ${st}.emptyDir.medium ${st}.emptyDir.sizeLimit`,
            { emptyDir: { [spread()]: withValue(`${st}.emptyDir.medium`, { medium: expr('. | quote') }), [spread() + 's']: withValue(`${st}.emptyDir.sizeLimit`, { sizeLimit: expr('. | quote') }) } },
            { emptyDir: {} },
          ),
      ),
    ),
  });
}

function volumes(): Node[] {
  return [
    modelVolume(),
    // Triton's python backend exchanges tensors through /dev/shm; the container default (64Mi) is too small.
    when(`${v(c, 'shm.enabled')}`, { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: expr(`${v(c, 'shm.sizeLimit')} | quote`) } }),
    { name: 'tmp', emptyDir: {} },
    {
      name: 'hf-cache',
      [spread()]: when(
        `and ${hf}.cache.enabled (eq ${hf}.cache.storage "pvc")`,
        { persistentVolumeClaim: { claimName: expr(hfCachePvcName) } },
        when(`${hf}.cache.enabled`, { emptyDir: { sizeLimit: expr(`${hf}.cache.size | quote`) } }, { emptyDir: {} }),
      ),
    },
    when(`and (hasPrefix "gs://" $modelPath) ${cred}.gcs.secretName`, {
      name: 'gcs-credentials',
      secret: { secretName: expr(`${cred}.gcs.secretName`), defaultMode: 0o440 },
    }),
    extraVolumes(c),
  ];
}

/** Default loader: download a tar.gz once into an empty repository volume (skips when already filled). */
const LOADER_SCRIPT =
  'set -eu; if [ -n "$(ls -A "$MODEL_REPOSITORY" 2>/dev/null)" ]; then echo "model repository already filled"; exit 0; fi; ' +
  'curl -fsSL "$SOURCE_URL" -o /tmp/models.tar.gz; tar -xzf /tmp/models.tar.gz -C "$MODEL_REPOSITORY"; rm -f /tmp/models.tar.gz';

function loader(): Node {
  const l = `${mr}.loader`;
  return when(`and ${l}.enabled $modelVolume`, {
    name: 'model-loader',
    image: expr(imageExpr(c, `${l}.image`)),
    imagePullPolicy: expr(`${l}.image.pullPolicy`),
    command: when(`${l}.command`, toYaml(`${l}.command`), ['sh', '-c', LOADER_SCRIPT]),
    args: toYamlIfSet(`${l}.args`),
    env: [
      { name: 'MODEL_REPOSITORY', value: expr('$modelPath | quote') },
      { name: 'SOURCE_URL', value: expr(`${l}.sourceUrl | default "" | quote`) },
    ],
    securityContext: securityContext(v(c, 'containerSecurityContext')),
    resources: toYamlIfSet(`${l}.resources`),
    volumeMounts: [
      modelMount(),
      { name: 'tmp', mountPath: '/tmp' },
    ],
  });
}

export function serverContainer(): MapNode {
  return {
    ...containerBase(c, 'router-server'),
    command: ['tritonserver'],
    args: args(),
    ports: [
      { name: 'http', containerPort: expr(`${v(c, 'triton.ports.http')}`), protocol: 'TCP' },
      { name: 'grpc', containerPort: expr(`${v(c, 'triton.ports.grpc')}`), protocol: 'TCP' },
      { name: 'metrics', containerPort: expr(`${v(c, 'triton.ports.metrics')}`), protocol: 'TCP' },
    ],
    env: env(),
    envFrom: toYamlIfSet(v(c, 'extraEnvFrom')),
    ...resources(c),
    ...containerSecurity(c),
    // The startup probe waits for the models (ready), so no large initialDelaySeconds is needed.
    ...probes(c, {
      startup: httpGet('/v2/health/ready', 'http'),
      readiness: httpGet('/v2/health/ready', 'http'),
      liveness: httpGet('/v2/health/live', 'http'),
    }),
    lifecycle: lifecycle(c),
    volumeMounts: volumeMounts(),
  };
}

export function serverDeployment(): MapNode {
  return deployment({
    c,
    container: serverContainer(),
    initContainers: { guard: `and ${mr}.loader.enabled $modelVolume`, items: [loader()] },
    volumes: volumes(),
  });
}

