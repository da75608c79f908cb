// `wget` entry point of the toolbox image (see wget.ts).
import { wget } from './wget.js';

void wget(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
