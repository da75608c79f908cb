// Values for installing the chart with the doubles: images, a loader that seeds the
// model repository with the mock image, the routing table pointed at the LLM double
// (everything else, including the GPU request, tolerations and probes, unchanged).
import { IMAGE_REPOSITORY_PREFIX, imageTag } from '../../images/definitions.js';
import { COMPLEXITY_CLASSES, TASK_CLASSES } from '../../triton/routers.js';

export const LLM_NAMESPACE = 'llm-api';
export const LLM_SERVICE = 'llm-double';
export const LLM_PORT = 8080;
export const API_KEY_SECRET = 'llm-router-api-keys';
/** helm test pods and e2e client pods: busybox applets + a busybox-compatible wget. */
export const TOOLBOX_IMAGE = { repository: `${IMAGE_REPOSITORY_PREFIX}/toolbox`, tag: imageTag('toolbox') };

const image = (name: string) => ({ repository: `${IMAGE_REPOSITORY_PREFIX}/${name}`, tag: imageTag(name), pullPolicy: 'IfNotPresent' });

// The upstream default routing table (runtime contract); `suffix` lets the upgrade test change it.
export const TASK_MODELS: Record<string, string> = {
  Brainstorming: 'meta/llama-3.1-70b-instruct',
  Chatbot: 'mistralai/mixtral-8x22b-instruct-v0.1',
  Classification: 'meta/llama-3.1-8b-instruct',
  'Closed QA': 'meta/llama-3.1-70b-instruct',
  'Code Generation': 'nvidia/llama-3.3-nemotron-super-49b-v1',
  Extraction: 'meta/llama-3.1-8b-instruct',
  'Open QA': 'meta/llama-3.1-70b-instruct',
  Other: 'mistralai/mixtral-8x22b-instruct-v0.1',
  Rewrite: 'meta/llama-3.1-8b-instruct',
  Summarization: 'meta/llama-3.1-70b-instruct',
  'Text Generation': 'mistralai/mixtral-8x22b-instruct-v0.1',
  Unknown: 'meta/llama-3.1-8b-instruct',
};
export const COMPLEXITY_MODELS: Record<string, string> = {
  Creativity: 'meta/llama-3.1-70b-instruct',
  Reasoning: 'nvidia/llama-3.3-nemotron-super-49b-v1',
  'Contextual-Knowledge': 'meta/llama-3.1-8b-instruct',
  'Few-Shot': 'meta/llama-3.1-70b-instruct',
  'Domain-Knowledge': 'mistralai/mixtral-8x22b-instruct-v0.1',
  'No-Label-Reason': 'meta/llama-3.1-8b-instruct',
  Constraint: 'meta/llama-3.1-8b-instruct',
};

/**
 * Slow model loading for the install test (each stand-in model sleeps this long in initialize):
 * longer than the router-server's liveness budget (4 x 15 s), so only the startup probe's budget
 * (60 x 10 s) lets the pod through. All six Python models load at once (--model-load-thread-count=8).
 */
export const LOAD_DELAY_MS = 90_000;

export interface DoublesOptions {
  /** model id for the Code Generation entry (the upgrade test changes it) */
  codeModel?: string;
  /** MOCK_TRITON_LOAD_DELAY_MS of the stand-in models (default 0: no added delay) */
  loadDelayMs?: number;
  /** stand-in models that fail to load (MOCK_TRITON_FAIL_MODELS) */
  failModels?: string[];
  /** routerServer.triton.exitOnError (default: the chart's) */
  exitOnError?: boolean;
}

export function doublesValues(opts: DoublesOptions = {}): Record<string, unknown> {
  const apiBase = `http://${LLM_SERVICE}.${LLM_NAMESPACE}.svc.cluster.local:${LLM_PORT}`;
  const llms = (classes: readonly string[], models: Record<string, string>) =>
    classes.map((name) => ({
      name,
      apiBase,
      apiKey: { secretKey: 'NVIDIA_API_KEY' },
      model: name === 'Code Generation' && opts.codeModel ? opts.codeModel : models[name]!,
    }));
  const small = { requests: { cpu: '20m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } };
  return {
    apiKeys: { existingSecret: API_KEY_SECRET },
    routerServer: {
      image: image('mock-triton'),
      // keep the GPU request exactly as the chart has it; CPU/memory for the real tritonserver
      // with six Python-backend stand-in models (~190 MiB working set; loading starts 12 Python
      // processes, so a low CPU limit stretches start-up to minutes)
      resources: {
        requests: { cpu: '100m', memory: '256Mi', 'nvidia.com/gpu': 1 },
        limits: { cpu: '2', memory: '1Gi', 'nvidia.com/gpu': 1 },
      },
      extraEnv: [
        ...(opts.loadDelayMs ? [{ name: 'MOCK_TRITON_LOAD_DELAY_MS', value: String(opts.loadDelayMs) }] : []),
        ...(opts.failModels ? [{ name: 'MOCK_TRITON_FAIL_MODELS', value: opts.failModels.join(',') }] : []),
      ],
      // Triton loads 4 models at a time by default: 8 lets all six Python models sleep their delay at once
      triton: { extraArgs: ['--model-load-thread-count=8'], ...(opts.exitOnError === undefined ? {} : { exitOnError: opts.exitOnError }) },
      modelRepository: {
        storage: { type: 'pvc', pvc: { size: '1Gi' } },
        loader: { enabled: true, image: image('mock-triton'), command: ['seed-model-repository'], resources: small },
      },
      shm: { sizeLimit: '64Mi' },
    },
    routerController: {
      image: image('router-controller'),
      resources: small,
      terminationGracePeriodSeconds: 15,
      preStopSleepSeconds: 5,
      policies: [
        { name: 'task_router', llms: llms(TASK_CLASSES, TASK_MODELS) },
        { name: 'complexity_router', llms: llms(COMPLEXITY_CLASSES, COMPLEXITY_MODELS) },
      ],
    },
    app: { enabled: true, image: image('demo-app'), resources: small },
    // exceptCidrs [] because the chart's default (169.254.0.0/16) is not inside these cidrs (invalid ipBlock)
    networkPolicy: { enabled: true, controllerEgress: { cidrs: ['10.244.0.0/16', '10.96.0.0/12'], exceptCidrs: [], ports: [LLM_PORT] } },
    tests: { image: { ...TOOLBOX_IMAGE, pullPolicy: 'IfNotPresent' } },
  };
}
