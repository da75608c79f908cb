// Locates the operator images and CRD sources written by bootstrap/build-operator-images.sh
// (`npx nx run e2e:operators`), the way toolchain.ts locates the kind toolchain.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../e2e/cluster/toolchain.js';

export interface OperatorsEnv {
  prometheusImage: string;
  prometheusVersion: string;
  prometheusOperatorImage: string;
  configReloaderImage: string;
  /** github.com/prometheus-operator/prometheus-operator in the Go module cache (its CRDs) */
  prometheusOperatorModuleDir: string;
  metricsServerImage: string;
  kedaImage: string;
  kedaAdapterImage: string;
  kedaVersion: string;
  /** github.com/kedacore/keda/v2 in the Go module cache (its CRDs) */
  kedaModuleDir: string;
}

export const operatorsFile = join(cacheRoot, 'operators.env');

const KEYS: Record<keyof OperatorsEnv, string> = {
  prometheusImage: 'PROMETHEUS_IMAGE',
  prometheusVersion: 'PROMETHEUS_VERSION',
  prometheusOperatorImage: 'PROMETHEUS_OPERATOR_IMAGE',
  configReloaderImage: 'PROMETHEUS_CONFIG_RELOADER_IMAGE',
  prometheusOperatorModuleDir: 'PROMETHEUS_OPERATOR_MODULE_DIR',
  metricsServerImage: 'METRICS_SERVER_IMAGE',
  kedaImage: 'KEDA_IMAGE',
  kedaAdapterImage: 'KEDA_ADAPTER_IMAGE',
  kedaVersion: 'KEDA_VERSION',
  kedaModuleDir: 'KEDA_MODULE_DIR',
};

/** The operators' images, or one line saying why they are not usable here. */
export function loadOperatorsEnv(file = operatorsFile): OperatorsEnv | string {
  if (!existsSync(file)) return `operator images absent (${file} missing): run \`npx nx run e2e:operators\` first`;
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]!] = m[2]!;
  }
  const out: Partial<OperatorsEnv> = {};
  for (const [key, name] of Object.entries(KEYS) as Array<[keyof OperatorsEnv, string]>) {
    const value = env[name];
    if (!value) return `operator images incomplete: ${file} lacks ${name}`;
    out[key] = value;
  }
  for (const dir of [out.prometheusOperatorModuleDir!, out.kedaModuleDir!]) {
    if (!existsSync(dir)) return `operator CRD sources missing: ${dir} (rerun \`npx nx run e2e:operators\`)`;
  }
  return out as OperatorsEnv;
}
