// Builds one JSON Schema document holding every type the chart may render: the Kubernetes
// OpenAPI v3 component schemas plus the openAPIV3Schema of each served CRD version, made
// strict the way `kubeconform --strict` is (a field no schema declares is an error) and
// adapted to Kubernetes' OpenAPI extensions. The result is cached by content key.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { cacheDir } from './cache-dir.js';
import { moduleDir } from './go-modules.js';
import { CRD_SOURCES, KUBERNETES, type GoModule } from './schema-sources.js';

export type JsonSchema = { [key: string]: unknown };

export interface SchemaIndex {
  /** "apiVersion/Kind" (e.g. "apps/v1/Deployment", "v1/Service") -> definition name. */
  kinds: Record<string, string>;
  /** One JSON Schema document; definitions reference each other as #/definitions/<name>. */
  root: { definitions: Record<string, JsonSchema> };
  /** Where each schema came from, for messages. */
  sources: string[];
  /**
   * Kubernetes fields whose spec description says they are alpha or behind a feature gate in
   * this release: "<definition>.<property>" -> the description (see kube-features.ts).
   */
  gated: Record<string, string>;
}

/** Bump when the transformation below changes, so cached indexes are rebuilt. */
const BUILDER_VERSION = 7;

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** Keywords that carry no validation meaning here and only slow compilation down. */
const DROPPED = new Set([
  'description',
  'default',
  'example',
  'x-kubernetes-validations',
  'x-kubernetes-action',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-unions',
  'x-kubernetes-map-type',
  'x-kubernetes-group-version-kind',
  'externalDocs',
]);

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'];

