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

/** The Kubernetes version whose OpenAPI v3 spec (api/openapi-spec/v3) validates core objects. */
export const KUBERNETES: GoModule = { path: 'k8s.io/kubernetes', version: 'v1.34.4' };

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
    files: [
      'config/crd/snapshot.storage.k8s.io_volumesnapshots.yaml',
      'config/crd/snapshot.storage.k8s.io_volumesnapshotclasses.yaml',
    ],
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

export const ALL_MODULES: GoModule[] = [KUBERNETES, ...CRD_SOURCES.map((s) => s.module)];
