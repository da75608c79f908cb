import type { Rule } from './rule.js';
/** The prefixes of API keys and tokens the LLM Router meets (NVIDIA, OpenAI, Anthropic, Hugging Face, GitHub, GitLab, Slack, AWS), and a long tail. */
export declare const KEY_PREFIX: RegExp;
export declare const looksLikeCredential: (s: string) => boolean;
/** The named template the rules below call: prints "true" for a credential-looking string (include then gives a non-empty string). */
export declare const GO_CREDENTIAL: string[];
export declare const secretRules: Rule[];
