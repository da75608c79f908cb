// Rules every component (routerServer, routerController, app) has, one rule per component.
import { COMPONENTS, V, goKey, type ComponentKey } from './paths.js';
import { appDefaults } from '../schema/app.js';
import { controllerDefaults } from '../schema/controller.js';
import type { Probe } from '../schema/probes.js';
import { serverDefaults } from '../schema/server.js';
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

const DEFAULT_REPLICAS: Record<ComponentKey, number> = {
  routerServer: serverDefaults.replicas,
  routerController: controllerDefaults.replicas,
  app: appDefaults.replicas,
};
const GO_DEFAULT_REPLICAS = `(dict ${COMPONENTS.map((c) => `"${c}" ${DEFAULT_REPLICAS[c]}`).join(' ')})`;
/** The demo app is optional: rules about how it runs apply only while it is enabled. */
const inUse = (c: ComponentKey, v: Values) => c !== 'app' || v.app.enabled;
const GO_IN_USE = '(or (ne $s.path "app") $s.c.enabled)';
/** The chart renders a PodDisruptionBudget when it is enabled and the component can have more than one pod. */
const pdbRendered = (c: ComponentKey, v: Values) =>
  inUse(c, v) && v[c].pdb.enabled && (v[c].replicas > 1 || (v[c].autoscaling.enabled && v[c].autoscaling.maxReplicas > 1));
