// Validates rendered Kubernetes objects against the schema index (one Kubernetes minor's OpenAPI + CRDs)
// with ajv. Unknown kinds, unknown fields, wrong types, bad enums and duplicate keys in
// Kubernetes "map" lists (e.g. two env vars with one name) are all errors.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { KubeObject } from './manifests.js';
import { loadSchemaIndex, type SchemaIndex } from './schema-index.js';
import { KUBERNETES, type GoModule } from './schema-sources.js';

export interface Problem {
  object: string;
  path: string;
  message: string;
}

const INT32 = 2 ** 31;

function listKeyOf(item: unknown, keys: string[]): string {
  const obj = (item ?? {}) as Record<string, unknown>;
  // containerPort/protocol is the one map key with a server-side default that matters here.
  return JSON.stringify(keys.map((k) => obj[k] ?? (k === 'protocol' ? 'TCP' : null)));
}

/**
 * CRD patterns are Go RE2 syntax: translate the inline flags JavaScript lacks ((?i), (?s)) and
 * \z; a pattern JavaScript still cannot express is not enforced rather than breaking the schema.
 */
export const unenforcedPatterns = new Set<string>();
function goRegExp(pattern: string): { test: (s: string) => boolean } {
  let flags = '';
  const src = pattern
    .replace(/^(\^?)\(\?([is]+)\)/, (_m, anchor: string, f: string) => {
      flags = f;
      return anchor;
    })
    .replace(/\\z/g, '$');
  try {
    return new RegExp(src, flags);
  } catch {
    unenforcedPatterns.add(pattern);
    return { test: () => true };
  }
}
goRegExp.code = 'goRegExp';

function makeAjv(): Ajv {
  const ajv = new Ajv({
    strict: false,
    useDefaults: true,
    allErrors: true,
    validateFormats: true,
    code: { regExp: goRegExp as never },
  });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  // Kubernetes list semantics: "map" lists are keyed by x-kubernetes-list-map-keys, "set" lists hold unique items.
  ajv.addKeyword({
    keyword: 'x-kubernetes-list-type',
    type: 'array',
    schemaType: 'string',
    errors: true,
    validate: function listType(this: unknown, kind: string, data: unknown[], parent?: Record<string, unknown>) {
      const keys = parent?.['x-kubernetes-list-map-keys'] as string[] | undefined;
      if (kind !== 'map' && kind !== 'set') return true;
      const seen = new Set<string>();
      for (const item of data) {
        const key = kind === 'map' && keys ? listKeyOf(item, keys) : JSON.stringify(item);
        if (seen.has(key)) {
          (listType as unknown as { errors: Partial<ErrorObject>[] }).errors = [
            {
              keyword: 'x-kubernetes-list-type',
              message: `duplicate entry ${key} in a list keyed by ${keys?.join('+') ?? 'value'}`,
              params: {},
            },
          ];
          return false;
        }
        seen.add(key);
      }
      return true;
    },
  });
  // Known OpenAPI formats that constrain nothing we can check (or that Kubernetes checks differently).
  for (const f of [
    'int-or-string',
    'quantity',
    'duration',
    'uri',
    'hostname',
    'email',
    'uuid',
    'password',
    'date',
    'ipv4',
    'ipv6',
    'cidr',
  ]) {
    ajv.addFormat(f, true);
  }
  return ajv;
}

function describe(obj: KubeObject): string {
  const ns = obj.metadata?.namespace ? `${obj.metadata.namespace}/` : '';
  return `${obj.kind ?? '?'} ${ns}${obj.metadata?.name ?? '?'}`;
}

function formatError(e: ErrorObject): { path: string; message: string } {
  const where = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') {
    return { path: `${where === '/' ? '' : where}/${String(e.params.additionalProperty)}`, message: 'unknown field' };
  }
  if (e.keyword === 'enum') return { path: where, message: `${e.message}: ${JSON.stringify(e.params.allowedValues)}` };
  return { path: where, message: e.message ?? e.keyword };
}

export class KubeValidator {
  private readonly ajv = makeAjv();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    readonly index: SchemaIndex,
    /** e.g. "1.32", for messages */
    readonly kubernetesMinor = 'the pinned version',
  ) {
    this.ajv.addSchema({ $id: 'kube', definitions: index.root.definitions });
    // Register every format a CRD mentions that we do not know, so ajv accepts the schema.
    const formats = new Set<string>();
    JSON.stringify(index.root, (k, v) => {
      if (k === 'format' && typeof v === 'string') formats.add(v);
      return v;
    });
    for (const f of formats) if (!this.ajv.formats[f]) this.ajv.addFormat(f, true);
  }

  /** A validator for one Kubernetes release (default: the newest supported minor). */
  static async create(kubernetes: GoModule = KUBERNETES): Promise<KubeValidator> {
    return new KubeValidator(await loadSchemaIndex(kubernetes), kubernetes.version.replace(/^v(\d+\.\d+)\..*$/, '$1'));
  }

  knows(apiVersion: string, kind: string): boolean {
    return `${apiVersion}/${kind}` in this.index.kinds;
  }

  /** Compiles (once) the validator of an "apiVersion/Kind" key. */
  compile(key: string): ValidateFunction | undefined {
    const def = this.index.kinds[key];
    if (!def) return undefined;
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.getSchema(`kube#/definitions/${def}`);
      if (!fn) throw new Error(`schema ${def} did not compile`);
      this.compiled.set(key, fn);
    }
    return fn;
  }

  /** Every problem of one object (empty when valid). */
  validate(obj: KubeObject): Problem[] {
    const object = describe(obj);
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
      return [{ object, path: '/', message: 'apiVersion and kind are required strings' }];
    }
    const fn = this.compile(`${obj.apiVersion}/${obj.kind}`);
    if (!fn)
      return [
        {
          object,
          path: '/',
          message: `no schema for ${obj.apiVersion} ${obj.kind} (Kubernetes ${this.kubernetesMinor} or the known CRDs)`,
        },
      ];
    const problems: Problem[] = [];
    if (!obj.metadata?.name) problems.push({ object, path: '/metadata/name', message: 'is required' });
    // Defaults (CRD schemas only) are applied to a copy, as the API server would before validating.
    // ajv fills them while validating, after evaluating anyOf/not rules, so the first pass only defaults.
    const defaulted = structuredClone(obj);
    fn(defaulted);
    if (!fn(defaulted)) {
      for (const e of fn.errors ?? []) problems.push({ object, ...formatError(e) });
    }
    return problems;
  }

  validateAll(objects: KubeObject[]): Problem[] {
    return objects.flatMap((o) => this.validate(o));
  }
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.object}: ${p.path}: ${p.message}`).join('\n');
}
