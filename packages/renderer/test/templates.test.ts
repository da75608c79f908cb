// The chart's templates read like a careful Helm author wrote them: every named template is
// documented and used, every .Values path exists in the schema, no pyramids or one-line scripts,
// and the scripts the chart ships do what they say when run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { generateChart } from '../src/index.js';
import { SERVER, v } from '../src/helpers/names.js';
import { podSpec, render } from './render.js';

const templates = [...generateChart()].filter(([rel]) => rel.startsWith('llm-router/templates/'));
const schema = JSON.parse(generateChart().get('llm-router/values.schema.json')!) as Schema;

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  patternProperties?: Record<string, Schema>;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
}

/** A local `$ref` (draft-07 `#/definitions/x` or 2020-12 `#/$defs/x`). */
function resolveRef(ref: string): Schema {
  const [, where, name] = /^#\/(definitions|\$defs)\/(.+)$/.exec(ref) ?? [];
  const target = where === 'definitions' ? schema.definitions?.[name!] : schema.$defs?.[name!];
  if (!target) throw new Error(`unresolved $ref ${ref}`);
  return target;
}

/** The subschemas a value at `key` below `s` may follow (refs resolved, unions expanded). */
function childSchemas(s: Schema, key: string): Schema[] {
  const resolved = s.$ref ? [resolveRef(s.$ref)] : [s];
  return resolved.flatMap((r) => {
    const branches = [...(r.anyOf ?? []), ...(r.oneOf ?? []), ...(r.allOf ?? [])];
    const own: Schema[] = [];
    if (r.properties?.[key]) own.push(r.properties[key]!);
    else if (typeof r.additionalProperties === 'object') own.push(r.additionalProperties);
    else if (r.additionalProperties === true || r.patternProperties) own.push({});
    return [...own, ...branches.flatMap((b) => childSchemas(b, key))];
  });
}

function pathExists(segments: string[]): boolean {
  let current: Schema[] = [schema];
  for (const seg of segments) {
    current = current.flatMap((s) => childSchemas(s, seg));
    if (current.length === 0) return false;
    if (current.some((s) => !s.$ref && !s.properties && !s.anyOf && !s.oneOf && !s.allOf && s.additionalProperties === undefined))
      return true; // an open leaf
  }
  return true;
}

