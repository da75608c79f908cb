// The move from an upstream release to this chart, as commands. `llm-router-values migrate` prints
// them with the release's names filled in; the chart README shows them with placeholders.
import type { SecretInstruction } from './ledger.js';
import type { upstreamNames } from './upstream.js';

export interface MigrationStep {
  title: string;
  why: string;
  commands: string[];
}

export interface ProcedureInput {
  release: string;
  namespace: string;
  names: ReturnType<typeof upstreamNames>;
  /** Upstream's PVC adopted through existingClaim, or null. */
  modelPvc: string | null;
  secrets: SecretInstruction[];
  valuesFile: string;
  chartRef: string;
  chartVersion: string | null;
  /** Revision of the upstream release to return to (default: shown as a placeholder). */
  upstreamRevision?: number;
}

export function migrationSteps(p: ProcedureInput): MigrationStep[] {
  const ns = `-n ${p.namespace}`;
  const version = p.chartVersion ? ` --version ${p.chartVersion}` : '';
  const upgrade = `helm upgrade ${p.release} ${p.chartRef}${version} ${ns} -f ${p.valuesFile}`;
  const configOf = (file: string) => [
    `kubectl ${ns} port-forward svc/${p.names.routerController} 18084:8084 >/dev/null & sleep 2`,
    `curl -s http://127.0.0.1:18084/config > ${file}; kill %1`,
  ];
  const revision = p.upstreamRevision !== undefined ? String(p.upstreamRevision) : '<upstream revision>';
  const steps: MigrationStep[] = [
    {
      title: 'Record what runs now',
      why: 'the values, the revision to return to, and the routing table as the controller sees it (API keys show as [REDACTED])',
      commands: [
        `helm ${ns} get values ${p.release} -o yaml > upstream-values.yaml`,
        `helm ${ns} history ${p.release}`,
        ...configOf('config-before.json'),
      ],
    },
    {
      title: 'Convert the values',
      why: 'every upstream key is mapped, dropped with a reason or listed as a decision; read the decisions before going on',
      commands: [`npx llm-router-values migrate --release ${p.release} --namespace ${p.namespace} upstream-values.yaml > ${p.valuesFile}`],
    },
  ];
  if (p.secrets.length > 0)
    steps.push({
      title: 'Create the Secrets the converted values reference',
      why: p.secrets.map((s) => `${s.secretName}/${s.key}: ${s.why}`).join('; '),
      commands: p.secrets.map((s) => s.command),
    });
  if (p.modelPvc)
    steps.push({
      title: 'Keep the model PVC',
      why: `our chart does not render upstream's PVC, so the upgrade would delete ${p.modelPvc} and the models in it; Helm skips objects whose live annotations say keep. The converted values mount it through existingClaim`,
      commands: [`kubectl ${ns} annotate pvc ${p.modelPvc} helm.sh/resource-policy=keep --overwrite`],
    });
  steps.push(
    {
      title: 'Preview the upgrade',
      why: "renders with the cluster's admission checks and changes nothing",
      commands: [`${upgrade} --dry-run=server > /dev/null`],
    },
    {
      title: 'Upgrade the release in place',
      why: 'Deployments and Services keep their names and selector labels, so they are patched and rolled (no delete); the controller rolls with maxUnavailable 0',
      commands: [`${upgrade} --wait --timeout 15m`],
    },
    {
      title: 'Check',
      why: 'the model volume is still bound and mounted, the pods answer, and the routing table is the one you had',
      commands: [
        ...(p.modelPvc ? [`kubectl ${ns} get pvc ${p.modelPvc}`] : []),
        `helm test ${p.release} ${ns}`,
        ...configOf('config-after.json'),
        'diff config-before.json config-after.json && echo "routing table unchanged"',
      ],
    },
    {
      title: 'Going back',
      why: `helm rollback cannot recreate the release's upstream objects next to a PVC it no longer owns (Helm 4 stops with "original object PersistentVolumeClaim with the name ... not found" and rolls nothing back); reinstall upstream's chart over the release instead: Helm adopts the kept PVC, which still carries the release's ownership annotations`,
      commands: [
        `helm upgrade ${p.release} <path to the upstream chart> ${ns} -f upstream-values.yaml --wait --timeout 15m`,
        `# upstream revision for reference: ${revision}`,
      ],
    },
  );
  return steps;
}

/** The steps as shell text (comments + commands). */
export function formatSteps(steps: MigrationStep[]): string {
  return steps.map((s, i) => [`# ${i + 1}. ${s.title}: ${s.why}`, ...s.commands].join('\n')).join('\n\n');
}
