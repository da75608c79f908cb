// The router-controller's routing table as typed data. Order of llms = classifier class order,
// because the controller takes argmax of Triton's output as an index into this list.
import { z } from 'zod';
import { doc, envName, INLINE_SECRET_MESSAGE, inlineSecretError, nullableName } from './primitives.js';

export const NVIDIA_API_BASE = 'https://integrate.api.nvidia.com';

/** Upstream default tables (runtime contract), in classifier class order. */
export const TASK_ROUTER_TABLE: readonly [string, string][] = [
  ['Brainstorming', 'meta/llama-3.1-70b-instruct'],
  ['Chatbot', 'mistralai/mixtral-8x22b-instruct-v0.1'],
  ['Classification', 'meta/llama-3.1-8b-instruct'],
  ['Closed QA', 'meta/llama-3.1-70b-instruct'],
  ['Code Generation', 'nvidia/llama-3.3-nemotron-super-49b-v1'],
  ['Extraction', 'meta/llama-3.1-8b-instruct'],
  ['Open QA', 'meta/llama-3.1-70b-instruct'],
  ['Other', 'mistralai/mixtral-8x22b-instruct-v0.1'],
  ['Rewrite', 'meta/llama-3.1-8b-instruct'],
  ['Summarization', 'meta/llama-3.1-70b-instruct'],
  ['Text Generation', 'mistralai/mixtral-8x22b-instruct-v0.1'],
  ['Unknown', 'meta/llama-3.1-8b-instruct'],
];

export const COMPLEXITY_ROUTER_TABLE: readonly [string, string][] = [
  ['Creativity', 'meta/llama-3.1-70b-instruct'],
  ['Reasoning', 'nvidia/llama-3.3-nemotron-super-49b-v1'],
  ['Contextual-Knowledge', 'meta/llama-3.1-8b-instruct'],
  ['Few-Shot', 'meta/llama-3.1-70b-instruct'],
  ['Domain-Knowledge', 'mistralai/mixtral-8x22b-instruct-v0.1'],
  ['No-Label-Reason', 'meta/llama-3.1-8b-instruct'],
  ['Constraint', 'meta/llama-3.1-8b-instruct'],
];

const API_BASE_PATTERN = /^https?:\/\/[^\s/]+(\/\S*)?$/;
/** An endpoint path where the base URL belongs: the controller appends /v1/chat/completions itself. */
const ENDPOINT_PATH = /\/(v1|v1\/chat|chat\/completions|v1\/chat\/completions|completions)\/?$/;

export const apiKeyRefSchema = z.strictObject(
  {
    secretKey: doc(envName(), 'Key in the Secret; also the environment variable the config references as ${KEY}.').default(
      'NVIDIA_API_KEY',
    ),
    secretName: nullableName('Secret to read the key from; null uses the apiKeys source (existingSecret, create or externalSecret).'),
  },
  { error: inlineSecretError(INLINE_SECRET_MESSAGE) },
);

const llmSchema = z.strictObject({
  name: doc(z.string().min(1), 'Name of the class this entry serves (shown in X-Chosen-Classifier; used by manual routing).', [
    'Code Generation',
  ]),
  apiBase: doc(
    z
      .string()
      .regex(API_BASE_PATTERN, { error: 'must be an http:// or https:// URL' })
      .refine((s) => !ENDPOINT_PATH.test(s), {
        error: 'must not end in /v1 or /chat/completions: the controller appends the request path (/v1/chat/completions) itself',
      }),
    'Base URL of the OpenAI-compatible LLM API, without /v1 (the request path is appended).',
    [NVIDIA_API_BASE],
  ).meta({ not: { pattern: ENDPOINT_PATH.source } }),
  model: doc(z.string().min(1), 'Model name sent to the LLM API.', ['meta/llama-3.1-8b-instruct']),
  apiKey: doc(apiKeyRefSchema, 'API key of the LLM API, as a Secret reference (never inline).').prefault({}),
});

const policySchema = z.strictObject({
  name: doc(
    z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'must contain only letters, digits, "_" and "-"' }),
    'Policy name clients send in nim-llm-router.policy.',
    ['task_router'],
  ),
  url: doc(
    z.string().regex(API_BASE_PATTERN, { error: 'must be an http:// or https:// URL' }).nullable(),
    'Triton infer URL of the classifier; null uses the in-cluster router-server ({release}-router-server:8000/v2/models/{name}_ensemble/infer).',
  ).default(null),
  llms: doc(z.array(llmSchema).min(1), 'LLMs in classifier class order: entry i serves class i.'),
});

const table = (name: string, rows: readonly [string, string][]) => ({
  name,
  url: null,
  llms: rows.map(([llm, model]) => ({
    name: llm,
    apiBase: NVIDIA_API_BASE,
    model,
    apiKey: { secretKey: 'NVIDIA_API_KEY', secretName: null },
  })),
});

export const DEFAULT_POLICIES = [table('task_router', TASK_ROUTER_TABLE), table('complexity_router', COMPLEXITY_ROUTER_TABLE)];

export const policiesSchema = doc(
  z.array(policySchema),
  "Routing policies (rendered into the controller's config.yaml): name -> ordered LLM list. Defaults: upstream task_router (12 classes) and complexity_router (7 classes).",
).default(() => structuredClone(DEFAULT_POLICIES));

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Llm = z.output<typeof llmSchema>;
export type ApiKeyRef = z.output<typeof apiKeyRefSchema>;
