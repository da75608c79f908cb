// `seed-model-repository [dir]`: fills an empty model repository with the two router
// ensembles' directories (config.pbtxt + version 1), the layout the real NGC bundle
// has, so the chart's model-loader initContainer can run with the mock image.
// Skips a non-empty directory like the chart's default loader script does.
import fs from 'node:fs';
import path from 'node:path';
import { COMPLEXITY_CLASSES, TASK_CLASSES } from './classifier.js';

export function ensembleConfig(name: string, classes: number): string {
  return [
    `name: "${name}"`,
    'platform: "ensemble"',
    'max_batch_size: 8',
    'input [ { name: "INPUT" data_type: TYPE_STRING dims: [ 1 ] } ]',
    `output [ { name: "OUTPUT" data_type: TYPE_FP32 dims: [ ${classes} ] } ]`,
    '',
  ].join('\n');
}

export function seedModelRepository(dir: string): 'seeded' | 'already filled' {
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0) return 'already filled';
  for (const [name, n] of [['task_router_ensemble', TASK_CLASSES.length], ['complexity_router_ensemble', COMPLEXITY_CLASSES.length]] as const) {
    fs.mkdirSync(path.join(dir, name, '1'), { recursive: true });
    fs.writeFileSync(path.join(dir, name, 'config.pbtxt'), ensembleConfig(name, n));
  }
  return 'seeded';
}

if (require.main === module) {
  const dir = process.argv[2] ?? process.env.MODEL_REPOSITORY;
  if (!dir) {
    process.stderr.write('usage: seed-model-repository <dir> (or MODEL_REPOSITORY)\n');
    process.exit(2);
  }
  const result = seedModelRepository(dir);
  process.stdout.write(`${JSON.stringify({ service: 'seed-model-repository', dir, result })}\n`);
}
