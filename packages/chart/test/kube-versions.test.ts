// Every Kubernetes minor the chart supports (schema-sources KUBERNETES_MINORS, oldest = Chart.yaml's
// kubeVersion floor): every example rendered with helm 3 and helm 4 and `--kube-version <minor>.0`,
// validated strictly against that minor's OpenAPI spec, and checked for fields that minor's API
// server would reject or silently drop (kube-features.ts). Prints what the run cost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  featureProblems,
  flattenLists,
  formatProblems,
  HELM_MAJORS,
  helmTemplate,
  KubeValidator,
  KUBERNETES_MINORS,
  NEWEST_KUBERNETES,
  OLDEST_KUBERNETES,
  parseManifests,
  type HelmMajor,
  type HelmResult,
  type KubeObject,
} from '@llm-router-helm/kube-testkit';
import { renderNotes } from '../src/notes.js';
import { CHART_DIR, chartExists, discoverScenarios } from '../src/scenarios.js';

jest.setTimeout(900_000);

const scenarios = discoverScenarios();
const renders = new Map<string, HelmResult>();
const validators = new Map<string, KubeValidator>();
const key = (minor: string, scenario: string, major: HelmMajor) => `${minor}/${scenario}/helm${major}`;
const timings: string[] = [];

beforeAll(async () => {
  if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
  const t0 = Date.now();
  await Promise.all(
    KUBERNETES_MINORS.flatMap((k) =>
      scenarios.flatMap((s) =>
        HELM_MAJORS.map(async (major) => {
          renders.set(key(k.minor, s.name, major), await helmTemplate(major, CHART_DIR, [s.file], [], `${k.minor}.0`));
        }),
      ),
    ),
  );
  timings.push(
    `${renders.size} helm template runs (${KUBERNETES_MINORS.length} minors x ${scenarios.length} examples x helm ${HELM_MAJORS.join('+')}): ${Date.now() - t0} ms`,
  );
  for (const k of KUBERNETES_MINORS) {
    const t1 = Date.now();
    validators.set(k.minor, await KubeValidator.create(k.module));
    timings.push(`Kubernetes ${k.minor} (${k.module.version}) schema index loaded: ${Date.now() - t1} ms`);
  }
});

afterAll(() => {
  console.log(`kube-versions timings:\n  ${timings.join('\n  ')}`);
});

function objectsOf(minor: string, scenario: string, major: HelmMajor): KubeObject[] {
  const r = renders.get(key(minor, scenario, major))!;
  if (r.code !== 0) throw new Error(`helm ${major} template --kube-version ${minor}.0 failed:\n${r.stderr}`);
  return flattenLists(parseManifests(r.stdout)).map((o) => o.object);
}

describe('the supported range', () => {
  it(`Chart.yaml's kubeVersion floor is the oldest tested minor (${OLDEST_KUBERNETES.minor}) and every minor up to ${NEWEST_KUBERNETES.minor} is tested`, () => {
    const chart = YAML.parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as { kubeVersion?: string };
    expect(chart.kubeVersion).toBe(`>=${OLDEST_KUBERNETES.minor}.0-0`);
    const minors = KUBERNETES_MINORS.map((k) => Number(k.minor.split('.')[1]));
    expect(minors).toEqual(Array.from({ length: minors.length }, (_v, i) => minors[0]! + i));
  });

  it('the chart README and NOTES name the tested range', () => {
    const range = `${OLDEST_KUBERNETES.minor} to ${NEWEST_KUBERNETES.minor}`;
    expect(readFileSync(path.join(CHART_DIR, 'README.md'), 'utf8')).toContain(`Kubernetes ${range}`);
    expect(readFileSync(path.join(CHART_DIR, 'templates', 'NOTES.txt'), 'utf8')).toContain(`newer than ${NEWEST_KUBERNETES.minor},`);
  });
});

describe.each(KUBERNETES_MINORS.map((k) => [k.minor] as const))('Kubernetes %s', (minor) => {
  describe.each(scenarios.map((s) => [s.name] as const))('example %s', (scenario) => {
    it.each(HELM_MAJORS.map((m) => [m] as const))(
      `helm %i: every object validates against the Kubernetes ${minor} OpenAPI / CRD schemas (strict)`,
      (major) => {
        const problems = validators.get(minor)!.validateAll(objectsOf(minor, scenario, major));
        if (problems.length) throw new Error(formatProblems(problems));
      },
    );

    it(`renders no field the Kubernetes ${minor} API server rejects or drops (changelog facts and the spec's alpha/feature-gate notes)`, () => {
      const problems = featureProblems(objectsOf(minor, scenario, 4), validators.get(minor)!.index, minor);
      if (problems.length) throw new Error(problems.map((p) => `${p.object}: ${p.path}: ${p.message}`).join('\n'));
    });

    it('helm 3 and helm 4 render the same bytes', () => {
      const [a, b] = HELM_MAJORS.map((m) => renders.get(key(minor, scenario, m))!);
      expect(a!.code).toBe(0);
      expect(b!.stdout).toBe(a!.stdout);
    });
  });
});

describe('below the floor', () => {
  const below = `1.${Number(OLDEST_KUBERNETES.minor.split('.')[1]) - 1}.0`;
  it.each(HELM_MAJORS.map((m) => [m] as const))(`helm %i refuses Kubernetes ${below}, naming the kubeVersion it needs`, async (major) => {
    const r = await helmTemplate(
      major,
      CHART_DIR,
      scenarios.filter((s) => s.name === 'default').map((s) => s.file),
      [],
      below,
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`>=${OLDEST_KUBERNETES.minor}.0-0`);
    expect(r.stderr).toContain(below);
  });
});

describe('above the newest tested minor', () => {
  const newer = `1.${Number(NEWEST_KUBERNETES.minor.split('.')[1]) + 1}.0`;
  const defaultFile = () => scenarios.find((s) => s.name === 'default')!.file;

  it.each(HELM_MAJORS.map((m) => [m] as const))(
    `helm %i installs on Kubernetes ${newer} and the notes say it was not tested`,
    async (major) => {
      expect((await helmTemplate(major, CHART_DIR, [defaultFile()], [], newer)).code).toBe(0);
      expect(await renderNotes(major, defaultFile(), [], `${newer}`)).toContain(
        `NOTE: Kubernetes v${newer} is newer than ${NEWEST_KUBERNETES.minor}, the newest minor this chart version is tested on.`,
      );
      for (const tested of [OLDEST_KUBERNETES, NEWEST_KUBERNETES]) {
        expect(await renderNotes(major, defaultFile(), [], `${tested.minor}.0`)).not.toContain(
          'newest minor this chart version is tested on',
        );
      }
    },
  );
});