/** Recursively rewrites one OpenAPI schema node into a strict JSON Schema (draft-07) node. */
function strictify(node: unknown, inCombinator = false, keepDefaults = false): unknown {
  if (Array.isArray(node)) return node.map((n) => strictify(n, inCombinator, keepDefaults));
  if (!node || typeof node !== 'object') return node;
  const src = node as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(src)) {
    if (DROPPED.has(key) && !(key === 'default' && keepDefaults)) continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, strictify(v, inCombinator, keepDefaults)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      out[key] = typeof value === 'object' ? strictify(value, inCombinator, keepDefaults) : value;
    } else if (key === 'not' || COMBINATORS.includes(key)) {
      // Branches of anyOf/oneOf/not constrain a value the surrounding schema already describes
      // (structural CRD schemas list only some properties there): never close them.
      out[key] = strictify(value, true, keepDefaults);
    } else if (key === '$ref') {
      out.$ref = (value as string).replace('#/components/schemas/', '#/definitions/');
    } else {
      out[key] = value;
    }
  }
  // IntOrString: the oneOf/anyOf next to the format says everything; the format is not a JSON Schema one.
  if (out.format === 'int-or-string') delete out.format;
  if (out['x-kubernetes-int-or-string'] === true) {
    delete out['x-kubernetes-int-or-string'];
    if (!out.anyOf && !out.oneOf) {
      delete out.type;
      out.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
  }
  // OpenAPI's nullable becomes a JSON Schema type union (ajv rejects nullable without type).
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  // Embedded resources (e.g. RawExtension-like fields in CRDs) always allow the object header.
  if (out['x-kubernetes-embedded-resource'] === true && out.properties) {
    const props = out.properties as JsonSchema;
    props.apiVersion ??= { type: 'string' };
    props.kind ??= { type: 'string' };
    props.metadata ??= { $ref: `#/definitions/${OBJECT_META}` };
  }
  // Strict: an object that lists its properties accepts no others, unless it explicitly keeps unknown fields.
  const preserve = out['x-kubernetes-preserve-unknown-fields'] === true;
  if (out.properties && !preserve && !inCombinator && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/**
 * Closed value sets the API server enforces but the published OpenAPI spec leaves as plain
 * strings (facts from the Kubernetes API reference). `[]` suffix: applies to array items.
 */
const KNOWN_ENUMS: Record<string, Record<string, string[]>> = {
  'io.k8s.api.core.v1.Container': {
    imagePullPolicy: ['Always', 'IfNotPresent', 'Never'],
    terminationMessagePolicy: ['File', 'FallbackToLogsOnError'],
  },
  'io.k8s.api.core.v1.ContainerPort': { protocol: ['TCP', 'UDP', 'SCTP'] },
  'io.k8s.api.core.v1.ServicePort': { protocol: ['TCP', 'UDP', 'SCTP'] },
  'io.k8s.api.core.v1.ServiceSpec': { type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
  'io.k8s.api.core.v1.PodSpec': {
    restartPolicy: ['Always', 'OnFailure', 'Never'],
    dnsPolicy: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  },
  'io.k8s.api.core.v1.SeccompProfile': { type: ['RuntimeDefault', 'Localhost', 'Unconfined'] },
  'io.k8s.api.core.v1.Toleration': { operator: ['Exists', 'Equal'], effect: ['', 'NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
  'io.k8s.api.core.v1.TopologySpreadConstraint': { whenUnsatisfiable: ['DoNotSchedule', 'ScheduleAnyway'] },
  'io.k8s.api.core.v1.PersistentVolumeClaimSpec': {
    volumeMode: ['Filesystem', 'Block'],
    'accessModes[]': ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'],
  },
  'io.k8s.api.core.v1.PersistentVolumeSpec': {
    persistentVolumeReclaimPolicy: ['Retain', 'Delete', 'Recycle'],
    volumeMode: ['Filesystem', 'Block'],
    'accessModes[]': ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'],
  },
  'io.k8s.api.apps.v1.DeploymentStrategy': { type: ['Recreate', 'RollingUpdate'] },
  'io.k8s.api.batch.v1.CronJobSpec': { concurrencyPolicy: ['Allow', 'Forbid', 'Replace'] },
  'io.k8s.api.networking.v1.HTTPIngressPath': { pathType: ['Exact', 'Prefix', 'ImplementationSpecific'] },
  'io.k8s.api.networking.v1.NetworkPolicySpec': { 'policyTypes[]': ['Ingress', 'Egress'] },
};

function addKnownEnums(defs: Record<string, JsonSchema>): void {
  for (const [def, props] of Object.entries(KNOWN_ENUMS)) {
    for (const [prop, values] of Object.entries(props)) {
      const field = (defs[def]?.properties as Record<string, JsonSchema> | undefined)?.[prop.replace('[]', '')];
      if (!field) throw new Error(`KNOWN_ENUMS: ${def}.${prop} is not in the Kubernetes spec`);
      const target = prop.endsWith('[]') ? (field.items as JsonSchema) : field;
      target.enum = values;
    }
  }
}

/** Descriptions that mark a field as not generally available (alpha, or on only behind a feature gate). */
const GATED_DESCRIPTION = /\balpha\b|feature[ -]?gate|featuregate/i;

function gatedProperties(name: string, schema: JsonSchema, gated: Record<string, string>): void {
  for (const [prop, field] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    const description = typeof field.description === 'string' ? field.description : '';
    if (GATED_DESCRIPTION.test(description)) gated[`${name}.${prop}`] = description.replace(/\s+/g, ' ');
  }
}

async function kubernetesDefinitions(
  kubernetes: GoModule,
  defs: Record<string, JsonSchema>,
  kinds: Record<string, string>,
  gated: Record<string, string>,
): Promise<string> {
  const dir = path.join(await moduleDir(kubernetes), 'api', 'openapi-spec', 'v3');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const spec = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as {
      components?: { schemas?: Record<string, JsonSchema> };
    };
    for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
      if (defs[name]) continue;
      gatedProperties(name, schema, gated);
      const gvks = (schema['x-kubernetes-group-version-kind'] ?? []) as { group: string; version: string; kind: string }[];
      defs[name] = strictify(schema) as JsonSchema;
      // Only top-level resources with a single identity become entry points (skips WatchEvent etc.).
      if (gvks.length === 1 && (defs[name].properties as JsonSchema | undefined)?.metadata) {
        const g = gvks[0]!;
        kinds[`${g.group ? `${g.group}/` : ''}${g.version}/${g.kind}`] = name;
      }
    }
  }
  addKnownEnums(defs);
  return `${kubernetes.path}@${kubernetes.version} api/openapi-spec/v3`;
}

interface Crd {
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; served: boolean; schema?: { openAPIV3Schema?: JsonSchema } }[];
  };
}

async function crdDefinitions(defs: Record<string, JsonSchema>, kinds: Record<string, string>): Promise<string[]> {
  const sources: string[] = [];
  for (const source of CRD_SOURCES) {
    const dir = await moduleDir(source.module);
    for (const file of source.files) {
      const crd = YAML.parse(await readFile(path.join(dir, file), 'utf8')) as Crd;
      for (const version of crd.spec.versions) {
        const schema = version.schema?.openAPIV3Schema;
        if (!version.served || !schema) continue;
        const apiVersion = `${crd.spec.group}/${version.name}`;
        const name = `crd.${crd.spec.group}.${version.name}.${crd.spec.names.kind}`;
        // The API server applies CRD defaults before validating (some CRD rules rely on them).
        const strict = strictify(schema, false, true) as JsonSchema;
        // CRD schemas only say `metadata: {type: object}`; the API server applies ObjectMeta.
        (strict.properties as JsonSchema).metadata = { $ref: `#/definitions/${OBJECT_META}` };
        defs[name] = strict;
        kinds[`${apiVersion}/${crd.spec.names.kind}`] = name;
      }
      sources.push(`${source.module.path}@${source.module.version} ${file}`);
    }
  }
  return sources;
}

export async function buildSchemaIndex(kubernetes: GoModule = KUBERNETES): Promise<SchemaIndex> {
  const definitions: Record<string, JsonSchema> = {};
  const kinds: Record<string, string> = {};
  const gated: Record<string, string> = {};
  const sources = [await kubernetesDefinitions(kubernetes, definitions, kinds, gated), ...(await crdDefinitions(definitions, kinds))];
  return { kinds, root: { definitions }, sources, gated };
}

function indexKey(kubernetes: GoModule): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ BUILDER_VERSION, KUBERNETES: kubernetes, CRD_SOURCES }))
    .digest('hex')
    .slice(0, 16);
  return `kube-schema-${kubernetes.version}-${hash}.json`;
}

/** The index of one Kubernetes release, from the cache when present, else built from the Go module cache and stored. */
export async function loadSchemaIndex(kubernetes: GoModule = KUBERNETES): Promise<SchemaIndex> {
  const file = path.join(cacheDir(), indexKey(kubernetes));
  try {
    return JSON.parse(await readFile(file, 'utf8')) as SchemaIndex;
  } catch {
    const index = await buildSchemaIndex(kubernetes);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(index));
    await rename(tmp, file);
    return index;
  }
}
