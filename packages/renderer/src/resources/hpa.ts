// HorizontalPodAutoscaler builder (controller and app): CPU and/or memory targets from values.
import { expr, toYamlIfSet, when, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { nameOf, v, type Component } from '../helpers/names.js';

const resourceMetric = (name: string, target: string): PlainMap => ({
  type: 'Resource',
  resource: { name, target: { type: 'Utilization', averageUtilization: expr(target) } },
});

/** The component's Deployment, as every autoscaler (HPA, KEDA ScaledObject) targets it. */
export const scaleTargetRef = (c: Component): PlainMap => ({ apiVersion: 'apps/v1', kind: 'Deployment', name: expr(nameOf(c.label)) });

export function hpa(c: Component): PlainMap {
  const a = v(c, 'autoscaling');
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: metadata({ owner: c }),
    spec: {
      scaleTargetRef: scaleTargetRef(c),
      minReplicas: expr(`${a}.minReplicas`),
      maxReplicas: expr(`${a}.maxReplicas`),
      metrics: [
        when(`${a}.targetCPUUtilizationPercentage`, resourceMetric('cpu', `${a}.targetCPUUtilizationPercentage`)),
        when(`${a}.targetMemoryUtilizationPercentage`, resourceMetric('memory', `${a}.targetMemoryUtilizationPercentage`)),
      ],
      behavior: toYamlIfSet(`${a}.behavior`),
    },
  };
}
