// PodDisruptionBudget builder: only when a component can have more than one pod.
import { expr, indented, when, spread, type MapNode } from '../gotpl/yaml.js';
import { metadata, selVar } from '../helpers/meta.js';
import { v, type Component } from '../helpers/names.js';

/** True when the component may run more than one pod (fixed replicas or autoscaling). */
export const canHaveManyPods = (c: Component): string =>
  `or (gt (int ${v(c, 'replicas')}) 1) (and ${v(c, 'autoscaling.enabled')} (gt (int ${v(c, 'autoscaling.maxReplicas')}) 1))`;

export const pdbGuard = (c: Component): string => `and ${v(c, 'pdb.enabled')} (${canHaveManyPods(c)})`;

export function pdb(c: Component): MapNode {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadata({ owner: c }),
    spec: {
      [spread()]: when(
        `not (kindIs "invalid" ${v(c, 'pdb.minAvailable')})`,
        { minAvailable: expr(v(c, 'pdb.minAvailable')) },
        { maxUnavailable: expr(`${v(c, 'pdb.maxUnavailable')} | default 1`) },
      ),
      selector: { matchLabels: indented(`toYaml ${selVar(c)}`) },
      unhealthyPodEvictionPolicy: expr(v(c, 'pdb.unhealthyPodEvictionPolicy')),
    },
  };
}