const GO_PDB_RENDERED = `${GO_IN_USE} $s.c.pdb.enabled (or (gt (int $s.c.replicas) 1) (and $s.c.autoscaling.enabled (gt (int $s.c.autoscaling.maxReplicas) 1)))`;
/** The fewest pods the component runs: the autoscaler's minimum, else replicas. */
const podsAtLeast = (c: ComponentKey, v: Values) => (v[c].autoscaling.enabled ? v[c].autoscaling.minReplicas : v[c].replicas);
const GO_PODS = '(ternary (int $s.c.autoscaling.minReplicas) (int $s.c.replicas) $s.c.autoscaling.enabled)';
/** Seconds a probe gives a container before it counts as failed. */
const budget = (p: Probe) => p.initialDelaySeconds + p.failureThreshold * p.periodSeconds;
const goBudget = (p: string) => `(add (int ${p}.initialDelaySeconds) (mul (int ${p}.failureThreshold) (int ${p}.periodSeconds)))`;

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
    id: 'replicas-within-autoscaling',
    values: COMPONENTS.flatMap((c) => [`${c}.replicas`, `${c}.autoscaling`]),
    doc: "`<component>.replicas`, when set (other than the chart's default), is not above `autoscaling.maxReplicas` while autoscaling is enabled (the autoscaler would scale the Deployment down at once).",
    message:
      'is {replicas}, above autoscaling.maxReplicas ({max}): the autoscaler would scale it down at once; raise maxReplicas or lower replicas',
    // The default replica count is no choice of the user's: enabling autoscaling with a small maxReplicas alone is fine.
    each(c, v, hit) {
      const x = v[c];
      if (inUse(c, v) && x.autoscaling.enabled && x.replicas !== DEFAULT_REPLICAS[c] && x.replicas > x.autoscaling.maxReplicas)
        hit([c, 'replicas'], { replicas: x.replicas, max: x.autoscaling.maxReplicas });
    },
    go: (fail) => [
      fail({
        when: `and ${GO_IN_USE} $s.c.autoscaling.enabled (ne (int $s.c.replicas) (int (get ${GO_DEFAULT_REPLICAS} $s.path))) (gt (int $s.c.replicas) (int $s.c.autoscaling.maxReplicas))`,
        path: '%s.replicas',
        pathArgs: ['$s.path'],
        args: { replicas: '(int $s.c.replicas)', max: '(int $s.c.autoscaling.maxReplicas)' },
      }),
    ],
  }),
  perComponent({
    id: 'pdb-max-unavailable-above-zero',
    values: COMPONENTS.map((c) => `${c}.pdb`),
    doc: '`<component>.pdb.maxUnavailable` is not 0 (or 0%) when the PodDisruptionBudget is rendered: it would block every eviction, so node drains and cluster upgrades hang.',
    message:
      'is {value}: the PodDisruptionBudget would allow no eviction, so every node drain and cluster upgrade would hang; use at least 1',
    each(c, v, hit) {
      const m = v[c].pdb.maxUnavailable;
      if (pdbRendered(c, v) && m !== null && (m === 0 || m === '0%')) hit([c, 'pdb', 'maxUnavailable'], { value: m });
    },
    go: (fail) => [
      fail({
        when: `and ${GO_PDB_RENDERED} (not (kindIs "invalid" $s.c.pdb.maxUnavailable)) (eq (trimSuffix "%" (toString $s.c.pdb.maxUnavailable)) "0")`,
        path: '%s.pdb.maxUnavailable',
        pathArgs: ['$s.path'],
        args: { value: '$s.c.pdb.maxUnavailable' },
      }),
    ],
  }),
  perComponent({
    id: 'pdb-min-available-below-pods',
    values: COMPONENTS.flatMap((c) => [`${c}.pdb`, `${c}.replicas`, `${c}.autoscaling.minReplicas`]),
    doc: '`<component>.pdb.minAvailable` leaves at least one pod to evict: below `replicas` (or `autoscaling.minReplicas` while autoscaling), and a percentage that rounds below it.',
    message:
      'is {value} with {pods} pod(s): the PodDisruptionBudget would allow no eviction, so every node drain and cluster upgrade would hang; keep it below the pod count',
    each(c, v, hit) {
      const m = v[c].pdb.minAvailable;
      if (!pdbRendered(c, v) || m === null) return;
      const pods = podsAtLeast(c, v);
      const blocks = typeof m === 'string' ? Number(m.slice(0, -1)) * pods > 100 * (pods - 1) : m >= pods;
      if (blocks) hit([c, 'pdb', 'minAvailable'], { value: m, pods });
    },
    // A percentage p of n pods keeps ceil(p*n/100) available: all of them when p*n > 100*(n-1).
    go: (fail) => [
      fail({
        when: `and ${GO_PDB_RENDERED} (not (kindIs "invalid" $s.c.pdb.minAvailable)) (ternary (gt (mul (int (trimSuffix "%" (toString $s.c.pdb.minAvailable))) ${GO_PODS}) (mul 100 (sub ${GO_PODS} 1))) (ge (int $s.c.pdb.minAvailable) ${GO_PODS}) (kindIs "string" $s.c.pdb.minAvailable))`,
        path: '%s.pdb.minAvailable',
        pathArgs: ['$s.path'],
        args: { value: '$s.c.pdb.minAvailable', pods: GO_PODS },
      }),
    ],
  }),
  perComponent({
    id: 'liveness-covers-startup',
    values: COMPONENTS.flatMap((c) => [`${c}.startupProbe`, `${c}.livenessProbe`]),
    doc: "With `<component>.startupProbe.enabled: false` the liveness probe guards the start alone: its budget (`initialDelaySeconds + failureThreshold * periodSeconds`) must cover the startup probe's (what the chart allows a start), or the kubelet restarts a container that is still starting.",
    message:
      'gives a starting container {liveness}s (initialDelaySeconds + failureThreshold * periodSeconds) while startupProbe is disabled, less than the {startup}s the startup probe allows: the kubelet would restart it before it is up; enable startupProbe or raise livenessProbe.initialDelaySeconds',
    each(c, v, hit) {
      const x = v[c];
      if (!inUse(c, v) || x.startupProbe.enabled || !x.livenessProbe.enabled || x.livenessProbe.override !== null) return;
      const [liveness, startup] = [budget(x.livenessProbe), budget(x.startupProbe)];
      if (liveness < startup) hit([c, 'livenessProbe', 'failureThreshold'], { liveness, startup });
    },
    go: (fail) => [
      fail({
        when: `and ${GO_IN_USE} (not $s.c.startupProbe.enabled) $s.c.livenessProbe.enabled (not $s.c.livenessProbe.override) (lt ${goBudget('$s.c.livenessProbe')} ${goBudget('$s.c.startupProbe')})`,
        path: '%s.livenessProbe.failureThreshold',
        pathArgs: ['$s.path'],
        args: { liveness: goBudget('$s.c.livenessProbe'), startup: goBudget('$s.c.startupProbe') },
      }),
    ],
  }),
  perComponent({
    id: 'external-service-behind-network-policy',
    values: [...COMPONENTS.map((c) => `${c}.service.type`), 'networkPolicy.enabled'],
    doc: 'A NodePort or LoadBalancer `<component>.service.type` needs `networkPolicy.enabled: false`: the NetworkPolicies admit only the namespaces they select, so traffic from outside the cluster would be dropped.',
    message:
      'is {type}, but the NetworkPolicies (networkPolicy.enabled) admit only the namespaces they select, so traffic from outside the cluster through this Service is dropped; expose it with an Ingress, HTTPRoute or Route, or set networkPolicy.enabled: false',
    each(c, v, hit) {
      const type = v[c].service.type;
      if (inUse(c, v) && v.networkPolicy.enabled && type !== 'ClusterIP') hit([c, 'service', 'type'], { type });
    },
    go: (fail) => [
      fail({
        when: `and ${GO_IN_USE} ${V('networkPolicy.enabled')} (ne $s.c.service.type "ClusterIP")`,
        path: '%s.service.type',
        pathArgs: ['$s.path'],
        args: { type: '$s.c.service.type' },
      }),
    ],
  }),
  perComponent({
    id: 'node-port-needs-node-port-service',
    values: COMPONENTS.flatMap((c) => [`${c}.service.nodePort`, `${c}.service.type`]),
    doc: '`<component>.service.nodePort` needs `service.type` NodePort or LoadBalancer (a ClusterIP Service has no node port; the chart would leave it out).',
    message:
      'is set, but service.type is ClusterIP, which has no node port (the chart leaves it out); set service.type to NodePort or LoadBalancer, or remove nodePort',
    each(c, v, hit) {
      if (v[c].service.nodePort !== null && v[c].service.type === 'ClusterIP') hit([c, 'service', 'nodePort']);
    },
    go: (fail) => [
      fail({ when: 'and $s.c.service.nodePort (eq $s.c.service.type "ClusterIP")', path: '%s.service.nodePort', pathArgs: ['$s.path'] }),
    ],
  }),
  perComponent({
    id: 'toleration-exists-without-value',
    values: COMPONENTS.map((c) => `${c}.tolerations`),
    doc: 'A toleration with `operator: Exists` has no `value` (Kubernetes rejects the pod; Exists matches any value).',
    message: 'must be empty when operator is Exists (Kubernetes rejects the pod): remove value, or use operator Equal',
    each(c, v, hit) {
      v[c].tolerations.forEach((t, i) => t.operator === 'Exists' && t.value && hit([c, 'tolerations', i, 'value']));
    },
    go: (fail) => [
      '{{- range $i, $t := $s.c.tolerations }}',
      fail({ when: 'and (eq (toString $t.operator) "Exists") $t.value', path: '%s.tolerations[%d].value', pathArgs: ['$s.path', '$i'] }),
      '{{- end }}',
    ],
  }),
  perComponent({
    id: 'service-account-not-default',
    values: COMPONENTS.map((c) => `${c}.serviceAccount`),
    doc: '`<component>.serviceAccount.create: true` does not use the name `default` (every namespace has that ServiceAccount already; the install would fail).',
    message:
      'is "default", which every namespace already has, so creating it fails; pick another name, or set serviceAccount.create: false to use it',
    each(c, v, hit) {
      if (inUse(c, v) && v[c].serviceAccount.create && v[c].serviceAccount.name === 'default') hit([c, 'serviceAccount', 'name']);
    },
    go: (fail) => [
      fail({
        when: `and ${GO_IN_USE} $s.c.serviceAccount.create (eq (toString $s.c.serviceAccount.name) "default")`,
        path: '%s.serviceAccount.name',
        pathArgs: ['$s.path'],
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
