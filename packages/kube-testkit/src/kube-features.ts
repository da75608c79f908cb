// Fields whose acceptance depends on the Kubernetes minor. The OpenAPI spec of a minor lists
// alpha and feature-gated fields like any other, and an API server whose gate is off drops them
// silently or rejects the object, so schema validation alone cannot see the difference. Two
// sources find them: VERSIONED_FIELDS (facts from the Kubernetes changelogs and feature-gate
// tables) and each minor's spec descriptions ("alpha", "feature gate"; SchemaIndex.gated).
import type { KubeObject } from './manifests.js';
import type { JsonSchema, SchemaIndex } from './schema-index.js';

export interface VersionedField {
  /** "<OpenAPI definition>.<property>" */
  field: string;
  /** Only when the value needs the newer minor (default: any value). */
  when?: (value: unknown) => boolean;
  /** First minor whose API server accepts and honours it with default feature gates. */
  since: string;
  gate: string;
  history: string;
}

/** Fields the chart renders, or may render, that not every Kubernetes minor accepts. */
export const VERSIONED_FIELDS: VersionedField[] = [
  {
    field: 'io.k8s.api.core.v1.LifecycleHandler.sleep',
    since: '1.30',
    gate: 'PodLifecycleSleepAction',
    history: 'alpha and off by default in 1.29, beta and on by default in 1.30, GA in 1.34',
  },
  {
    field: 'io.k8s.api.core.v1.SleepAction.seconds',
    when: (v) => v === 0,
    since: '1.33',
    gate: 'PodLifecycleSleepActionAllowZero',
    history: 'sleep of 0 seconds: alpha in 1.32, beta and on by default in 1.33',
  },
  {
    field: 'io.k8s.api.policy.v1.PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy',
    since: '1.27',
    gate: 'PDBUnhealthyPodEvictionPolicy',
    history: 'beta and on by default in 1.27, GA in 1.31',
  },
  {
    field: 'io.k8s.api.core.v1.ServiceSpec.trafficDistribution',
    since: '1.31',
    gate: 'ServiceTrafficDistribution',
    history: 'alpha in 1.30, beta and on by default in 1.31, GA in 1.33',
  },
  {
    field: 'io.k8s.api.core.v1.Container.restartPolicy',
    since: '1.29',
    gate: 'SidecarContainers',
    history: 'restartPolicy: Always on an init container (sidecar): beta and on by default in 1.29, GA in 1.33',
  },
  {
    field: 'io.k8s.api.core.v1.PodSpec.hostUsers',
    when: (v) => v === false,
    since: '1.33',
    gate: 'UserNamespacesSupport',
    history: 'beta but off by default in 1.30-1.32 (hostUsers: false is dropped), on by default from 1.33',
  },
  {
    field: 'io.k8s.api.core.v1.Container.resizePolicy',
    since: '1.33',
    gate: 'InPlacePodVerticalScaling',
    history: 'alpha in 1.27, beta and on by default in 1.33',
  },
  {
    field: 'io.k8s.api.core.v1.PodSpec.resources',
    since: '1.34',
    gate: 'PodLevelResources',
    history: 'pod-level resources: alpha in 1.32, beta and on by default in 1.34',
  },
];

/**
 * Fields whose spec description mentions alpha or a feature gate, reviewed: the chart renders
 * them only in a form every supported minor accepts.
 */
export const REVIEWED_GATED_FIELDS: Record<string, string> = {
  'io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec.minReplicas':
    'only 0 needs the alpha HPAScaleToZero gate; the values schema keeps minReplicas >= 1',
  'io.k8s.api.core.v1.Toleration.operator':
    'only Lt/Gt need the TaintTolerationComparisonOperators gate (1.35+); the values schema allows Equal and Exists',
};

export interface FieldUse {
  /** "<definition>.<property>" */
  field: string;
  /** JSON pointer in the object */
  path: string;
  value: unknown;
}

/** Every field of an object with the definition that declares it, found by walking the index's schemas. */
export function fieldUses(obj: KubeObject, index: SchemaIndex): FieldUse[] {
  const defs = index.root.definitions;
  const uses: FieldUse[] = [];
  const resolve = (schema: JsonSchema | undefined): { name?: string; schema?: JsonSchema } => {
    let name: string | undefined;
    let s = schema;
    for (let i = 0; s?.$ref && i < 10; i++) {
      name = String(s.$ref).replace('#/definitions/', '');
      s = defs[name];
    }
    // a property that is a single-entry allOf around a $ref (how OpenAPI v3 adds a description)
    if (s && Array.isArray(s.allOf) && s.allOf.length === 1 && !s.properties) return resolve(s.allOf[0] as JsonSchema);
    return { name, schema: s };
  };
  const walk = (value: unknown, defName: string | undefined, schema: JsonSchema | undefined, path: string): void => {
    if (!schema || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const items = resolve(schema.items as JsonSchema | undefined);
      value.forEach((v, i) => walk(v, items.name, items.schema, `${path}/${i}`));
      return;
    }
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    if (!props) return;
    for (const [key, v] of Object.entries(value)) {
      const field = props[key];
      if (!field) continue;
      if (defName) uses.push({ field: `${defName}.${key}`, path: `${path}/${key}`, value: v });
      const child = resolve(field);
      const childSchema = child.schema;
      if (childSchema?.type === 'array' || Array.isArray(v)) {
        const items = resolve((childSchema?.items ?? field.items) as JsonSchema | undefined);
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, items.name, items.schema, `${path}/${key}/${i}`));
      } else {
        walk(v, child.name, childSchema, `${path}/${key}`);
      }
    }
  };
  const root = index.kinds[`${obj.apiVersion}/${obj.kind}`];
  if (root) walk(obj, root, defs[root], '');
  return uses;
}

const minorNumber = (minor: string) => Number(minor.split('.')[1]);

export interface FeatureProblem {
  object: string;
  path: string;
  message: string;
}

/**
 * What in `objects`, rendered for Kubernetes `minor`, that minor's API server would reject or
 * silently drop: VERSIONED_FIELDS newer than `minor`, and fields the minor's spec marks alpha or
 * gated that nobody has reviewed yet.
 */
export function featureProblems(objects: KubeObject[], index: SchemaIndex, minor: string): FeatureProblem[] {
  const problems: FeatureProblem[] = [];
  for (const obj of objects) {
    const object = `${obj.kind ?? '?'} ${obj.metadata?.name ?? '?'}`;
    for (const use of fieldUses(obj, index)) {
      const known = VERSIONED_FIELDS.filter((f) => f.field === use.field);
      for (const f of known) {
        if ((f.when ?? (() => true))(use.value) && minorNumber(f.since) > minorNumber(minor)) {
          problems.push({
            object,
            path: use.path,
            message: `needs Kubernetes ${f.since} (${f.gate}: ${f.history}), rendered for ${minor}`,
          });
        }
      }
      const gated = index.gated[use.field];
      if (gated && known.length === 0 && !REVIEWED_GATED_FIELDS[use.field]) {
        problems.push({
          object,
          path: use.path,
          message: `the Kubernetes ${minor} spec marks ${use.field} as alpha or feature-gated ("${gated.slice(0, 200)}"): add it to VERSIONED_FIELDS or REVIEWED_GATED_FIELDS in kube-features.ts`,
        });
      }
    }
  }
  return problems;
}
