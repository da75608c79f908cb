// Rules every component (routerServer, routerController, app) has, one rule per component.
import { COMPONENTS, V, goKey, type ComponentKey } from './paths.js';
import type { Values } from '../schema/root.js';
import type { GoScope, Hit, Rule } from './rule.js';

const SELECTOR_KEYS = ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/component'];
const goList = (xs: readonly string[]) => `(list ${xs.map((x) => JSON.stringify(x)).join(' ')})`;

/** commonLabels and every podLabels map: selector labels belong to the chart (changing them breaks upgrades). */
export const selectorLabelRules: Rule[] = (['commonLabels', ...COMPONENTS.map((c) => `${c}.podLabels`)] as const).map((at) => ({
  id: `selector-labels:${at}`,
  values: [at],
  doc: `\`commonLabels\` and \`<component>.podLabels\` must not set the selector labels ${SELECTOR_KEYS.map((k) => `\`${k}\``).join(', ')} (the chart owns them; a Deployment selector cannot change).`,
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

/** Every component is one instance of the `component` scope: `.path` is its key, `.c` its values. */
export const COMPONENT: GoScope = { name: 'component', calls: COMPONENTS.map((c) => `(dict "path" "${c}" "c" ${V(c)})`) };

/** A rule every component has: checked for each in TypeScript, emitted once in the component scope. */
function perComponent(rule: Omit<Rule, 'check' | 'scope'> & { each(c: ComponentKey, v: Values, hit: Hit): void }): Rule {
  const { each, ...rest } = rule;
  return { ...rest, scope: COMPONENT, check: (v, hit) => COMPONENTS.forEach((c) => each(c, v, hit)) };
}

export const componentRules: Rule[] = [
  perComponent({
    id: 'prestop-below-grace',
    values: COMPONENTS.flatMap((c) => [`${c}.preStopSleepSeconds`, `${c}.terminationGracePeriodSeconds`]),
    doc: '`<component>.preStopSleepSeconds` (when above 0) must be below `<component>.terminationGracePeriodSeconds` (`<component>` is routerServer, routerController or app).',
    message: 'must be below {component}.terminationGracePeriodSeconds ({grace}), got {sleep}',
    each(c, v, hit) {
      const x = v[c];
      if (x.preStopSleepSeconds > 0 && x.preStopSleepSeconds >= x.terminationGracePeriodSeconds)
        hit([c, 'preStopSleepSeconds'], { component: c, grace: x.terminationGracePeriodSeconds, sleep: x.preStopSleepSeconds });
    },
    go: (fail) => [
      fail({
        when: 'and (gt (int $s.c.preStopSleepSeconds) 0) (ge (int $s.c.preStopSleepSeconds) (int $s.c.terminationGracePeriodSeconds))',
        path: '%s.preStopSleepSeconds',
        pathArgs: ['$s.path'],
        args: { component: '$s.path', grace: '(int $s.c.terminationGracePeriodSeconds)', sleep: '(int $s.c.preStopSleepSeconds)' },
      }),
    ],
  }),
  perComponent({
    id: 'autoscaling-min-max',
    values: COMPONENTS.map((c) => `${c}.autoscaling`),
    doc: '`<component>.autoscaling.maxReplicas` must be at least `minReplicas`.',
    message: 'must be >= minReplicas ({min}), got {max}',
    each(c, v, hit) {
      const a = v[c].autoscaling;
      if (a.minReplicas > a.maxReplicas) hit([c, 'autoscaling', 'maxReplicas'], { min: a.minReplicas, max: a.maxReplicas });
    },
    go: (fail) => [
      fail({
        when: 'gt (int $s.c.autoscaling.minReplicas) (int $s.c.autoscaling.maxReplicas)',
        path: '%s.autoscaling.maxReplicas',
        pathArgs: ['$s.path'],
        args: { min: '(int $s.c.autoscaling.minReplicas)', max: '(int $s.c.autoscaling.maxReplicas)' },
      }),
    ],
  }),
  perComponent({
    id: 'recreate-without-rolling-update',
    values: COMPONENTS.map((c) => `${c}.strategy`),
    doc: '`<component>.strategy.rollingUpdate` must be null when `strategy.type` is Recreate.',
    message: 'must be null when strategy.type is Recreate',
    each(c, v, hit) {
      if (v[c].strategy.type === 'Recreate' && v[c].strategy.rollingUpdate !== null) hit([c, 'strategy', 'rollingUpdate']);
    },
    go: (fail) => [
      fail({
        when: 'and (eq $s.c.strategy.type "Recreate") $s.c.strategy.rollingUpdate',
        path: '%s.strategy.rollingUpdate',
        pathArgs: ['$s.path'],
      }),
    ],
  }),
  perComponent({
    id: 'pdb-one-bound',
    values: COMPONENTS.map((c) => `${c}.pdb`),
    doc: '`<component>.pdb`: set minAvailable or maxUnavailable, not both.',
    message: 'set either minAvailable or maxUnavailable, not both',
    each(c, v, hit) {
      if (v[c].pdb.minAvailable !== null && v[c].pdb.maxUnavailable !== null) hit([c, 'pdb', 'maxUnavailable']);
    },
    // Not truthiness: 0 is a bound too (and Helm drops keys set to null).
    go: (fail) => [
      fail({
        when: 'and (not (kindIs "invalid" $s.c.pdb.minAvailable)) (not (kindIs "invalid" $s.c.pdb.maxUnavailable))',
        path: '%s.pdb.maxUnavailable',
        pathArgs: ['$s.path'],
      }),
    ],
  }),
  perComponent({
    id: 'non-root-user',
    values: COMPONENTS.flatMap((c) => [
      `${c}.podSecurityContext.runAsUser`,
      `${c}.podSecurityContext.runAsNonRoot`,
      `${c}.containerSecurityContext.runAsNonRoot`,
    ]),
    doc: '`<component>.podSecurityContext.runAsUser: 0` (root) contradicts `runAsNonRoot: true` (the kubelet would refuse to start the container).',
    message: 'is 0 (root) but runAsNonRoot is true, so the kubelet would refuse to start the container; use a non-zero user ID or null',
    each(c, v, hit) {
      const x = v[c];
      if (x.podSecurityContext.runAsUser === 0 && (x.podSecurityContext.runAsNonRoot || x.containerSecurityContext.runAsNonRoot))
        hit([c, 'podSecurityContext', 'runAsUser']);
    },
    go: (fail) => [
      fail({
        when: 'and (not (kindIs "invalid" $s.c.podSecurityContext.runAsUser)) (eq (int $s.c.podSecurityContext.runAsUser) 0) (or $s.c.podSecurityContext.runAsNonRoot $s.c.containerSecurityContext.runAsNonRoot)',
        path: '%s.podSecurityContext.runAsUser',
        pathArgs: ['$s.path'],
      }),
    ],
  }),
];
