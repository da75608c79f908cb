// Deployment builder: the pod skeleton all three components share (labels, service account,
// security, scheduling, extra containers/volumes); components pass their containers and volumes.
import { expr, inline, map, splice, toYamlIfSet, when, yaml, type MapPart, type PlainMap, type SeqPart, type Value, type When } from '../gotpl/yaml.js';
import { annotations, metadata, selVar } from '../helpers/meta.js';
import { nameOf, v, type Component } from '../helpers/names.js';
import { scheduling, securityContext } from '../helpers/pod.js';

export interface PodParts {
  c: Component;
  /** main container (list item map) */
  container: Value;
  /** chart-owned init containers placed before the user's, rendered when `guard` holds */
  initContainers?: { guard: string; items: SeqPart[] };
  /** chart-owned volumes (list items) */
  volumes: SeqPart[];
  /** pod-template annotations computed by the chart (e.g. config checksums) */
  podAnnotations?: MapPart[];
}

/** Name of the component's ServiceAccount (own one by default; "default" only when create is false and no name). */
export const serviceAccountName = (c: Component): string =>
  `ternary (${v(c, 'serviceAccount.name')} | default (${nameOf(c.label)})) (${v(c, 'serviceAccount.name')} | default "default") ${v(c, 'serviceAccount.create')}`;

export function deployment(p: PodParts): PlainMap {
  const { c } = p;
  const podMeta: PlainMap = {
    labels: map(inline(`include "llm-router.labels" (dict "root" $ "selector" ${selVar(c)} "extra" ${v(c, 'podLabels')})`)),
    annotations: p.podAnnotations ? annotations(p.podAnnotations, v(c, 'podAnnotations')) : toYamlIfSet(v(c, 'podAnnotations')),
  };
  const initContainers: When = when(p.initContainers ? `or (${p.initContainers.guard}) ${v(c, 'initContainers')}` : v(c, 'initContainers'), {
    initContainers: [...(p.initContainers?.items ?? []), splice(v(c, 'initContainers'))],
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata({ owner: c }),
    spec: {
      // An autoscaler owns the replica count while enabled.
      replicas: when(`not ${v(c, 'autoscaling.enabled')}`, expr(v(c, 'replicas'))),
      selector: { matchLabels: yaml(`toYaml ${selVar(c)}`) },
      strategy: toYamlIfSet(stripNullRollingUpdate(c)),
      template: {
        metadata: podMeta,
        spec: map(
          {
            serviceAccountName: expr(serviceAccountName(c)),
            automountServiceAccountToken: expr(v(c, 'serviceAccount.automount')),
            imagePullSecrets: toYamlIfSet('$.Values.global.imagePullSecrets'),
            securityContext: securityContext(v(c, 'podSecurityContext')),
          },
          ...scheduling(c),
          { terminationGracePeriodSeconds: expr(v(c, 'terminationGracePeriodSeconds')) },
          initContainers,
          {
            containers: [p.container, splice(v(c, 'sidecars'))],
            volumes: [...p.volumes, splice(v(c, 'extraVolumes'))],
          },
        ),
      },
    },
  };
}

/** Recreate must not carry a rollingUpdate block, and a null one is left out (Kubernetes defaults apply). */
function stripNullRollingUpdate(c: Component): string {
  return `(ternary (omit ${v(c, 'strategy')} "rollingUpdate") ${v(c, 'strategy')} (or (eq ${v(c, 'strategy.type')} "Recreate") (not ${v(c, 'strategy.rollingUpdate')})))`;
}

