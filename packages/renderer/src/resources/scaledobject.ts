// KEDA ScaledObject builder: scales a component's Deployment on the triggers from values (e.g. Triton
// metrics for GPU pods, where CPU says little).
import { expr, toYaml, withValue, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { v, type Component } from '../helpers/names.js';
import { scaleTargetRef } from './hpa.js';

export function scaledObject(c: Component): PlainMap {
  const a = v(c, 'autoscaling');
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: metadata({ owner: c }),
    spec: {
      scaleTargetRef: scaleTargetRef(c),
      minReplicaCount: expr(`${a}.minReplicas`),
      maxReplicaCount: expr(`${a}.maxReplicas`),
      pollingInterval: expr(`${a}.pollingInterval`),
      cooldownPeriod: expr(`${a}.cooldownPeriod`),
      triggers: toYaml(`${a}.triggers`),
      // KEDA hands `behavior` to the HPA it creates; without it scale-down waits the HPA's default 300 s window
      advanced: withValue(`${a}.behavior`, { horizontalPodAutoscalerConfig: { behavior: toYaml('.') } }),
    },
  };
}
