// routerServer: Triton Inference Server with the two classifier ensembles, one GPU per pod.
import { z } from 'zod';
import { autoscalingSchema, componentShape, serviceSchema, type ComponentDefaults } from './component.js';
import {
  block,
  bool,
  doc,
  int,
  nullableName,
  nullableStorageClass,
  nullableString,
  port,
  quantity,
  secretKeyName,
  secretRefBlock,
} from './primitives.js';
import { modelRepositorySchema } from './storage.js';

export const serverDefaults: ComponentDefaults = {
  what: 'the router-server (Triton Inference Server with the classifier models)',
  // Triton (nvcr.io/nvidia/tritonserver:24.10-py3) plus the classifiers' python deps, built by the user from the
  // blueprint under the name its docs use; NVIDIA publishes no router images.
  image: { repository: 'router-server', tag: null, builtByUser: true },
  replicas: 1,
  // Recreate: a one-GPU node cannot run the old and the new pod at once, so a surge would deadlock.
  strategy: { type: 'Recreate', rollingUpdate: null },
  resources: {
    requests: { cpu: '2', memory: '8Gi', 'ephemeral-storage': '2Gi', 'nvidia.com/gpu': 1 },
    // ephemeral-storage covers /tmp (8Gi), the Hugging Face cache emptyDir (20Gi) and room for an emptyDir model repository.
    limits: { cpu: '8', memory: '16Gi', 'ephemeral-storage': '40Gi', 'nvidia.com/gpu': 1 },
  },
  // The default loader downloads the model archive to /tmp before unpacking it.
  tmpSizeLimit: '8Gi',
  probes: {
    // Loading the ensembles (and Hugging Face tokenizers) can take minutes: up to 10 minutes here.
    startup: { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 60 },
    readiness: { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
    liveness: { periodSeconds: 15, timeoutSeconds: 5, failureThreshold: 4 },
  },
  tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
  antiAffinity: 'soft',
  pdb: { enabled: true, minAvailable: null, maxUnavailable: null },
  servicePort: 8000,
  terminationGracePeriodSeconds: 30,
  preStopSleepSeconds: 5,
  logFormats: ['default', 'ISO8601'],
};

const kedaAutoscaling = autoscalingSchema(
  'Optional KEDA ScaledObject for the router-server (needs KEDA installed and at least one trigger).',
  {
    pollingInterval: int('Seconds between KEDA trigger checks.', 30, 1),
    cooldownPeriod: int('Seconds after the last active trigger before scaling back down.', 300, 0),
    triggers: doc(
      z.array(
        z.looseObject({
          type: doc(z.string().min(1), 'KEDA scaler type, e.g. prometheus.'),
          metadata: doc(z.record(z.string(), z.string()), 'Scaler settings.'),
        }),
      ),
      'KEDA triggers, used verbatim.',
      [
        [
          {
            type: 'prometheus',
            metadata: { serverAddress: 'http://prometheus:9090', query: 'sum(rate(nv_inference_count[1m]))', threshold: '50' },
          },
        ],
      ],
    ).default([]),
  },
);

const serverService = serviceSchema(
  { what: 'the router-server', port: 8000 },
  {
    grpcPort: port('Service port of Triton gRPC.', 8001),
    metricsPort: port('Service port of Triton metrics (Prometheus).', 8002),
  },
);

export const routerServerSchema = doc(
  z.strictObject({
    ...componentShape(serverDefaults),
    autoscaling: kedaAutoscaling,
    service: serverService,
    modelRepository: modelRepositorySchema,
    shm: block("Memory-backed /dev/shm for Triton's python backend.", {
      enabled: bool('Mount a memory-backed emptyDir at /dev/shm.', true),
      sizeLimit: doc(quantity(), 'Size of /dev/shm (counts against the memory limit).').default('8Gi'),
    }),
    huggingFace: block('Hugging Face hub access of the python models (they call from_pretrained at load time).', {
      cache: block('Cache volume for Hugging Face downloads (HF_HOME); pre-fill it for air-gapped clusters.', {
        enabled: bool('Mount a cache volume; otherwise an emptyDir is used and every start downloads again.', false),
        storage: doc(z.enum(['pvc', 'emptyDir']), 'Cache volume kind.').default('pvc'),
        existingClaim: nullableName('Existing PVC to use as cache (e.g. one pre-filled offline).'),
        storageClass: nullableStorageClass('StorageClass of the created cache PVC; null uses global.storageClass; "-" requests no class.'),
        size: doc(
          quantity(),
          'Size of the cache PVC, else the sizeLimit of its emptyDir (also when the cache is disabled; node disk, counts toward the ephemeral-storage limit).',
        ).default('20Gi'),
        mountPath: doc(z.string().regex(/^\//, { error: 'must be an absolute path' }), 'Where the cache is mounted (HF_HOME).').default(
          '/hf-cache',
        ),
      }),
      offline: bool('Set HF_HUB_OFFLINE=1 so nothing is downloaded (requires a filled cache).', false),
      endpoint: nullableString('Hugging Face hub mirror URL (HF_ENDPOINT); null uses the public hub.'),
      token: secretRefBlock('Hugging Face token, only as a Secret reference (becomes HF_TOKEN).', {
        secretName: nullableName('Existing Secret holding the token; null means no token.'),
        secretKey: doc(secretKeyName(), 'Key in the Secret holding the token.').default('HF_TOKEN'),
      }),
    }),
    triton: block('Triton server flags.', {
      logVerbose: int('--log-verbose level (0 off; logLevel debug/trace raise it to at least 1).', 0, 0),
      exitOnError: bool('--exit-on-error: stop when a model fails to load instead of serving without it.', true),
      strictReadiness: bool('--strict-readiness: ready only when every model is ready.', true),
      modelControlMode: doc(z.enum(['none', 'poll', 'explicit']), '--model-control-mode.').default('none'),
      repositoryPollSeconds: int('--repository-poll-secs for modelControlMode poll.', 30, 1),
      extraArgs: doc(z.array(z.string()), 'Extra tritonserver arguments.', [
        ['--backend-config=python,shm-default-byte-size=33554432'],
      ]).default([]),
      ports: block('Container ports of Triton.', {
        http: port('HTTP/REST port (KServe v2 API, health).', 8000),
        grpc: port('gRPC port.', 8001),
        metrics: port('Prometheus metrics port.', 8002),
      }),
    }),
  }),
  'Router-server: Triton Inference Server running the task and complexity classifiers on a GPU.',
).prefault({});

export type RouterServerInput = z.input<typeof routerServerSchema>;
export type RouterServer = z.output<typeof routerServerSchema>;
