// Public API of the renderer: every generated chart file as path -> content, computed in-process.
import { renderValuesReference, renderValuesSchemaJson, renderValuesYaml, defaults } from '@llm-router-helm/values-schema';
import { chartYaml, HELMIGNORE, type ImageRef } from './chart/chart-yaml.js';
import { APP_VERSION } from './versions.js';
import { notesTxt } from './docs/notes.js';
import { exampleFiles } from './chart/examples-yaml.js';
import { withGeneratedHeader } from './chart/generated-header.js';
import { templateFiles } from './chart/templates.js';
import { readmeMd } from './docs/readme.js';
import { dashboardJson, DASHBOARD_FILE } from './monitoring/dashboard.js';

export { EXAMPLES, type Example } from './examples.js';
export { APP_VERSION, CHART_VERSION } from './versions.js';
export { RELEASE_CHANGES } from './release.js';
export { UPGRADE_NOTES, type UpgradeNote } from './upgrading.js';
export { GENERATED_NOTE } from './chart/generated-header.js';
export { ALL_METRIC_NAMES, CONTROLLER_METRICS, TRITON_METRICS } from './monitoring/metric-names.js';

/** Directories (relative to packages/chart) whose contents are entirely generated. */
export const GENERATED_DIRS = ['llm-router', 'examples'] as const;

function imageOf(i: { registry: string | null; repository: string; tag: string | null; digest: string | null }): string {
  const repo = i.registry ? `${i.registry.replace(/\/$/, '')}/${i.repository}` : i.repository;
  return i.digest ? `${repo}@${i.digest}` : `${repo}:${i.tag ?? APP_VERSION}`;
}

/** The public images the chart pulls by default (for Artifact Hub's scanner); the router images are built by each user, so they are not listed. */
function images(): ImageRef[] {
  return [
    { name: 'helm-test', image: imageOf(defaults.tests.image) },
    { name: 'model-loader', image: imageOf(defaults.routerServer.modelRepository.loader.image) },
    { name: 'snapshot', image: imageOf(defaults.volumeSnapshots.schedule.image) },
  ];
}

/** Every generated file, keyed by its path relative to packages/chart, in a fixed order. */
export function generateChart(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('llm-router/.helmignore', HELMIGNORE);
  files.set('llm-router/Chart.yaml', chartYaml(images()));
  files.set('llm-router/values.yaml', renderValuesYaml());
  files.set('llm-router/values.schema.json', renderValuesSchemaJson());
  files.set('llm-router/README.md', readmeMd(renderValuesReference()));
  files.set(`llm-router/${DASHBOARD_FILE}`, dashboardJson());
  // NOTES.txt is documentation that helm renders like a template; docs/ writes it, chart/ never sees it.
  const templates = { ...templateFiles(), 'NOTES.txt': notesTxt() };
  for (const name of Object.keys(templates).sort()) files.set(`llm-router/templates/${name}`, templates[name as keyof typeof templates]!);
  for (const [name, text] of Object.entries(exampleFiles())) files.set(`examples/${name}`, text);
  return new Map([...files].map(([file, text]) => [file, withGeneratedHeader(file, text)]));
}
