// Locates the kind toolchain written by `npx nx run e2e:bootstrap` (bootstrap/bootstrap.sh).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Toolchain {
  kind: string;
  kubectl: string;
  nodeImage: string;
  kubernetesVersion: string;
}

export const cacheRoot = process.env.LLM_ROUTER_E2E_CACHE ?? '/var/cache/llm-router-e2e';
export const toolchainFile = join(cacheRoot, 'toolchain.env');

/** The toolchain, or a one-line reason why it is not usable here. */
export function loadToolchain(): Toolchain | string {
  if (!existsSync(toolchainFile)) {
    return `kind toolchain absent (${toolchainFile} missing): run \`npx nx run e2e:bootstrap\` first`;
  }
  const env: Record<string, string> = {};
  for (const line of readFileSync(toolchainFile, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]!] = m[2]!;
  }
  const { KIND, KUBECTL, KIND_NODE_IMAGE, KUBERNETES_VERSION } = env;
  if (!KIND || !KUBECTL || !KIND_NODE_IMAGE || !KUBERNETES_VERSION) {
    return `kind toolchain incomplete: ${toolchainFile} lacks KIND, KUBECTL, KIND_NODE_IMAGE or KUBERNETES_VERSION`;
  }
  for (const bin of [KIND, KUBECTL]) {
    if (!existsSync(bin)) return `kind toolchain absent: ${bin} missing, rerun \`npx nx run e2e:bootstrap\``;
  }
  return { kind: KIND, kubectl: KUBECTL, nodeImage: KIND_NODE_IMAGE, kubernetesVersion: KUBERNETES_VERSION };
}
