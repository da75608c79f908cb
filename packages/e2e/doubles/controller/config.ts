// The controller's config.yaml: `${VAR}` expansion on the raw text (unset variables
// stay literal, with a warning), YAML parsing, and the startup checks the real
// controller makes. Observed: an empty policy name, llm api_base, api_key or model
// refuses to start; an empty llm `name`, a whitespace-only api_key and an empty policy
// `url` are accepted (only a missing `url` is rejected): the checks test for "", not blank.
import YAML from 'yaml';

export interface LlmEntry {
  name: string;
  api_base: string;
  api_key: string;
  model: string;
}
export interface Policy {
  name: string;
  url: string;
  llms: LlmEntry[];
}
export interface RouterConfig {
  policies: Policy[];
}

export class ConfigError extends Error {}

export function expandEnv(text: string, env: NodeJS.ProcessEnv): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  const expanded = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (literal, name: string) => {
    const value = env[name];
    if (value === undefined) {
      warnings.push(`environment variable ${name} is not set; leaving ${literal} as is`);
      return literal;
    }
    return value;
  });
  return { text: expanded, warnings };
}

function str(obj: Record<string, unknown>, key: string, where: string, nonEmpty: boolean): string {
  const v = obj[key];
  if (typeof v !== 'string') throw new ConfigError(`${where}.${key}: missing or not a string`);
  if (nonEmpty && v === '') throw new ConfigError(`${where}.${key}: must not be empty`);
  return v;
}

export function parseConfig(text: string): RouterConfig {
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch (err) {
    throw new ConfigError(`config is not valid YAML: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null) throw new ConfigError('config must be a mapping with a `policies` list');
  const policies = (doc as Record<string, unknown>).policies;
  if (!Array.isArray(policies)) throw new ConfigError('policies: missing or not a list');
  return {
    policies: policies.map((p, i) => {
      const where = `policies[${i}]`;
      if (typeof p !== 'object' || p === null) throw new ConfigError(`${where}: not a mapping`);
      const po = p as Record<string, unknown>;
      if (!Array.isArray(po.llms)) throw new ConfigError(`${where}.llms: missing or not a list`);
      return {
        name: str(po, 'name', where, true),
        url: str(po, 'url', where, false),
        llms: po.llms.map((l, j) => {
          const lw = `${where}.llms[${j}]`;
          if (typeof l !== 'object' || l === null) throw new ConfigError(`${lw}: not a mapping`);
          const lo = l as Record<string, unknown>;
          return {
            name: str(lo, 'name', lw, false),
            api_base: str(lo, 'api_base', lw, true),
            api_key: str(lo, 'api_key', lw, true),
            model: str(lo, 'model', lw, true),
          };
        }),
      };
    }),
  };
}

export function loadConfigText(raw: string, env: NodeJS.ProcessEnv): { config: RouterConfig; warnings: string[] } {
  const { text, warnings } = expandEnv(raw, env);
  return { config: parseConfig(text), warnings };
}

/** What GET /config shows: the parsed config with every api_key hidden. */
export function redacted(config: RouterConfig): RouterConfig {
  return {
    policies: config.policies.map((p) => ({ ...p, llms: p.llms.map((l) => ({ ...l, api_key: '[REDACTED]' })) })),
  };
}
