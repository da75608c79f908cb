// KEDA ScaledObject builder for the router-server (GPU pods scale on Triton metrics, not CPU).
import { expr, toYaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { SERVER, v } from '../helpers/names.js';
import { scaleTargetRef } from './hpa.js';

export function scaledObject(): PlainMap {
  const a = v(SERVER, 'autoscaling');
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: metadata({ owner: SERVER }),
    spec: {
      scaleTargetRef: scaleTargetRef(SERVER),
      minReplicaCount: expr(`${a}.minReplicas`),
      maxReplicaCount: expr(`${a}.maxReplicas`),
      pollingInterval: expr(`${a}.pollingInterval`),
      cooldownPeriod: expr(`${a}.cooldownPeriod`),
      triggers: toYaml(`${a}.triggers`),
    },
  };
}
