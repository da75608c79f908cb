// Where `renderer:generate` writes inside this workspace: the chart package's generated folders.
import path from 'node:path';

/** packages/chart, the package that holds the generated chart and its examples. */
export const CHART_ROOT = path.resolve(__dirname, '../../chart');
/** The generated chart itself. */
export const CHART_DIR = path.join(CHART_ROOT, 'llm-router');
/** The generated scenario values files. */
export const EXAMPLES_DIR = path.join(CHART_ROOT, 'examples');
