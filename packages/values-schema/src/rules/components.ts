// Rules every component (routerServer, routerController, app) has, one rule per component.
import { COMPONENTS, V, goKey, type ComponentKey } from './paths.js';
import type { Rule } from './rule.js';

const SELECTOR_KEYS = ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/component'];
const goList = (xs: readonly string[]) => `(list ${xs.map((x) => JSON.stringify(x)).join(' ')})`;

/** commonLabels and every podLabels map: selector labels belong to the chart (changing them breaks upgrades). */
export const selectorLabelRules: Rule[] = (['commonLabels', ...COMPONENTS.map((c) => `${c}.podLabels`)] as const).map((at) => ({
  id: `selector-labels:${at}`,
  values: [at],
  doc: `\`${at}\` must not set the selector labels ${SELECTOR_KEYS.map((k) => `\`${k}\``).join(', ')} (the chart owns them; a Deployment selector cannot change).`,
  message: 'selector labels are set by the chart and cannot be overridden',
  check(v, hit) {
    const map = (at === 'commonLabels' ? v.commonLabels : v[at.split('.')[0] as ComponentKey].podLabels) as Record<string, string>;
    for (const key of Object.keys(map)) if (SELECTOR_KEYS.includes(key)) hit([...at.split('.'), key]);
  },
  go: (fail) => [
    `{{- range $k, $_ := ${V(at)} }}`,
    fail({ when: `has $k ${goList(SELECTOR_KEYS)}`, path: `${at}%s`, pathArgs: [goKey('$k')] }),
    '{{- end }}',
  ],
}));

function perComponent(make: (c: ComponentKey) => Rule): Rule[] {
  return COMPONENTS.map(make);
}

export const componentRules: Rule[] = [
  ...perComponent((c) => ({
    id: `prestop-below-grace:${c}`,
    values: [`${c}.preStopSleepSeconds`, `${c}.terminationGracePeriodSeconds`],
    doc: `\`${c}.preStopSleepSeconds\` (when above 0) must be below \`${c}.terminationGracePeriodSeconds\`.`,
    message: `must be below ${c}.terminationGracePeriodSeconds ({grace}), got {sleep}`,
    check(v, hit) {
      const x = v[c];
      if (x.preStopSleepSeconds > 0 && x.preStopSleepSeconds >= x.terminationGracePeriodSeconds)
        hit([c, 'preStopSleepSeconds'], { grace: x.terminationGracePeriodSeconds, sleep: x.preStopSleepSeconds });
    },
    go: (fail) => [
      fail({
        when: `and (gt (int ${V(c)}.preStopSleepSeconds) 0) (ge (int ${V(c)}.preStopSleepSeconds) (int ${V(c)}.terminationGracePeriodSeconds))`,
        path: `${c}.preStopSleepSeconds`,
        args: { grace: `(int ${V(c)}.terminationGracePeriodSeconds)`, sleep: `(int ${V(c)}.preStopSleepSeconds)` },
      }),
    ],
  })),
  ...perComponent((c) => ({
    id: `autoscaling-min-max:${c}`,
    values: [`${c}.autoscaling.minReplicas`, `${c}.autoscaling.maxReplicas`],
    doc: `\`${c}.autoscaling.maxReplicas\` must be at least \`minReplicas\`.`,
    message: 'must be >= minReplicas ({min}), got {max}',
    check(v, hit) {
      const a = v[c].autoscaling;
      if (a.minReplicas > a.maxReplicas) hit([c, 'autoscaling', 'maxReplicas'], { min: a.minReplicas, max: a.maxReplicas });
    },
    go: (fail) => [
      fail({
        when: `gt (int ${V(c)}.autoscaling.minReplicas) (int ${V(c)}.autoscaling.maxReplicas)`,
        path: `${c}.autoscaling.maxReplicas`,
        args: { min: `(int ${V(c)}.autoscaling.minReplicas)`, max: `(int ${V(c)}.autoscaling.maxReplicas)` },
      }),
    ],
  })),
  ...perComponent((c) => ({
    id: `recreate-without-rolling-update:${c}`,
    values: [`${c}.strategy.type`, `${c}.strategy.rollingUpdate`],
    doc: `\`${c}.strategy.rollingUpdate\` must be null when \`strategy.type\` is Recreate.`,
    message: 'must be null when strategy.type is Recreate',
    check(v, hit) {
      if (v[c].strategy.type === 'Recreate' && v[c].strategy.rollingUpdate !== null) hit([c, 'strategy', 'rollingUpdate']);
    },
    go: (fail) => [fail({ when: `and (eq ${V(c)}.strategy.type "Recreate") ${V(c)}.strategy.rollingUpdate`, path: `${c}.strategy.rollingUpdate` })],
  })),
  ...perComponent((c) => ({
    id: `pdb-one-bound:${c}`,
    values: [`${c}.pdb.minAvailable`, `${c}.pdb.maxUnavailable`],
    doc: `\`${c}.pdb\`: set minAvailable or maxUnavailable, not both.`,
    message: 'set either minAvailable or maxUnavailable, not both',
    check(v, hit) {
      if (v[c].pdb.minAvailable !== null && v[c].pdb.maxUnavailable !== null) hit([c, 'pdb', 'maxUnavailable']);
    },
    // hasKey, not truthiness: 0 is a bound too (Helm drops keys set to null).
    go: (fail) => [
      fail({
        when: `and (hasKey ${V(c)}.pdb "minAvailable") (hasKey ${V(c)}.pdb "maxUnavailable") (not (kindIs "invalid" ${V(c)}.pdb.minAvailable)) (not (kindIs "invalid" ${V(c)}.pdb.maxUnavailable))`,
        path: `${c}.pdb.maxUnavailable`,
      }),
    ],
  })),
];
