// Locates the kind toolchain written by `npx nx run e2e:bootstrap` (bootstrap/bootstrap.sh).
// E2E_KUBERNETES_VERSION=1.32 picks that minor's toolchain (toolchain-1.32.env, written by
// `E2E_KUBERNETES_VERSION=1.32 npx nx run e2e:bootstrap`); unset, the default minor's toolchain.env.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Toolchain {
  kind: string;
  kubectl: string;
  nodeImage: string;
  kubernetesVersion: string;
}

export const cacheRoot = process.env.LLM_ROUTER_E2E_CACHE ?? '/var/cache/llm-router-e2e';

/** "1.32" from "1.32", "v1.32" or "1.32.13"; undefined when unset. */
export function requestedMinor(value = process.env.E2E_KUBERNETES_VERSION): string | undefined {
  if (!value) return undefined;
  const m = /^v?(\d+\.\d+)(\.\d+)?$/.exec(value.trim());
  if (!m) throw new Error(`E2E_KUBERNETES_VERSION=${value}: expected a Kubernetes minor such as 1.32`);
  return m[1];
}

export function toolchainFileFor(minor = requestedMinor()): string {
  return join(cacheRoot, minor ? `toolchain-${minor}.env` : 'toolchain.env');
}

export const toolchainFile = toolchainFileFor();

/** The toolchain, or a one-line reason why it is not usable here. */
export function loadToolchain(file = toolchainFile): Toolchain | string {
  const minor = requestedMinor();
  const bootstrap = `${minor ? `E2E_KUBERNETES_VERSION=${minor} ` : ''}npx nx run e2e:bootstrap`;
  if (!existsSync(file)) {
    return `kind toolchain absent (${file} missing): run \`${bootstrap}\` first`;
  }
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]!] = m[2]!;
  }
  const { KIND, KUBECTL, KIND_NODE_IMAGE, KUBERNETES_VERSION } = env;
  if (!KIND || !KUBECTL || !KIND_NODE_IMAGE || !KUBERNETES_VERSION) {
    return `kind toolchain incomplete: ${file} lacks KIND, KUBECTL, KIND_NODE_IMAGE or KUBERNETES_VERSION`;
  }
  for (const bin of [KIND, KUBECTL]) {
    if (!existsSync(bin)) return `kind toolchain absent: ${bin} missing, rerun \`${bootstrap}\``;
  }
  return { kind: KIND, kubectl: KUBECTL, nodeImage: KIND_NODE_IMAGE, kubernetesVersion: KUBERNETES_VERSION };
}
