// A third-party scanner on every scenario: kube-score (built from the Go module proxy) scores the
// helm 4 output; every WARNING/CRITICAL finding must be one we decided to accept, with the reason.
// It found the missing ephemeral-storage requests/limits, identical liveness/readiness probes, the
// CronJob without startingDeadlineSeconds and production-ha's Recreate rollout (issue 11).
import { helmTemplate, kubeScore, type Finding } from '@llm-router-helm/kube-testkit';
import { CHART_DIR, chartExists, discoverScenarios } from '../src/scenarios.js';

// the first run builds kube-score (go install) on a shared 2-core machine
jest.setTimeout(1_800_000);

interface Accepted {
  check: string;
  /** which findings of the check are accepted (all when absent) */
  applies?: (f: Finding, scenario: string) => boolean;
  why: string;
}

const routerServer = (f: Finding) => f.object.endsWith('-router-server');

/** Findings we keep on purpose; the chart README ("Defaults that trade something") explains the choices. */
export const ACCEPTED: Accepted[] = [
  {
    check: 'container-image-pull-policy',
    why: 'IfNotPresent is the default: tags are pinned (never latest) and a digest can be set, so Always would only make every pod start depend on the registry; image.pullPolicy is a value',
  },
  {
    check: 'deployment-strategy',
    applies: routerServer,
    why: 'one router-server on a ReadWriteOnce volume keeps Recreate: each pod holds a whole GPU and the volume, so the new pod cannot start before the old one stops (several on shared storage use RollingUpdate with maxSurge 0)',
  },
  {
    check: 'deployment-replicas',
    applies: (f) => routerServer(f) || f.object.endsWith('-app'),
    why: 'one router-server by default because each needs a GPU (production-ha runs two); the demo app is not a production service',
  },
  {
    check: 'container-security-context-user-group-id',
    applies: (_f, scenario) => scenario === 'openshift',
    why: 'the OpenShift example leaves runAsUser/runAsGroup to the restricted-v2 SCC, which assigns a high UID from the namespace range at admission',
  },
];

const scenarios = discoverScenarios();
const findings = new Map<string, Finding[]>();

beforeAll(async () => {
  if (!chartExists()) throw new Error(`no chart at ${CHART_DIR}: run \`npx nx run renderer:generate\` first`);
  for (const s of scenarios) {
    const t = await helmTemplate(4, CHART_DIR, [s.file]);
    if (t.code !== 0) throw new Error(`helm template ${s.name} failed:\n${t.stderr}`);
    findings.set(s.name, await kubeScore(t.stdout));
  }
});

const unexplained = (scenario: string): Finding[] =>
  findings.get(scenario)!.filter((f) => !ACCEPTED.some((a) => a.check === f.check && (a.applies?.(f, scenario) ?? true)));

describe.each(scenarios.map((s) => [s.name] as const))('kube-score on %s', (name) => {
  it('reports nothing but the accepted findings', () => {
    expect(unexplained(name)).toEqual([]);
  });
});