describe('named templates', () => {
  const text = templates.map(([, t]) => t).join('\n');
  const defines = [...text.matchAll(/\{\{-? define "([^"]+)" -?\}\}/g)].map((m) => m[1]!);

  it('the chart has named templates per concern, each documented with a comment and a usage line', () => {
    expect(defines.length).toBeGreaterThanOrEqual(15);
    for (const name of defines) {
      const doc = new RegExp(
        `\\{\\{- /\\* [^\\n]+\\n {7}Usage: \\{\\{ include "${name.replace('.', '\\.')}" [^\\n]*\\}\\} \\*/\\}\\}\\n\\{\\{- define "${name.replace('.', '\\.')}"`,
      );
      expect({ name, documented: doc.test(text) }).toEqual({ name, documented: true });
    }
  });

  it('no unused helper: every defined template is included somewhere', () => {
    // Drop the usage lines of the comments first: they mention every name.
    const code = text.replace(/\{\{- \/\*[\s\S]*?\*\/ ?-?\}\}/g, '');
    const unused = defines.filter((name) => !new RegExp(`(include|template) "${name.replace('.', '\\.')}"`).test(code));
    expect(unused).toEqual([]);
  });

  it('object names are built by one named template, not printf/trunc inlined per object', () => {
    for (const [rel, t] of templates) {
      if (rel.endsWith('.tpl')) continue;
      expect({ rel, inlined: /trunc \d+ \| trimSuffix/.test(t) }).toEqual({ rel, inlined: false });
    }
  });
});

describe('template text', () => {
  it('every .Values path a template reads exists in values.schema.json', () => {
    const missing: string[] = [];
    for (const [rel, t] of templates) {
      for (const m of t.matchAll(/\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)) {
        const segments = m[1]!.slice(1).split('.');
        if (!pathExists(segments)) missing.push(`${rel}: .Values.${segments.join('.')}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('component value paths in the builders are typed by the values type (a typo does not compile)', () => {
    expect(v(SERVER, 'modelRepository.storage.pvc.existingClaim')).toBe('$.Values.routerServer.modelRepository.storage.pvc.existingClaim');
    // @ts-expect-error "existingClaimm" is not a values path, so `renderer:typecheck` fails without this marker
    expect(v(SERVER, 'modelRepository.storage.pvc.existingClaimm')).toContain('existingClaimm');
  });

  it('the path check fails on a path the schema lacks', () => {
    expect(pathExists(['routerServer', 'modelRepository', 'storage', 'pvc', 'existingClaim'])).toBe(true);
    expect(pathExists(['commonLabels', 'anything'])).toBe(true);
    expect(pathExists(['routerServer', 'modelRepository', 'storage', 'pvc', 'existingClaimm'])).toBe(false);
    expect(pathExists(['routerServr'])).toBe(false);
  });

  it('else if chains, never an if nested directly in an else', () => {
    for (const [rel, t] of templates) {
      const lines = t.split('\n');
      const pyramid = lines.findIndex(
        (l, i) =>
          /^\s*\{\{- else \}\}$/.test(l) && /^\s*\{\{- if /.test(lines[i + 1] ?? '') && lines[i + 1]!.search(/\S/) === l.search(/\S/),
      );
      expect({ rel, pyramidAtLine: pyramid === -1 ? null : pyramid + 1 }).toEqual({ rel, pyramidAtLine: null });
    }
  });

  it('scripts are block text, not escaped one-liners', () => {
    for (const [rel, t] of templates) {
      const escaped = t.split('\n').filter((l) => /^\s*- "[^"]*\\"/.test(l) && l.length > 120);
      expect({ rel, escaped }).toEqual({ rel, escaped: [] });
    }
  });
});

/** A directory with stand-in programs that log their arguments (and stdin) to `log`. */
function standIns(programs: Record<string, string>): { dir: string; log: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'renderer-script-'));
  const log = path.join(dir, 'log');
  for (const [name, body] of Object.entries(programs)) writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return { dir, log, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('scripts the chart ships', () => {
  it('the snapshot CronJob creates a VolumeSnapshot of the model PVC and keeps the newest KEEP', async () => {
    const r = await render({ volumeSnapshots: { className: 'csi-snap', schedule: { enabled: true, keep: 2 } } });
    const c = podSpec(r.one('CronJob')).containers[0];
    const env = Object.fromEntries(c.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    const s = standIns({
      kubectl: [
        'echo "kubectl $*" >> "$LOG"',
        'case "$1" in',
        '  create) cat > "$LOG.manifest" ;;',
        '  get) printf "volumesnapshot.snapshot.storage.k8s.io/p-3\\nvolumesnapshot.snapshot.storage.k8s.io/p-1\\nvolumesnapshot.snapshot.storage.k8s.io/p-2\\n" ;;',
        'esac',
      ].join('\n'),
    });
    const run = spawnSync('sh', ['-c', c.command[2]], {
      env: { ...process.env, ...env, PATH: `${s.dir}:${process.env.PATH}`, LOG: s.log },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const created = YAML.parse(readFileSync(`${s.log}.manifest`, 'utf8'));
    expect(created).toMatchObject({
      apiVersion: 'snapshot.storage.k8s.io/v1',
      kind: 'VolumeSnapshot',
      metadata: { labels: { 'llm-router/snapshot-of': env.PVC } },
      spec: { volumeSnapshotClassName: 'csi-snap', source: { persistentVolumeClaimName: env.PVC } },
    });
    expect(created.metadata.name).toMatch(new RegExp(`^${env.PVC}-\\d{14}$`));
    const calls = readFileSync(s.log, 'utf8').trim().split('\n');
    expect(calls).toEqual([
      'kubectl create -f -',
      `kubectl get volumesnapshots -l llm-router/snapshot-of=${env.PVC} -o name`,
      'kubectl delete volumesnapshot.snapshot.storage.k8s.io/p-1',
    ]);
    // Without a class the manifest has none (the cluster default applies).
    const noClass = spawnSync('sh', ['-c', c.command[2]], {
      env: { ...process.env, ...env, CLASS: '', PATH: `${s.dir}:${process.env.PATH}`, LOG: s.log },
    });
    expect(noClass.status).toBe(0);
    expect(YAML.parse(readFileSync(`${s.log}.manifest`, 'utf8')).spec).toEqual({ source: { persistentVolumeClaimName: env.PVC } });
    s.cleanup();
  });

  it('the model loader fills an empty repository from the archive once, and leaves a filled one alone', async () => {
    const r = await render({
      routerServer: { modelRepository: { loader: { enabled: true, sourceUrl: 'https://models.example.com/m.tar.gz' } } },
    });
    const loader = podSpec(r.one('Deployment', 'router-server')).initContainers.find((x: { name: string }) => x.name === 'model-loader');
    const s = standIns({
      curl: 'echo "curl $*" >> "$LOG"; out=""; while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done; cp "$ARCHIVE" "$out"',
    });
    const src = path.join(s.dir, 'src');
    mkdirSync(path.join(src, 'task_router_ensemble'), { recursive: true });
    writeFileSync(path.join(src, 'task_router_ensemble', 'config.pbtxt'), 'name: "task_router_ensemble"\n');
    const archive = path.join(s.dir, 'models.tar.gz');
    expect(spawnSync('tar', ['-czf', archive, '-C', src, '.']).status).toBe(0);
    const repo = path.join(s.dir, 'repo');
    mkdirSync(repo);
    const tmp = path.join(s.dir, 'tmp');
    mkdirSync(tmp);
    // The script writes its download to /tmp; point it at a private directory.
    const script = (loader.command[2] as string).replaceAll('/tmp/', `${tmp}/`);
    const env = {
      ...process.env,
      PATH: `${s.dir}:${process.env.PATH}`,
      LOG: s.log,
      ARCHIVE: archive,
      MODEL_REPOSITORY: repo,
      SOURCE_URL: 'https://models.example.com/m.tar.gz',
    };
    expect(spawnSync('sh', ['-c', script], { env }).status).toBe(0);
    expect(readFileSync(path.join(repo, 'task_router_ensemble', 'config.pbtxt'), 'utf8')).toContain('task_router_ensemble');
    expect(existsSync(path.join(tmp, 'models.tar.gz'))).toBe(false);
    const second = spawnSync('sh', ['-c', script], { env, encoding: 'utf8' });
    expect([second.status, second.stdout.trim()]).toEqual([0, 'model repository already filled']);
    expect(readFileSync(s.log, 'utf8').trim().split('\n')).toEqual([
      `curl -fsSL https://models.example.com/m.tar.gz -o ${tmp}/models.tar.gz`,
    ]);
    expect(readdirSync(repo)).toEqual(['task_router_ensemble']);
    s.cleanup();
  });
});

describe('labels', () => {
  it('label keys YAML 1.1 would read as booleans stay strings ("on", "yes")', async () => {
    // --set-string: a values file written by a YAML 1.2 library would leave "on" unquoted, and helm reads YAML 1.1.
    const r = await render({ commonLabels: { team: 'ml' } }, { args: ['--set-string', 'commonLabels.on=x,commonLabels.Yes=y'] });
    expect(r.one('Deployment', 'router-controller').metadata?.labels).toMatchObject({ on: 'x', Yes: 'y', team: 'ml' });
  });
});

describe('pod volumes', () => {
  it("a component's extraVolumes appear once (not twice: Kubernetes rejects duplicate volume names)", async () => {
    const r = await render({ routerController: { extraVolumes: [{ name: 'extra', emptyDir: {} }] } });
    const names = podSpec(r.one('Deployment', 'router-controller')).volumes.map((v: { name: string }) => v.name);
    expect(names.filter((n: string) => n === 'extra')).toEqual(['extra']);
  });
});
