// Deployment builder: the pod skeleton all three components share (labels, service account,
// security, scheduling, extra containers/volumes); components pass their containers and volumes.
import {
  expr,
  map,
  splice,
  toYamlIfSet,
  when,
  yaml,
  type MapPart,
  type PlainMap,
  type SeqPart,
  type Value,
  type When,
} from '../gotpl/yaml.js';
import { annotations, metadata, podTemplateLabels, selectorLabels } from '../helpers/meta.js';
import { v, type Component } from '../helpers/names.js';
import { imagePullSecrets, scheduling, securityContext, serviceAccountName, strategy } from '../helpers/pod.js';

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
  /** rollingUpdate used when strategy.type is RollingUpdate and rollingUpdate is null (else Kubernetes' 25% defaults) */
  rollingUpdateWhenNull?: { maxSurge: number; maxUnavailable: number };
}

export function deployment(p: PodParts): PlainMap {
  const { c } = p;
  const initContainers: When = when(
    p.initContainers ? `or (${p.initContainers.guard}) ${v(c, 'initContainers')}` : v(c, 'initContainers'),
    {
      initContainers: [...(p.initContainers?.items ?? []), splice(v(c, 'initContainers'))],
    },
  );
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata({ owner: c }),
    spec: {
      // An autoscaler owns the replica count while enabled.
      replicas: when(`not ${v(c, 'autoscaling.enabled')}`, expr(v(c, 'replicas'))),
      selector: { matchLabels: yaml(selectorLabels(c)) },
      strategy: strategy(c, p.rollingUpdateWhenNull),
      template: {
        metadata: {
          labels: yaml(podTemplateLabels(c, v(c, 'podLabels'))),
          annotations: p.podAnnotations ? annotations(p.podAnnotations, v(c, 'podAnnotations')) : toYamlIfSet(v(c, 'podAnnotations')),
        },
        spec: map(
          {
            serviceAccountName: expr(serviceAccountName(c)),
            automountServiceAccountToken: expr(v(c, 'serviceAccount.automount')),
            imagePullSecrets: imagePullSecrets(),
            securityContext: securityContext(v(c, 'podSecurityContext')),
          },
          scheduling(c),
          { terminationGracePeriodSeconds: expr(v(c, 'terminationGracePeriodSeconds')) },
          initContainers,
          {
            containers: [p.container, splice(v(c, 'sidecars'))],
            // the components' volumes, then the user's extraVolumes (once)
            volumes: [...p.volumes, splice(v(c, 'extraVolumes'))],
          },
        ),
      },
    },
  };
}
