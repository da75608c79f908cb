// Public API of the renderer: every generated chart file as path -> content, computed in-process.
import { renderValuesReference, renderValuesSchemaJson, renderValuesYaml, defaults } from '@llm-router-helm/values-schema';
import { APP_VERSION, chartYaml, HELMIGNORE, type ImageRef } from './chart/chart-yaml.js';
import { exampleFiles } from './chart/examples-yaml.js';
import { withGeneratedHeader } from './chart/generated-header.js';
import { templateFiles } from './chart/templates.js';
import { readmeMd } from './docs/readme.js';
import { dashboardJson, DASHBOARD_FILE } from './monitoring/dashboard.js';

export { EXAMPLES, type Example } from './examples.js';
export { APP_VERSION, CHART_VERSION } from './chart/chart-yaml.js';
export { GENERATED_NOTE } from './chart/generated-header.js';
export { ALL_METRIC_NAMES, CONTROLLER_METRICS, TRITON_METRICS } from './monitoring/metric-names.js';

/** Directories (relative to packages/chart) whose contents are entirely generated. */
export const GENERATED_DIRS = ['llm-router', 'examples'] as const;

function imageOf(i: { registry: string | null; repository: string; tag: string | null; digest: string | null }): string {
  const repo = i.registry ? `${i.registry.replace(/\/$/, '')}/${i.repository}` : i.repository;
  return i.digest ? `${repo}@${i.digest}` : `${repo}:${i.tag ?? APP_VERSION}`;
}

function images(): ImageRef[] {
  return [
    { name: 'router-server', image: imageOf(defaults.routerServer.image) },
    { name: 'router-controller', image: imageOf(defaults.routerController.image) },
    { name: 'app', image: imageOf(defaults.app.image) },
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
  for (const [name, text] of Object.entries(templateFiles())) files.set(`llm-router/templates/${name}`, text);
  for (const [name, text] of Object.entries(exampleFiles())) files.set(`examples/${name}`, text);
  return new Map([...files].map(([file, text]) => [file, withGeneratedHeader(file, text)]));
}
