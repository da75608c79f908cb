// Public entry of the test tooling: every other package imports from here, never from a file path.
export { cacheDir } from './cache-dir.js';
export { cachedModuleDir, goModCache, moduleDir } from './go-modules.js';
export { HELM_LAYERS, HELM_MAJORS, helmBinary, kubectlBinary, type HelmMajor } from './helm.js';
export { helmEnv, helmLint, helmTemplate, KUBE_VERSION, runHelm, type HelmResult } from './helm-run.js';
export {
  featureProblems,
  fieldUses,
  REVIEWED_GATED_FIELDS,
  VERSIONED_FIELDS,
  type FeatureProblem,
  type FieldUse,
  type VersionedField,
} from './kube-features.js';
export { formatProblems, KubeValidator, type Problem } from './kube-validate.js';
export { registryBinary, startLocalRegistry, type LocalRegistry } from './local-registry.js';
export { flattenLists, parseManifests, type KubeObject, type RenderedObject } from './manifests.js';
export { hardeningViolations, podTemplates, pssRestrictedViolations, type PssRule, type PssViolation } from './pss.js';
export { buildSchemaIndex, loadSchemaIndex, type JsonSchema, type SchemaIndex } from './schema-index.js';
export {
  ALL_MODULES,
  CRD_SOURCES,
  KUBERNETES,
  KUBERNETES_MINORS,
  kubernetesMinor,
  NEWEST_KUBERNETES,
  OLDEST_KUBERNETES,
  type CrdSource,
  type GoModule,
  type KubernetesMinor,
} from './schema-sources.js';
export { findSecretLeaks, type Leak } from './secret-leaks.js';
export {
  chartAtRef,
  diffSnapshots,
  diffValues,
  readSnapshot,
  renderSnapshot,
  type ChartSource,
  type RenderOutcome,
  type Snapshot,
} from './render-compare.js';
export { kubeScore, kubeScoreBinary, KUBE_SCORE, type Finding } from './kube-score.js';
export { chartTestingConfigDir, GO_TOOLS_DIR, goToolBinary, goToolOrReason, yamlLintersBinDir, type GoTool } from './chart-tools.js';
