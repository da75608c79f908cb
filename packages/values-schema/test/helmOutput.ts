// Reading Helm's answers: value paths in schema errors (Helm 3 and Helm 4 word them differently),
// and an umbrella chart that lets one Helm process check many values documents.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One canonical spelling of a value path: dotted segments, list indices as numbers (a.b.0.c); "" for the document. */
export const canon = (p: string): string =>
  p === '(root)' ? '' : p.replace(/\[(\d+)\]/g, '.$1').replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_m, k: string) => `.${JSON.parse(`"${k}"`)}`);

/**
 * Value paths in Helm's schema errors, per chart (alias) name. `nested` also takes the indented
 * causes Helm 4 lists under an error (e.g. the branch errors of a failed anyOf). `literal` takes
 * each path as Helm prints it: a missing (required) key then names only its parent object.
 */
export function schemaErrorPaths(output: string, nested = false, literal = false): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of output.split('\n')) {
    const header = /^([A-Za-z0-9_-]+):$/.exec(line);
    if (header) {
      current = new Set();
      out.set(header[1] as string, current);
      continue;
    }
    if (!current) continue;
    const h4 = (nested ? /^\s*- at '([^']*)': (.*)$/ : /^- at '([^']*)': (.*)$/).exec(line);
    if (h4) {
      const at = (h4[1] as string)
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');
      const missing = /^missing propert(?:y|ies) (.*)$/.exec(h4[2] as string);
      if (missing && literal) current.add(at);
      else if (missing) for (const m of (missing[1] as string).matchAll(/'([^']*)'/g)) current.add(at ? `${at}.${m[1]}` : (m[1] as string));
      else current.add(at);
      continue;
    }
    const h3 = /^- (.+?): (.*)$/.exec(line);
    if (h3) {
      const field = h3[1] === '(root)' ? '' : (h3[1] as string);
      const required = /^(.+) is required$/.exec(h3[2] as string);
      current.add(required && !literal ? (field ? `${field}.${required[1]}` : (required[1] as string)) : field);
    }
  }
  return out;
}

/** The first line of a template's fail message (`path: message`), if Helm stopped at one. */
export const failMessage = (stderr: string): string | undefined => failMessages(stderr)?.[0];

/** Every line of a template's fail message (validate.yaml lists each broken rule as `path: message`), if Helm stopped at one. */
export function failMessages(stderr: string): string[] | undefined {
  const text = /execution error at \([^)]*\): ([^]*?)(?:\n\n|\n?$)/.exec(stderr)?.[1];
  return text?.split('\n');
}

/** An umbrella chart whose dependencies are `count` aliases (d0, d1, ...) of `chart`; Helm checks each alias's values. */
export function umbrellaChart(chart: string, dir: string, count: number): string {
  const version = /^version:\s*(\S+)/m.exec(readFileSync(path.join(chart, 'Chart.yaml'), 'utf8'))?.[1];
  const deps = Array.from({ length: count }, (_, i) => `  - name: llm-router\n    version: ${version}\n    alias: d${i}`).join('\n');
  cpSync(chart, path.join(dir, 'charts', 'llm-router'), { recursive: true });
  writeFileSync(path.join(dir, 'Chart.yaml'), `apiVersion: v2\nname: umbrella\nversion: 0.1.0\ndependencies:\n${deps}\n`);
  return dir;
}
