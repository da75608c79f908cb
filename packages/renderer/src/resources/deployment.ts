// Deployment builder: the pod skeleton all three components share (labels, service account,
// security, scheduling, extra containers/volumes); components pass their containers and volumes.
import { expr, indented, splice, spread, toYamlIfSet, when, type MapNode, type Node } from '../gotpl/yaml.js';
import { annotations, metadata, selVar } from '../helpers/meta.js';
import { nameOf, v, type Component } from '../helpers/names.js';
import { scheduling, securityContext } from '../helpers/pod.js';

export interface PodParts {
  c: Component;
  /** main container (list item map) */
  container: MapNode;
  /** chart-owned init containers placed before the user's, rendered when `guard` holds */
  initContainers?: { guard: string; items: Node[] };
  /** chart-owned volumes (list items) */
  volumes: Node[];
  /** pod-template annotations computed by the chart (e.g. config checksums) */
  podAnnotations?: MapNode;
  /** rollingUpdate used when strategy.type is RollingUpdate and rollingUpdate is null (else Kubernetes' 25% defaults) */
  rollingUpdateWhenNull?: { maxSurge: number; maxUnavailable: number };
}

/** Name of the component's ServiceAccount (own one by default; "default" only when create is false and no name). */
export const serviceAccountName = (c: Component): string =>
  `ternary (${v(c, 'serviceAccount.name')} | default (${nameOf(c.label)})) (${v(c, 'serviceAccount.name')} | default "default") ${v(c, 'serviceAccount.create')}`;

export function deployment(p: PodParts): MapNode {
  const { c } = p;
  const podMeta: MapNode = {
    labels: {
      [spread()]: indented(`include "llm-router.labels" (dict "root" $ "selector" ${selVar(c)} "extra" ${v(c, 'podLabels')})`),
    },
    annotations: annotations(p.podAnnotations ?? {}, v(c, 'podAnnotations')),
  };
  if (!p.podAnnotations) podMeta.annotations = toYamlIfSet(v(c, 'podAnnotations'));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata({ owner: c }),
    spec: {
      // An autoscaler owns the replica count while enabled.
      replicas: when(`not ${v(c, 'autoscaling.enabled')}`, expr(v(c, 'replicas'))),
      selector: { matchLabels: indented(`toYaml ${selVar(c)}`) },
      strategy: toYamlIfSet(strategyExpr(c, p.rollingUpdateWhenNull)),
      template: {
        metadata: podMeta,
        spec: {
          serviceAccountName: expr(serviceAccountName(c)),
          automountServiceAccountToken: expr(v(c, 'serviceAccount.automount')),
          imagePullSecrets: toYamlIfSet('$.Values.global.imagePullSecrets'),
          securityContext: securityContext(v(c, 'podSecurityContext')),
          ...scheduling(c),
          terminationGracePeriodSeconds: expr(v(c, 'terminationGracePeriodSeconds')),
          [spread()]: when(p.initContainers ? `or (${p.initContainers.guard}) ${v(c, 'initContainers')}` : v(c, 'initContainers'), {
            initContainers: [...(p.initContainers?.items ?? []), splice(v(c, 'initContainers'))],
          }),
          containers: [p.container, splice(v(c, 'sidecars'))],
          volumes: [...p.volumes, splice(v(c, 'extraVolumes'))],
        },
      },
    },
  };
}

/** Recreate must not carry a rollingUpdate block; a null one is left out (Kubernetes defaults apply) or replaced by the component's own. */
function strategyExpr(c: Component, whenNull?: { maxSurge: number; maxUnavailable: number }): string {
  const stripped = `(ternary (omit ${v(c, 'strategy')} "rollingUpdate") ${v(c, 'strategy')} (or (eq ${v(c, 'strategy.type')} "Recreate") (not ${v(c, 'strategy.rollingUpdate')})))`;
  if (!whenNull) return stripped;
  const own = `(dict "type" "RollingUpdate" "rollingUpdate" (dict "maxSurge" ${whenNull.maxSurge} "maxUnavailable" ${whenNull.maxUnavailable}))`;
  return `(ternary ${own} ${stripped} (and (eq ${v(c, 'strategy.type')} "RollingUpdate") (not ${v(c, 'strategy.rollingUpdate')})))`;
}

