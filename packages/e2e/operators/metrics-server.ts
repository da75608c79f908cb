// metrics-server (sigs.k8s.io/metrics-server) in kube-system: the resource metrics API the chart's
// HorizontalPodAutoscalers read CPU from. Flags as for kind: kubelets serve self-signed certificates.
import type { KindCluster } from '../e2e/cluster/kind-cluster.js';
import { adminServiceAccount, operatorDeployment, service, waitFor } from './common.js';
import type { OperatorsEnv } from './operators-env.js';

const NS = 'kube-system';
const NAME = 'metrics-server';

export function metricsServerObjects(env: OperatorsEnv): object[] {
  return [
    ...adminServiceAccount(NS, NAME),
    operatorDeployment(
      NS,
      NAME,
      NAME,
      {
        name: NAME,
        image: env.metricsServerImage,
        args: [
          '--cert-dir=/tmp',
          '--secure-port=10250',
          '--kubelet-preferred-address-types=InternalIP',
          '--kubelet-use-node-status-port',
          '--kubelet-insecure-tls',
          // metrics-server requires the resolution to be longer than --kubelet-request-timeout (10 s)
          '--metric-resolution=15s',
        ],
        ports: [{ name: 'https', containerPort: 10250 }],
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
        readinessProbe: { httpGet: { path: '/readyz', port: 'https', scheme: 'HTTPS' }, periodSeconds: 5 },
      },
      [{ name: 'tmp', emptyDir: {} }],
    ),
    service(NS, NAME, [{ name: 'https', port: 443, targetPort: 'https' }]),
    {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1beta1.metrics.k8s.io' },
      spec: {
        group: 'metrics.k8s.io',
        version: 'v1beta1',
        service: { name: NAME, namespace: NS },
        // metrics-server serves a self-signed certificate from --cert-dir
        insecureSkipTLSVerify: true,
        groupPriorityMinimum: 100,
        versionPriority: 100,
      },
    },
  ];
}

/** Deploys metrics-server and waits until `kubectl top nodes` answers for every node. */
export async function deployMetricsServer(cluster: KindCluster, env: OperatorsEnv): Promise<number> {
  const t0 = Date.now();
  cluster.apply(metricsServerObjects(env));
  cluster.kubectl(['-n', NS, 'rollout', 'status', `deployment/${NAME}`, '--timeout=180s']);
  const nodes = cluster.kubectl(['get', 'nodes', '-o', 'name']).trim().split('\n').length;
  await waitFor('metrics-server to report every node', 180_000, () => {
    const r = cluster.tryKubectl(['top', 'nodes', '--no-headers']);
    return r.status === 0 && r.stdout.trim().split('\n').length === nodes ? true : undefined;
  });
  return (Date.now() - t0) / 1000;
}
