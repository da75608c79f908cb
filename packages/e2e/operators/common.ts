// What the operator deployments share: they run on the control plane (the workers are the chart's),
// under a restricted security context, with cluster-admin. Their RBAC is not what these tests are
// about; the chart's objects they consume are.
import fs from 'node:fs';
import path from 'node:path';
import { ON_CONTROL_PLANE, RESTRICTED_CONTAINER } from '../e2e/chart/stack.js';
import type { KindCluster } from '../e2e/cluster/kind-cluster.js';

export const RESTRICTED_POD = { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } };

export function namespace(name: string): object {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
  };
}

/** A ServiceAccount bound to cluster-admin. */
export function adminServiceAccount(ns: string, name: string): object[] {
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: `e2e-${ns}-${name}` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
    },
  ];
}

export interface OperatorContainer {
  name: string;
  image: string;
  args: string[];
  ports: Array<{ name: string; containerPort: number }>;
  env?: object[];
  volumeMounts?: object[];
  readinessProbe?: object;
}

/** A one-replica Deployment on the control plane. */
export function operatorDeployment(
  ns: string,
  name: string,
  serviceAccountName: string,
  container: OperatorContainer,
  volumes: object[] = [],
): object {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          ...ON_CONTROL_PLANE,
          serviceAccountName,
          securityContext: RESTRICTED_POD,
          containers: [
            {
              imagePullPolicy: 'IfNotPresent',
              securityContext: RESTRICTED_CONTAINER,
              resources: { requests: { cpu: '20m', memory: '64Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              ...container,
            },
          ],
          volumes,
        },
      },
    },
  };
}

export function service(ns: string, name: string, ports: Array<{ name: string; port: number; targetPort: string | number }>): object {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { selector: { app: name }, ports } };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every `everyMs` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined, everyMs = 2000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * Installs every CRD file of `dir` (server-side: client-side apply would overflow the last-applied
 * annotation) and waits until each is Established, polling: `kubectl wait` fails at once on a CRD
 * that has no status yet.
 */
export async function installCrds(cluster: KindCluster, dir: string): Promise<void> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const yamlText = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n---\n');
  const names = cluster
    .kubectl(['apply', '--server-side', '--force-conflicts', '-o', 'name', '-f', '-'], yamlText, 120_000)
    .trim()
    .split('\n');
  for (const name of names)
    await waitFor(
      `${name} to be Established`,
      120_000,
      () => {
        const r = cluster.tryKubectl(['get', name, '-o', 'jsonpath={.status.conditions[?(@.type=="Established")].status}']);
        return r.stdout.trim() === 'True' ? true : undefined;
      },
      1000,
    );
}
