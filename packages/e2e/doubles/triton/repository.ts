// Model discovery: like Triton, a model is a subdirectory of the repository that
// holds a config.pbtxt. Only local paths are supported by the mock (object storage
// URLs fail loudly rather than pretending to work).
import fs from 'node:fs';
import path from 'node:path';
import { CLASSIFIERS } from './classifier.js';

export interface ModelInfo {
  name: string;
  dir: string;
  platform: string;
  maxBatchSize: number;
  versions: string[];
  /** Number of classes when this is one of the two router ensembles. */
  classes?: number;
}

export class RepositoryError extends Error {}

function field(text: string, key: string): string | undefined {
  const m = new RegExp(`^\\s*${key}\\s*:\\s*"?([^"\\n]+?)"?\\s*$`, 'm').exec(text);
  return m?.[1];
}

export function discoverModels(repository: string): ModelInfo[] {
  if (/^[a-z0-9]+:\/\//i.test(repository)) {
    throw new RepositoryError(`failed to open model repository '${repository}': the mock reads local directories only`);
  }
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(repository, { withFileTypes: true });
  } catch (err) {
    throw new RepositoryError(`failed to stat file ${repository}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const models: ModelInfo[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dir = path.join(repository, entry.name);
    const configPath = path.join(dir, 'config.pbtxt');
    if (!fs.existsSync(configPath)) continue;
    const text = fs.readFileSync(configPath, 'utf8');
    const configuredName = field(text, 'name');
    if (configuredName && configuredName !== entry.name) {
      throw new RepositoryError(`model name '${configuredName}' in ${configPath} does not match directory '${entry.name}'`);
    }
    const versions = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^\d+$/.test(d.name))
      .map((d) => d.name)
      .sort((a, b) => Number(a) - Number(b));
    const classifier = CLASSIFIERS[entry.name];
    models.push({
      name: entry.name,
      dir,
      platform: field(text, 'platform') ?? field(text, 'backend') ?? 'unknown',
      maxBatchSize: Number(field(text, 'max_batch_size') ?? '0'),
      versions: versions.length > 0 ? versions : ['1'],
      ...(classifier ? { classes: classifier.classes.length } : {}),
    });
  }
  return models.sort((a, b) => a.name.localeCompare(b.name));
}
