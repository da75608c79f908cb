// Every scenario values file (examples/*.yaml, discovered) through both real helm majors:
// lint --strict, template, strict OpenAPI/CRD validation (newest supported Kubernetes; every minor: kube-versions.test.ts), PSS restricted plus the
// chart's own hardening, no secret value outside a Secret, and the values-schema `validate`.
// Golden files pin the full output of the key scenarios byte for byte (UPDATE_GOLDEN=1 rewrites).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  findSecretLeaks,
  flattenLists,
  formatProblems,
  hardeningViolations,
  HELM_MAJORS,
  helmLint,
  type HelmMajor,
  type HelmResult,
  helmTemplate,
  type KubeObject,
  KubeValidator,
  NEWEST_KUBERNETES,
  parseManifests,
  pssRestrictedViolations,
} from '@llm-router-helm/kube-testkit';
import { formatProblems as formatValueProblems, validate } from '@llm-router-helm/values-schema';
import { renderNotes } from '../src/notes.js';
import {
  CHART_DIR,
  chartExists,
  discoverScenarios,
  GOLDEN_DIR,
  GOLDEN_SCENARIOS,
  inlineSecretValues,
  optsIntoHostPath,
  type Scenario,
} from '../src/scenarios.js';

jest.setTimeout(300_000);

const scenarios = discoverScenarios();
const updateGolden = process.env.UPDATE_GOLDEN === '1';

interface Rendered {
  lint: HelmResult;
  template: HelmResult;
  objects?: KubeObject[];
}

const results = new Map<string, Rendered>();
const key = (s: Scenario, major: HelmMajor) => `${s.name}@helm${major}`;
let validator: KubeValidator;

beforeAll(async () => {
  if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
  const validatorReady = KubeValidator.create();
  await Promise.all(
    scenarios.flatMap((s) =>
      HELM_MAJORS.map(async (major) => {
        const [lint, template] = await Promise.all([helmLint(major, CHART_DIR, [s.file]), helmTemplate(major, CHART_DIR, [s.file])]);
        const r: Rendered = { lint, template };
        if (template.code === 0) r.objects = flattenLists(parseManifests(template.stdout)).map((o) => o.object);
        results.set(key(s, major), r);
      }),
    ),
  );
  validator = await validatorReady;
});

function rendered(s: Scenario, major: HelmMajor): KubeObject[] {
  const r = results.get(key(s, major))!;
  if (r.template.code !== 0) throw new Error(`helm ${major} template failed:\n${r.template.stderr}`);
  return r.objects!;
}

it('finds the scenario files', () => {
  expect(scenarios.map((s) => s.name)).toEqual(expect.arrayContaining(['default']));
});

describe.each(scenarios.map((s) => [s.name, s] as const))('scenario %s', (_name, scenario) => {
  it('passes the values-schema validate()', () => {
    const result = validate(scenario.values);
    if (!result.ok) throw new Error(`${scenario.file}:\n${formatValueProblems(result.problems)}`);
  });

  describe.each(HELM_MAJORS.map((m) => [m] as const))('helm %i', (major) => {
    it('helm lint --strict passes', () => {
      const { lint } = results.get(key(scenario, major))!;
      if (lint.code !== 0) throw new Error(`helm ${major} lint --strict failed:\n${lint.stdout}\n${lint.stderr}`);
    });

    it('helm template renders objects', () => {
      expect(rendered(scenario, major).length).toBeGreaterThan(0);
    });

    it(`every object validates against the Kubernetes ${NEWEST_KUBERNETES.minor} OpenAPI / CRD schemas (strict)`, () => {
      const problems = validator.validateAll(rendered(scenario, major));
      if (problems.length) throw new Error(formatProblems(problems));
    });

    it('every pod passes PSS restricted and the chart hardening', () => {
      const objects = rendered(scenario, major);
      // hostPath is an explicit opt-in that PSS restricted forbids: only that rule may fail, and only then.
      const allowed = optsIntoHostPath(scenario.values) ? ['hostPathVolumes', 'volumeTypes'] : [];
      const pss = pssRestrictedViolations(objects).filter((v) => !allowed.includes(v.rule));
      const extra = hardeningViolations(objects);
      const lines = [
        ...pss.map((v) => `${v.object}: ${v.path}: [${v.rule}] ${v.message}`),
        ...extra.map((v) => `${v.object}: ${v.path}: ${v.message}`),
      ];
      if (lines.length) throw new Error(lines.join('\n'));
    });

    it('no inline secret value appears outside a Secret', () => {
      const leaks = findSecretLeaks(rendered(scenario, major), inlineSecretValues(scenario.values));
      expect(leaks).toEqual([]);
    });
  });

  it('helm 3 and helm 4 render the same bytes', () => {
    const [a, b] = HELM_MAJORS.map((m) => results.get(key(scenario, m))!.template);
    expect(a!.code).toBe(0);
    expect(b!.stdout).toBe(a!.stdout);
  });
});

