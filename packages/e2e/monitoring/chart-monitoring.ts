// The chart's alerting rules and dashboard queries as Helm renders them (examples/monitoring.yaml,
// release "e2e" in namespace "llm-router"), ready for the name/label checks and promtool.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import YAML from 'yaml';
import { helmBinary } from '@llm-router-helm/kube-testkit';

export const CHART = path.resolve(__dirname, '../../chart/llm-router');
export const RELEASE = 'e2e';
export const NAMESPACE = 'llm-router';

export interface Alert {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
export interface Panel {
  title: string;
  targets: Array<{ expr: string; legendFormat: string }>;
}
export interface ChartMonitoring {
  ruleGroups: Array<{ name: string; rules: Alert[] }>;
  alerts: Alert[];
  panels: Panel[];
}

export async function renderMonitoring(): Promise<ChartMonitoring> {
  const helm = await helmBinary(4);
  const out = execFileSync(helm, ['template', RELEASE, CHART, '-n', NAMESPACE, '-f', path.resolve(CHART, '../examples/monitoring.yaml')], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  const objects = YAML.parseAllDocuments(out)
    .map((d) => d.toJS())
    .filter(Boolean) as Array<{ kind: string; spec?: { groups?: ChartMonitoring['ruleGroups'] }; data?: Record<string, string> }>;
  const rule = objects.find((o) => o.kind === 'PrometheusRule');
  const ruleGroups = rule?.spec?.groups;
  if (!ruleGroups) throw new Error('examples/monitoring.yaml renders no PrometheusRule');
  const dashboards = objects
    .filter((o) => o.kind === 'ConfigMap')
    .flatMap((o) =>
      Object.entries(o.data ?? {})
        .filter(([k]) => k.endsWith('.json'))
        .map(([, v]) => JSON.parse(v) as { panels: Panel[] }),
    );
  if (dashboards.length === 0) throw new Error('examples/monitoring.yaml renders no dashboard');
  return { ruleGroups, alerts: ruleGroups.flatMap((g) => g.rules), panels: dashboards.flatMap((d) => d.panels) };
}

/** A dashboard query with Grafana's variables replaced as Grafana would for this release. */
export const forNamespace = (expr: string): string => expr.replaceAll('$namespace', NAMESPACE);
