// PodDisruptionBudget builder: only when a component can have more than one pod.
import { expr, map, when, yaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata, selectorLabels } from '../helpers/meta.js';
import { v, type Component } from '../helpers/names.js';

/** True when the component may run more than one pod (fixed replicas or autoscaling). */
export const canHaveManyPods = (c: Component): string =>
  `or (gt (int ${v(c, 'replicas')}) 1) (and ${v(c, 'autoscaling.enabled')} (gt (int ${v(c, 'autoscaling.maxReplicas')}) 1))`;

export const pdbGuard = (c: Component): string => `and ${v(c, 'pdb.enabled')} (${canHaveManyPods(c)})`;

export function pdb(c: Component): PlainMap {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadata({ owner: c }),
    spec: map(
      when(
        `not (kindIs "invalid" ${v(c, 'pdb.minAvailable')})`,
        { minAvailable: expr(v(c, 'pdb.minAvailable')) },
        { maxUnavailable: expr(`${v(c, 'pdb.maxUnavailable')} | default 1`) },
      ),
      { selector: { matchLabels: yaml(selectorLabels(c)) }, unhealthyPodEvictionPolicy: expr(v(c, 'pdb.unhealthyPodEvictionPolicy')) },
    ),
  };
}
