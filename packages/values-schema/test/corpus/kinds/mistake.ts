// The shape of one corpus entry and the small builders the per-kind files share.
export interface Mistake {
  category: string;
  name: string;
  /** Values (merged onto a base that has an API-key source and a registry) or the raw file text. */
  values?: Record<string, unknown>;
  /** Raw values-file text; Helm and the CLI read it as written (YAML-level mistakes). */
  yaml?: string;
  /** Only the CLI can judge it (Helm's YAML parser drops the mistake without a word, e.g. a duplicate key). */
  cliOnly?: true;
  /** The CLI reads the YAML from standard input ("-"). */
  stdin?: true;
  /** Dotted value path the report must name; null where there is none (the file is not valid YAML). */
  path: string | null;
}

export const m = (category: string, name: string, path: string | null, values: Record<string, unknown>): Mistake => ({
  category,
  name,
  path,
  values,
});

export const llm = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  apiBase: 'https://integrate.api.nvidia.com',
  model: 'meta/llama-3.1-8b-instruct',
  ...extra,
});
export const llms = (n: number) => Array.from({ length: n }, (_, i) => llm(`class-${i}`));
/** A custom-classifier policy (any number of LLMs). */
export const customPolicy = (llmList: Record<string, unknown>[]) => ({
  name: 'custom_router',
  url: 'http://classifier.example.com:8000/v2/models/custom/infer',
  llms: llmList,
});
/** The first lines of every raw-text entry: what a release needs (an API-key source, the registry of the router images). */
export const BASE_YAML = 'apiKeys:\n  existingSecret: keys\nglobal:\n  imageRegistry: registry.example.com/llm-router\n';
/** Object storage for the router-server (the credentials blocks only apply there). */
export const objectStore = (path: string, credentials: Record<string, unknown>) => ({
  routerServer: { modelRepository: { path, storage: { type: 'none' }, credentials } },
});
