// Where the schemas the rendered chart is checked against come from: Go modules on the module
// proxy, pinned here. Bump a version here and the compiled index is rebuilt (its cache key
// includes this list).

export interface GoModule {
  path: string;
  version: string;
}

export interface CrdSource {
  module: GoModule;
  /** CRD manifest paths inside the module zip. */
  files: string[];
}

/** One supported Kubernetes minor and the release whose OpenAPI v3 spec (api/openapi-spec/v3) stands for it. */
export interface KubernetesMinor {
  /** "1.32" */
  minor: string;
  module: GoModule;
}

const kubernetes = (version: string): KubernetesMinor => ({
  minor: version.replace(/^v(\d+\.\d+)\..*$/, '$1'),
  module: { path: 'k8s.io/kubernetes', version },
});

/**
 * Every minor the chart supports, oldest first: the chart is rendered with `--kube-version` of
 * each and validated against that minor's spec. The oldest must match Chart.yaml's kubeVersion
 * floor (a test checks it); the newest patch release of each minor on the Go module proxy.
 */
export const KUBERNETES_MINORS: KubernetesMinor[] = [
  kubernetes('v1.32.13'),
  kubernetes('v1.33.13'),
  kubernetes('v1.34.4'),
  kubernetes('v1.35.4'),
  kubernetes('v1.36.3'),
  kubernetes('v1.37.2'),
];
export const OLDEST_KUBERNETES = KUBERNETES_MINORS[0]!;
export const NEWEST_KUBERNETES = KUBERNETES_MINORS[KUBERNETES_MINORS.length - 1]!;

/** The spec the single-version checks (scenarios, checkers) use: the newest supported minor. */
export const KUBERNETES: GoModule = NEWEST_KUBERNETES.module;

export function kubernetesMinor(minor: string): KubernetesMinor {
  const found = KUBERNETES_MINORS.find((k) => k.minor === minor);
  if (!found) throw new Error(`Kubernetes ${minor} is not a supported minor (${KUBERNETES_MINORS.map((k) => k.minor).join(', ')})`);
  return found;
}

export const CRD_SOURCES: CrdSource[] = [
  {
    module: { path: 'github.com/prometheus-operator/prometheus-operator', version: 'v0.85.0' },
    files: [
      'example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml',
      'example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml',
      'example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml',
    ],
  },
  {
    module: { path: 'sigs.k8s.io/gateway-api', version: 'v1.4.0' },
    files: ['config/crd/standard/gateway.networking.k8s.io_httproutes.yaml'],
  },
  {
    module: { path: 'github.com/external-secrets/external-secrets', version: 'v0.16.2' },
    files: ['config/crds/bases/external-secrets.io_externalsecrets.yaml'],
  },
  {
    module: { path: 'github.com/kubernetes-csi/external-snapshotter/client/v8', version: 'v8.2.0' },
    files: ['config/crd/snapshot.storage.k8s.io_volumesnapshots.yaml', 'config/crd/snapshot.storage.k8s.io_volumesnapshotclasses.yaml'],
  },
  {
    module: { path: 'github.com/kedacore/keda/v2', version: 'v2.17.2' },
    files: ['config/crd/bases/keda.sh_scaledobjects.yaml'],
  },
  {
    // openshift/api has no release tags on the proxy; this pseudo-version is the 4.20-era main branch.
    module: { path: 'github.com/openshift/api', version: 'v0.0.0-20251015095338-264e80a2b6e7' },
    files: ['route/v1/zz_generated.crd-manifests/routes.crd.yaml'],
  },
];

export const ALL_MODULES: GoModule[] = [...KUBERNETES_MINORS.map((k) => k.module), ...CRD_SOURCES.map((s) => s.module)];
