// Where pods run: node selection, tolerations, spreading. Per component, so GPU settings never leak onto CPU pods.
import { z } from 'zod';
import { doc, labelMap, nullableName, passthroughObject } from './primitives.js';

const toleration = z.strictObject({
  key: doc(z.string().nullable(), 'Taint key; null with operator Exists tolerates every taint.').optional(),
  operator: doc(z.enum(['Equal', 'Exists']), 'Equal compares value; Exists matches any value.').optional(),
  value: doc(z.string().nullable(), 'Taint value for operator Equal.').optional(),
  effect: doc(
    z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute', '']).nullable(),
    'Taint effect to tolerate; empty or null means all.',
  ).optional(),
  tolerationSeconds: doc(z.int().nullable(), 'For NoExecute: seconds the pod stays bound after the taint appears.').optional(),
});

export function schedulingShape(d: { tolerations: z.input<typeof toleration>[]; antiAffinity: 'soft' | 'hard' | 'none' }) {
  return {
    nodeSelector: labelMap('Node labels the pods must match.', {}, [{ 'nvidia.com/gpu.present': 'true' }]),
    tolerations: doc(z.array(toleration), 'Tolerations for node taints (this component only).').default(() =>
      structuredClone(d.tolerations),
    ),
    affinity: doc(passthroughObject(), 'Kubernetes affinity rules, used verbatim; when set, podAntiAffinityPreset is not applied.').default(
      {},
    ),
    podAntiAffinityPreset: doc(
      z.enum(['soft', 'hard', 'none']),
      "Spread replicas over nodes using the component's own selector labels: soft (preferred), hard (required) or none.",
    ).default(d.antiAffinity),
    topologySpreadConstraints: doc(
      z.array(passthroughObject()),
      "Topology spread constraints; a constraint without labelSelector gets the component's selector labels.",
      [[{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway' }]],
    ).default([]),
    priorityClassName: nullableName('PriorityClass of the pods.'),
    runtimeClassName: nullableName('RuntimeClass of the pods (e.g. "nvidia"); null uses the cluster default and is never forced.', [
      'nvidia',
    ]),
  };
}

export type Toleration = z.output<typeof toleration>;
