// KEDA (github.com/kedacore/keda/v2): its operator, which turns the chart's ScaledObject into an HPA
// and generates the TLS material itself (--enable-cert-rotation, as KEDA's own manifests run it),
// and its metrics adapter, which serves external.metrics.k8s.io to the HPA. No admission webhooks.
import path from 'node:path';
import type { KindCluster } from '../e2e/cluster/kind-cluster.js';
import { adminServiceAccount, installCrds, namespace, operatorDeployment, service, waitFor } from './common.js';
import type { OperatorsEnv } from './operators-env.js';

/** KEDA's defaults name its namespace in certificate SANs and service addresses. */
const NS = 'keda';
const podNamespace = { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } };
const certs = { name: 'certificates', secret: { secretName: 'kedaorg-certs', optional: true } };

export function kedaObjects(env: OperatorsEnv): object[] {
  return [
    namespace(NS),
    ...adminServiceAccount(NS, 'keda-operator'),
    operatorDeployment(
      NS,
      'keda-operator',
      'keda-operator',
      {
        name: 'keda-operator',
        image: env.kedaImage,
        args: [
          '--leader-elect',
          '--zap-log-level=info',
          '--zap-encoder=console',
          '--enable-cert-rotation=true',
          '--enable-webhook-patching=false',
        ],
        ports: [
          { name: 'metricsservice', containerPort: 9666 },
          { name: 'http', containerPort: 8080 },
        ],
        env: [
          podNamespace,
          { name: 'WATCH_NAMESPACE', value: '' },
          { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        ],
        volumeMounts: [
          { name: 'certificates', mountPath: '/certs', readOnly: true },
          { name: 'tmp', mountPath: '/tmp' },
        ],
        readinessProbe: { httpGet: { path: '/readyz', port: 8081 }, periodSeconds: 5 },
      },
      [certs, { name: 'tmp', emptyDir: {} }],
    ),
    service(NS, 'keda-operator', [
      { name: 'metricsservice', port: 9666, targetPort: 9666 },
      { name: 'metrics', port: 8080, targetPort: 8080 },
    ]),
    operatorDeployment(
      NS,
      'keda-metrics-apiserver',
      'keda-operator',
      {
        name: 'keda-metrics-apiserver',
        image: env.kedaAdapterImage,
        args: [
          '--secure-port=6443',
          '--zap-log-level=info',
          '--client-ca-file=/certs/ca.crt',
          '--tls-cert-file=/certs/tls.crt',
          '--tls-private-key-file=/certs/tls.key',
          '--cert-dir=/certs',
        ],
        ports: [{ name: 'https', containerPort: 6443 }],
        env: [podNamespace, { name: 'WATCH_NAMESPACE', value: '' }],
        volumeMounts: [
          { name: 'certificates', mountPath: '/certs', readOnly: true },
          { name: 'tmp', mountPath: '/tmp' },
        ],
        readinessProbe: { httpGet: { path: '/readyz', port: 6443, scheme: 'HTTPS' }, periodSeconds: 5 },
      },
      [certs, { name: 'tmp', emptyDir: {} }],
    ),
    service(NS, 'keda-metrics-apiserver', [{ name: 'https', port: 443, targetPort: 6443 }]),
    {
      // the operator writes its CA into caBundle (APIService patching)
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1beta1.external.metrics.k8s.io' },
      spec: {
        group: 'external.metrics.k8s.io',
        version: 'v1beta1',
        service: { name: 'keda-metrics-apiserver', namespace: NS },
        groupPriorityMinimum: 100,
        versionPriority: 100,
      },
    },
  ];
}

/** CRDs, operator and adapter; resolves when the external metrics API is Available. */
export async function deployKeda(cluster: KindCluster, env: OperatorsEnv): Promise<number> {
  const t0 = Date.now();
  await installCrds(cluster, path.join(env.kedaModuleDir, 'config', 'crd', 'bases'));
  cluster.apply(kedaObjects(env));
  cluster.kubectl(['-n', NS, 'rollout', 'status', 'deployment/keda-operator', '--timeout=240s']);
  cluster.kubectl(['-n', NS, 'rollout', 'status', 'deployment/keda-metrics-apiserver', '--timeout=240s']);
  await waitFor('the external metrics APIService to become Available', 180_000, () => {
    const r = cluster.tryKubectl([
      'get',
      'apiservice',
      'v1beta1.external.metrics.k8s.io',
      '-o',
      'jsonpath={.status.conditions[?(@.type=="Available")].status}',
    ]);
    return r.stdout.trim() === 'True' ? true : undefined;
  });
  return (Date.now() - t0) / 1000;
}
