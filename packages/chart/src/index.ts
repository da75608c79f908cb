// Public entry of the chart package: packaging, signing, publishing and the scenario files, for the e2e
// suite and scripts (the chart itself lives in llm-router/).
export { chartFiles, packageChart, readChartMeta, type ChartArchive } from './package-chart.js';
export { provenanceBody, readProvenance } from './provenance.js';
export { signChart, type ChartSignature, type SignOptions } from './sign-chart.js';
export {
  assertCosignVerified,
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  digestReference,
  type CosignResult,
  type CosignSignOptions,
} from './cosign.js';
export { isLoopback, normaliseTarget, parseDigest, pushChart } from './publish-chart.js';
export { previousRelease, readRelease, releasedVersions, type ReleasedFiles, type ReleaseRecord } from './release/records.js';
export { namesValuePath, upgradeNotesFor } from './release/tree.js';
export {
  CHART_DIR,
  chartExists,
  defaultValuesFiles,
  discoverScenarios,
  EXAMPLES_DIR,
  GOLDEN_DIR,
  GOLDEN_SCENARIOS,
  inlineSecretValues,
  optsIntoHostPath,
  PACKAGE_DIR,
  type Scenario,
} from './scenarios.js';