describe('golden files', () => {
  it.each(GOLDEN_SCENARIOS.map((g) => [g.label, g] as const))('%s matches its golden file byte for byte', (_label, pattern) => {
    const scenario = scenarios.find((s) => pattern.pattern.test(s.name));
    if (!scenario)
      throw new Error(
        `no scenario file for "${pattern.label}" (expected a name matching ${pattern.pattern}; have ${scenarios.map((s) => s.name).join(', ')})`,
      );
    const actual = results.get(key(scenario, 4))!.template;
    expect(actual.code).toBe(0);
    const file = path.join(GOLDEN_DIR, `${scenario.name}.yaml`);
    const golden = `# Generated by \`UPDATE_GOLDEN=1 npx nx run chart:test\` (helm template with examples/${scenario.name}.yaml); do not edit.\n${actual.stdout}`;
    if (updateGolden) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, golden);
      return;
    }
    if (!existsSync(file)) throw new Error(`${file} is missing: run UPDATE_GOLDEN=1 npx nx run chart:test`);
    const expected = readFileSync(file, 'utf8');
    if (golden !== expected) {
      // Point at the first differing line instead of dumping two whole charts.
      const a = golden.split('\n');
      const e = expected.split('\n');
      const i = a.findIndex((line, n) => line !== e[n]);
      throw new Error(
        `${path.relative(process.cwd(), file)} differs at line ${i + 1}:\n  golden:   ${e[i]}\n  rendered: ${a[i]}\n` +
          'If the change is intended: UPDATE_GOLDEN=1 npx nx run chart:test, then review and commit the diff.',
      );
    }
  });
});

describe('secret values never leave the Secret (canary)', () => {
  const canary = 'nvapi-CANARY-do-not-leak-4f1d2c';
  const defaultScenario = () => scenarios.find((s) => s.name === 'default');

  it.each(HELM_MAJORS.map((m) => [m] as const))('helm %i: manifests and NOTES', async (major) => {
    const base = defaultScenario();
    if (!base) throw new Error('no default scenario');
    const setArgs = [
      '--set',
      'apiKeys.existingSecret=null',
      '--set',
      'apiKeys.create.enabled=true',
      '--set-string',
      `apiKeys.create.values.NVIDIA_API_KEY=${canary}`,
    ];
    const template = await helmTemplate(major, CHART_DIR, [base.file], setArgs);
    if (template.code !== 0) throw new Error(template.stderr);
    const objects = parseManifests(template.stdout).map((o) => o.object);
    // The Secret must exist and carry the key, or this test would prove nothing.
    expect(
      findSecretLeaks(
        objects.filter((o) => o.kind !== 'Secret'),
        [canary],
      ),
    ).toEqual([]);
    expect(JSON.stringify(objects.filter((o) => o.kind === 'Secret'))).toMatch(
      new RegExp(`${canary}|${Buffer.from(canary).toString('base64')}`),
    );
    expect(findSecretLeaks(objects, [canary])).toEqual([]);

    // NOTES.txt is rendered only by install, and helm 3's client-side dry run still wants a
    // cluster: render a copy of the chart whose NOTES.txt is an ordinary template instead.
    const notes = await renderNotes(major, base.file, setArgs);
    expect(notes.length).toBeGreaterThan(0);
    expect(findSecretLeaks([], [canary], { NOTES: notes })).toEqual([]);
  });
});
