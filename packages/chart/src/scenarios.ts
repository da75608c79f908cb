// The generated chart and its scenario values files (examples/*.yaml), found on disk so a new
// example is tested without touching the tests. LLM_ROUTER_CHART_DIR / LLM_ROUTER_EXAMPLES_DIR
// point elsewhere (e.g. a scratch chart) during development.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const PACKAGE_DIR = path.resolve(__dirname, '..');
export const CHART_DIR = process.env.LLM_ROUTER_CHART_DIR ?? path.join(PACKAGE_DIR, 'llm-router');
export const EXAMPLES_DIR = process.env.LLM_ROUTER_EXAMPLES_DIR ?? path.join(PACKAGE_DIR, 'examples');
export const GOLDEN_DIR = path.join(PACKAGE_DIR, 'golden');

export interface Scenario {
  name: string;
  file: string;
  values: Record<string, unknown>;
}

export function chartExists(): boolean {
  return existsSync(path.join(CHART_DIR, 'Chart.yaml'));
}

export function discoverScenarios(): Scenario[] {
  if (!existsSync(EXAMPLES_DIR)) return [];
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = path.join(EXAMPLES_DIR, f);
      const values = (YAML.parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
      return { name: f.replace(/\.ya?ml$/, ''), file, values };
    });
}

/**
 * The scenarios kept as golden files, each found by the first scenario name matching its
 * pattern (the renderer owns the file names).
 */
export const GOLDEN_SCENARIOS: { label: string; pattern: RegExp }[] = [
  { label: 'default', pattern: /^default$/ },
  { label: 'production HA', pattern: /^(production-ha|prod-ha|production|ha)$/ },
  { label: 'everything on', pattern: /^(everything-on|everything|all-on|all)$/ },
];

/** Secret values a scenario passes inline (only the development-only chart-created Secret may). */
export function inlineSecretValues(values: Record<string, unknown>): string[] {
  const apiKeys = values.apiKeys as { create?: { values?: Record<string, unknown> } } | undefined;
  return Object.values(apiKeys?.create?.values ?? {}).filter((v): v is string => typeof v === 'string');
}

/** True when the scenario explicitly opts into a hostPath model repository (PSS restricted forbids it). */
export function optsIntoHostPath(values: Record<string, unknown>): boolean {
  const storage = (values.routerServer as { modelRepository?: { storage?: { type?: unknown } } } | undefined)?.modelRepository?.storage;
  return storage?.type === 'hostPath';
}

/**
 * The values file for renders that just need a working install (the chart refuses to render
 * without an API-key source, so "no values" is not one).
 */
export function defaultValuesFiles(): string[] {
  const file = path.join(EXAMPLES_DIR, 'default.yaml');
  return existsSync(file) ? [file] : [];
}
