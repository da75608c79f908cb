// Test helper: renders the generated chart with real helm (3.17 or 4) and parses the objects.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { type HelmMajor, KUBE_VERSION, type KubeObject, parseManifests, runHelm } from '@llm-router-helm/kube-testkit';

export const CHART_DIR = path.resolve(__dirname, '../../chart/llm-router');
export const EXAMPLES_DIR = path.resolve(__dirname, '../../chart/examples');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'renderer-test-'));
let counter = 0;

/** Where the router images come from in tests (NVIDIA publishes none; the chart fails without a registry). */
export const IMAGES = { global: { imageRegistry: 'registry.example.com/llm-router' } };
/** Values every render starts from: a key Secret, so routing has a source, and the image registry. */
export const BASE = { apiKeys: { existingSecret: 'llm-keys' }, ...IMAGES };

export type Obj = KubeObject & { spec?: any; data?: any; [k: string]: any };

export interface Rendered {
  code: number;
  stderr: string;
  objects: Obj[];
  byKind: (kind: string) => Obj[];
  one: (kind: string, nameSuffix?: string) => Obj;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge for test values (arrays replace). */
export function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Record<string, unknown>, v) : v;
  return out;
}

export function valuesFile(values: Record<string, unknown>): string {
  const file = path.join(tmp, `values-${counter++}.yaml`);
  writeFileSync(file, YAML.stringify(values));
  return file;
}

export async function render(
  values: Record<string, unknown> = {},
  opts: { major?: HelmMajor; release?: string; base?: boolean; args?: string[] } = {},
): Promise<Rendered> {
  const v = opts.base === false ? values : merge(BASE, values);
  const res = await runHelm(opts.major ?? 4, [
    'template',
    opts.release ?? 'rel',
    CHART_DIR,
    '--namespace',
    'llm-router',
    '--kube-version',
    KUBE_VERSION,
    '--values',
    valuesFile(v),
    ...(opts.args ?? []),
  ]);
  const objects = res.code === 0 ? parseManifests(res.stdout).map((o) => o.object as Obj) : [];
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const one = (kind: string, nameSuffix = '') => {
    const found = byKind(kind).filter((o) => (o.metadata?.name ?? '').endsWith(nameSuffix));
    if (found.length !== 1)
      throw new Error(
        `expected one ${kind} *${nameSuffix}, found ${found.map((o) => o.metadata?.name).join(', ') || 'none'}\n${res.stderr}`,
      );
    return found[0]!;
  };
  return { code: res.code, stderr: res.stderr, objects, byKind, one };
}

/** Pod spec of a Deployment/CronJob/Pod. */
export function podSpec(o: Obj): any {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'CronJob') return o.spec.jobTemplate.spec.template.spec;
  return o.spec.template.spec;
}

export function allContainers(o: Obj): any[] {
  const s = podSpec(o);
  return [...(s.initContainers ?? []), ...(s.containers ?? [])];
}

export function envOf(container: any): Record<string, any> {
  return Object.fromEntries((container.env ?? []).map((e: any) => [e.name, e]));
}

export const deployment = (r: Rendered, component: string): Obj => r.one('Deployment', `-${component}`);
export const mainContainer = (r: Rendered, component: string): any => podSpec(deployment(r, component)).containers[0];
