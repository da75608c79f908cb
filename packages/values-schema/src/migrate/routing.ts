// routerController.config + routerController.env -> typed policies, API-key Secret references and
// extraEnv. Upstream feeds NVIDIA_API_KEY from apiKeySecret/apiKeySecretKey and any other ${VAR}
// from routerController.env; ours reads each key as an env var named after its Secret key. Inline
// keys never reach the output: they become Secret references plus a command to create the Secret.
import { parseDocument } from 'yaml';
import { COMPLEXITY_ROUTER_TABLE, TASK_ROUTER_TABLE } from '../schema/policies.js';
import { ENV_NAME_PATTERN } from '../schema/primitives.js';
import { isMap, type Ledger } from './ledger.js';
import { UPSTREAM_API_BASE, UPSTREAM_API_KEY, UPSTREAM_COMPLEXITY_MODEL_KEYS, UPSTREAM_TASK_MODEL_KEYS } from './upstream.js';
import type { MigrationContext } from './context.js';

const C = 'routerController';
const CFG = `${C}.config`;
const POLICY_NAME = /^[A-Za-z0-9_-]+$/;
const VAR_REF = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const SECRET_LIKE = /KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i;

type EnvSource =
  | { kind: 'secret'; name: string; key: string; at: string }
  | { kind: 'literal'; at: string }
  | { kind: 'other'; at: string; entry: Record<string, unknown> };

interface ApiKeyRef {
  secretKey: string;
  /** Absent: apiKeys.existingSecret (upstream's apiKeySecret). */
  secretName?: string;
}

interface UpstreamLlm {
  name: unknown;
  api_base: unknown;
  api_key: unknown;
  model: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The env of upstream's controller container, by name (a later entry wins, as in Kubernetes). */
function envSources(l: Ledger): Map<string, EnvSource> {
  const sources = new Map<string, EnvSource>();
  const secret = str(l.get(`${CFG}.apiKeySecret`)) || UPSTREAM_API_KEY.secret;
  const key = str(l.get(`${CFG}.apiKeySecretKey`)) || UPSTREAM_API_KEY.key;
  sources.set(UPSTREAM_API_KEY.env, { kind: 'secret', name: secret, key, at: `${CFG}.apiKeySecret` });
  const env = l.get(`${C}.env`);
  if (env === undefined) return sources;
  if (Array.isArray(env) && env.length === 0) l.dropped(`${C}.env`, 'empty');
  if (!Array.isArray(env)) {
    l.error(`${C}.env`, 'must be a list of environment variables');
    return sources;
  }
  env.forEach((e, i) => {
    const at = `${C}.env[${i}]`;
    if (!isMap(e) || typeof e.name !== 'string' || e.name === '')
      return l.error(at, 'must be an environment variable {name, value | valueFrom}');
    const ref = isMap(e.valueFrom) && isMap(e.valueFrom.secretKeyRef) ? e.valueFrom.secretKeyRef : null;
    if (ref && typeof ref.name === 'string' && typeof ref.key === 'string' && Object.keys(e.valueFrom as object).length === 1)
      sources.set(e.name, { kind: 'secret', name: ref.name, key: ref.key, at });
    else if (e.valueFrom === undefined && SECRET_LIKE.test(e.name) && typeof e.value === 'string' && e.value !== '')
      sources.set(e.name, { kind: 'literal', at });
    else sources.set(e.name, { kind: 'other', at, entry: e });
  });
  return sources;
}

/** Name of the Secret migrate asks the user to create for keys that were inline. */
const migratedSecretName = (ctx: MigrationContext) => `${ctx.fullname.slice(0, 48).replace(/-+$/, '')}-migrated-keys`;

class KeyResolver {
  private readonly used = new Map<string, string | null>(); // secretKey -> secretName
  private readonly inline = new Map<string, string>(); // fingerprint of an inline key -> key name
  readonly varsUsedAsKeys = new Set<string>();
  /** Where an api_base lost its /v1 (reported once). */
  readonly v1Stripped: string[] = [];

  constructor(
    private readonly l: Ledger,
    private readonly ctx: MigrationContext,
    private readonly env: Map<string, EnvSource>,
    private readonly defaultSecret: string,
  ) {}

  /** A reference for api_key text; `at` names where it was found (for notes and commands). */
  resolve(apiKey: unknown, at: string, notePath: string): ApiKeyRef | null {
    const text = typeof apiKey === 'string' ? apiKey.trim() : '';
    if (text === '') {
      this.l.error(notePath, `${at}: api_key is empty (the controller refuses to start without one)`);
      return null;
    }
    const m = VAR_REF.exec(text);
    if (!m) return this.inlineKey(text, at, notePath);
    const name = m[1]!;
    this.varsUsedAsKeys.add(name);
    const src = this.env.get(name);
    if (src?.kind === 'secret') {
      if (ENV_NAME_PATTERN.test(src.key)) return this.ref(src.key, src.name === this.defaultSecret ? null : src.name, notePath);
      // our chart names the env var after the Secret key: copy the value under a usable key name
      const target = migratedSecretName(this.ctx);
      this.l.secret({
        secretName: target,
        key: name,
        command: `kubectl -n ${this.ctx.namespace} create secret generic ${target} --from-literal=${name}="$(kubectl -n ${this.ctx.namespace} get secret ${src.name} -o jsonpath='{.data.${src.key}}' | base64 -d)"`,
        why: `the key "${src.key}" of Secret ${src.name} is not an environment variable name, which our chart needs (${at})`,
      });
      this.l.decision(
        src.at,
        `the Secret key "${src.key}" cannot be an environment variable name; the key is copied into Secret ${target} as ${name} (command in the next steps)`,
      );
      return this.ref(name, target, notePath);
    }
    const target = migratedSecretName(this.ctx);
    if (src?.kind === 'literal') {
      this.l.secret({
        secretName: target,
        key: name,
        command: `kubectl -n ${this.ctx.namespace} create secret generic ${target} --from-literal=${name}='<the value of ${src.at}.value in your upstream values>'`,
        why: `${src.at} held the key inline`,
      });
      this.l.decision(
        src.at,
        `inline API key: it now comes from Secret ${target}, key ${name} (create it with the command in the next steps; the value is not copied)`,
      );
      return this.ref(name, target, notePath);
    }
    // nothing set the variable upstream: the controller sent the literal text "${VAR}" as the key
    this.l.secret({
      secretName: target,
      key: name,
      command: `kubectl -n ${this.ctx.namespace} create secret generic ${target} --from-literal=${name}='<your ${name}>'`,
      why: `${at} references \${${name}}, which upstream never set`,
    });
    this.l.decision(
      notePath,
      `${at}: \${${name}} was never set upstream (the literal text was sent as the key); it now comes from Secret ${target}, key ${name}`,
    );
    return this.ref(name, target, notePath);
  }

  private inlineKey(text: string, at: string, notePath: string): ApiKeyRef | null {
    let name = this.inline.get(fingerprint(text));
    if (!name) {
      name = this.inline.size === 0 ? 'LLM_API_KEY' : `LLM_API_KEY_${this.inline.size + 1}`;
      this.inline.set(fingerprint(text), name);
      const target = migratedSecretName(this.ctx);
      this.l.secret({
        secretName: target,
        key: name,
        command: `kubectl -n ${this.ctx.namespace} create secret generic ${target} --from-literal=${name}='<the api_key of ${at} in your upstream values>'`,
        why: `${at} held an API key inline`,
      });
    }
    this.l.decision(
      notePath,
      `${at}: inline API key replaced by a reference to Secret ${migratedSecretName(this.ctx)}, key ${name} (the value is not copied; create the Secret with the command in the next steps)`,
    );
    return this.ref(name, migratedSecretName(this.ctx), notePath);
  }

  private ref(secretKey: string, secretName: string | null, notePath: string): ApiKeyRef {
    const prev = this.used.get(secretKey);
    if (prev !== undefined && prev !== secretName)
      this.l.error(
        notePath,
        `the key name ${secretKey} is read from two Secrets (${prev ?? this.defaultSecret} and ${secretName ?? this.defaultSecret}); our chart exposes each key name once: rename one of them`,
      );
    this.used.set(secretKey, secretName);
    return secretName === null ? { secretKey } : { secretKey, secretName };
  }
}

/** Not a hash for security: only tells equal inline keys apart without keeping them. */
function fingerprint(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/** One decision for every api_base that ended in /v1. */
function reportV1(l: Ledger, keys: KeyResolver, notePath: string): void {
  const stripped = keys.v1Stripped;
  if (stripped.length > 0)
    l.decision(
      notePath,
      `api_base ended in /v1 in ${stripped.length} place(s) (${stripped.join(', ')}); removed, because the controller appends the request path (/v1/chat/completions) itself, so upstream's requests went to .../v1/v1/chat/completions`,
    );
  stripped.length = 0;
}

/** apiBase without the /v1 upstream examples carry (the controller appends /v1/chat/completions itself). */
function apiBase(l: Ledger, keys: KeyResolver, raw: unknown, at: string, notePath: string): string | null {
  const base = str(raw).trim();
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(base)) {
    l.error(notePath, `${at}: api_base ${JSON.stringify(raw)} is not an http:// or https:// URL`);
    return null;
  }
  const stripped = base.replace(/\/v1\/?$/, '').replace(/\/+$/, '');
  if (stripped !== base.replace(/\/+$/, '')) keys.v1Stripped.push(at);
  return stripped;
}

/** A policy url that points at this release's router-server becomes null (our default); others stay. */
function policyUrl(l: Ledger, ctx: MigrationContext, raw: unknown, policy: string, at: string, notePath: string): string | null {
  const url = str(raw);
  const m = /^http:\/\/([^/:]+)(?::(\d+))?\/v2\/models\/([^/]+)\/infer$/.exec(url);
  const ours = [
    ctx.names.routerServer,
    `${ctx.names.routerServer}.${ctx.namespace}`,
    `${ctx.names.routerServer}.${ctx.namespace}.svc`,
    `${ctx.names.routerServer}.${ctx.namespace}.svc.cluster.local`,
  ];
  if (m && (m[2] ?? '80') === '8000' && m[3] === `${policy}_ensemble`) {
    if (ours.includes(m[1]!)) return null;
    if (m[1] === 'router-server') {
      l.decision(
        notePath,
        `${at}: url named the Service "router-server", which does not exist in a release (upstream's Service is ${ctx.names.routerServer}); it now points at this release's router-server`,
      );
      return null;
    }
  }
  if (m && m[1] === 'router-server') {
    l.decision(notePath, `${at}: url named the Service "router-server"; now ${ctx.names.routerServer}`);
    return url.replace('//router-server', `//${ctx.names.routerServer}`);
  }
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(url)) {
    l.error(notePath, `${at}: url ${JSON.stringify(raw)} is not an http:// or https:// URL`);
    return null;
  }
  return url;
}

function convertLlms(l: Ledger, keys: KeyResolver, llms: UpstreamLlm[], at: string, notePath: string) {
  return llms.map((llm, j) => {
    const where = `${at}.llms[${j}]`;
    const extra = Object.keys(llm).filter((k) => !['name', 'api_base', 'api_key', 'model'].includes(k));
    for (const k of extra)
      l.error(notePath, `${where}.${k}: unknown key in the controller's config (it has name, api_base, api_key, model)`);
    if (typeof llm.name !== 'string' || llm.name === '') l.error(notePath, `${where}.name: must be a non-empty string`);
    if (typeof llm.model !== 'string' || llm.model === '') l.error(notePath, `${where}.model: must be a non-empty string`);
    return {
      name: str(llm.name),
      apiBase: apiBase(l, keys, llm.api_base, `${where}.api_base`, notePath) ?? '',
      model: str(llm.model),
      apiKey: keys.resolve(llm.api_key, `${where}.api_key`, notePath) ?? { secretKey: 'NVIDIA_API_KEY' },
    };
  });
}

/** The controller's config.yaml text -> typed policies, or null (with errors) when it is not that format. */
function parseCustomConfig(l: Ledger, ctx: MigrationContext, keys: KeyResolver, text: string) {
  const at = `${CFG}.customConfig`;
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    l.error(at, `is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    return null;
  }
  const cfg = doc.toJS() as unknown;
  if (!isMap(cfg) || !Array.isArray(cfg.policies)) {
    l.error(at, 'is not a controller config (expected a map with a "policies" list)');
    return null;
  }
  for (const k of Object.keys(cfg))
    if (k !== 'policies') l.error(at, `${k}: unknown key in the controller's config (it has only "policies")`);
  const names = new Set<string>();
  return cfg.policies.map((p: unknown, i: number) => {
    const where = `policies[${i}]`;
    if (!isMap(p)) {
      l.error(at, `${where}: must be a map with name, url and llms`);
      return { name: '', url: null, llms: [] };
    }
    for (const k of Object.keys(p))
      if (!['name', 'url', 'llms'].includes(k))
        l.error(at, `${where}.${k}: unknown key in the controller's config (a policy has name, url, llms)`);
    const name = str(p.name);
    if (!POLICY_NAME.test(name))
      l.error(
        at,
        `${where}.name: ${JSON.stringify(p.name)} must contain only letters, digits, "_" and "-" in our chart (clients send it as nim-llm-router.policy)`,
      );
    if (names.has(name)) l.error(at, `${where}.name: duplicate policy name "${name}"`);
    names.add(name);
    const llms = Array.isArray(p.llms) ? (p.llms.filter(isMap) as unknown as UpstreamLlm[]) : [];
    if (!Array.isArray(p.llms) || llms.length === 0 || llms.length !== p.llms.length)
      l.error(at, `${where}.llms: must be a non-empty list of {name, api_base, api_key, model}`);
    return { name, url: policyUrl(l, ctx, p.url, name, `${where}.url`, at), llms: convertLlms(l, keys, llms, where, at) };
  });
}

/** The templated config upstream renders from apiBase + models (both routers, class order). */
function templatedPolicies(l: Ledger, keys: KeyResolver, useTemplate: boolean) {
  const base = useTemplate ? (l.has(`${CFG}.apiBase`) ? l.get(`${CFG}.apiBase`) : UPSTREAM_API_BASE) : UPSTREAM_API_BASE;
  const table = (policy: string, rows: readonly [string, string][], defaults: readonly [string, string][]) => ({
    name: policy,
    url: null,
    llms: rows.map(([key, className], i) => {
      const from = `${CFG}.models.${key}`;
      const model = useTemplate && l.has(from) ? l.get(from) : defaults[i]![1];
      if (useTemplate && l.has(from) && (typeof model !== 'string' || model === '')) l.error(from, 'must be a model name');
      if (useTemplate) l.accounted(from, `routerController.policies[${policy === 'task_router' ? 0 : 1}].llms[${i}].model`);
      return {
        name: className,
        apiBase: apiBase(l, keys, base, 'apiBase', `${CFG}.apiBase`) ?? UPSTREAM_API_BASE,
        model: str(model),
        apiKey: keys.resolve(`\${${UPSTREAM_API_KEY.env}}`, `${policy} ${className}`, `${CFG}.apiKeySecret`) ?? {
          secretKey: UPSTREAM_API_KEY.key,
        },
      };
    }),
  });
  return [
    table('task_router', UPSTREAM_TASK_MODEL_KEYS, TASK_DEFAULT_MODELS),
    table('complexity_router', UPSTREAM_COMPLEXITY_MODEL_KEYS, COMPLEXITY_DEFAULT_MODELS),
  ];
}

// The upstream default routing table is the runtime contract's, which our defaults carry too.
const TASK_DEFAULT_MODELS = TASK_ROUTER_TABLE;
const COMPLEXITY_DEFAULT_MODELS = COMPLEXITY_ROUTER_TABLE;

export function convertRouting(l: Ledger, ctx: MigrationContext): void {
  const env = envSources(l);
  const defaultSecret = str(l.get(`${CFG}.apiKeySecret`)) || UPSTREAM_API_KEY.secret;
  const keys = new KeyResolver(l, ctx, env, defaultSecret);
  const existing = str(l.get(`${CFG}.existingConfigMap`));
  const custom = str(l.get(`${CFG}.customConfig`));
  const useTemplate = l.get(`${CFG}.useTemplate`) ?? true;
  const templateKeys = ['useTemplate', 'apiBase', 'models'];

  l.set('apiKeys.existingSecret', defaultSecret);
  if (l.has(`${CFG}.apiKeySecret`))
    l.accounted(`${CFG}.apiKeySecret`, 'apiKeys.existingSecret', 'the Secret upstream read NVIDIA_API_KEY from');
  else
    l.assumed(
      `${CFG}.apiKeySecret`,
      `not in the file: upstream default Secret ${defaultSecret} (key ${str(l.get(`${CFG}.apiKeySecretKey`)) || UPSTREAM_API_KEY.key}) kept`,
      'apiKeys.existingSecret',
    );
  l.accounted(
    `${CFG}.apiKeySecretKey`,
    'routerController.policies[].llms[].apiKey.secretKey',
    'our chart reads each key into an env var named after it and references it as ${KEY}',
  );

  if (existing) {
    l.dropped(`${CFG}.customConfig`, custom ? 'upstream uses existingConfigMap when both are set' : 'empty');
    l.mapped(`${CFG}.existingConfigMap`, `${C}.existingConfigMap`, existing);
    l.set(`${C}.policies`, []);
    for (const k of templateKeys) l.dropped(`${CFG}.${k}`, 'existingConfigMap replaces the generated config');
    l.decision(
      `${CFG}.existingConfigMap`,
      `the ConfigMap must hold config.yaml; our chart mounts that key as a file at routerController.config.mountPath and passes --config-path. The variables it references (\${VAR}) come from routerController.extraEnv, which carries upstream's NVIDIA_API_KEY and env`,
    );
    envToExtraEnv(l, ctx, env, new Set());
    return;
  }
  if (custom) {
    for (const k of templateKeys) l.dropped(`${CFG}.${k}`, 'customConfig replaces the templated config');
    l.dropped(`${CFG}.existingConfigMap`, 'empty');
    const policies = parseCustomConfig(l, ctx, keys, custom);
    reportV1(l, keys, `${CFG}.customConfig`);
    if (policies) {
      l.set(`${C}.policies`, policies);
      l.accounted(`${CFG}.customConfig`, `${C}.policies`, 'parsed into typed policies (same names, order, URLs and models)');
    }
  } else {
    l.dropped(`${CFG}.customConfig`, 'empty');
    l.dropped(`${CFG}.existingConfigMap`, 'empty');
    if (useTemplate === true) {
      l.accounted(`${CFG}.useTemplate`, `${C}.policies`);
      l.accounted(`${CFG}.apiBase`, `${C}.policies[].llms[].apiBase`);
    } else {
      l.accounted(`${CFG}.useTemplate`, `${C}.policies`, 'false: upstream rendered its built-in table (NVIDIA API, default models)');
      l.dropped(`${CFG}.apiBase`, 'useTemplate is false: upstream ignored it');
      l.dropped(`${CFG}.models`, 'useTemplate is false: upstream ignored them');
    }
    l.set(`${C}.policies`, templatedPolicies(l, keys, useTemplate === true));
    reportV1(l, keys, `${CFG}.apiBase`);
    if (!l.has(`${CFG}.useTemplate`) && !l.has(`${CFG}.models`))
      l.assumed(`${CFG}.models`, 'not in the file: upstream default routing table kept', `${C}.policies`);
  }
  envToExtraEnv(l, ctx, env, keys.varsUsedAsKeys);
}

/** Env entries that are not API keys of the routing table go to extraEnv; inline credentials move to a Secret. */
function envToExtraEnv(l: Ledger, ctx: MigrationContext, env: Map<string, EnvSource>, usedAsKeys: Set<string>): void {
  const extra: unknown[] = [];
  for (const [name, src] of env) {
    if (src.at === `${CFG}.apiKeySecret` && src.kind === 'secret') {
      // upstream's own NVIDIA_API_KEY: needed as a plain env var only when the config is not ours to render
      if (!usedAsKeys.has(name) && l.peek(`${C}.policies`) instanceof Array && (l.peek(`${C}.policies`) as unknown[]).length === 0)
        extra.push({ name, valueFrom: { secretKeyRef: { name: src.name, key: src.key } } });
      continue;
    }
    if (usedAsKeys.has(name)) {
      if (src.kind !== 'literal') l.accounted(src.at, `${C}.policies[].llms[].apiKey`, `becomes the apiKey Secret reference`);
      continue;
    }
    if (src.kind === 'secret') {
      extra.push({ name, valueFrom: { secretKeyRef: { name: src.name, key: src.key } } });
      l.accounted(src.at, `${C}.extraEnv`);
    } else if (src.kind === 'literal') {
      const target = migratedSecretName(ctx);
      extra.push({ name, valueFrom: { secretKeyRef: { name: target, key: name } } });
      l.secret({
        secretName: target,
        key: name,
        command: `kubectl -n ${ctx.namespace} create secret generic ${target} --from-literal=${name}='<the value of ${src.at}.value in your upstream values>'`,
        why: `${src.at} looks like a credential held inline`,
      });
      l.decision(
        src.at,
        `looks like a credential held inline: it now comes from Secret ${target}, key ${name} (the value is not copied)`,
        `${C}.extraEnv`,
      );
    } else {
      extra.push(src.entry);
      l.accounted(src.at, `${C}.extraEnv`);
    }
  }
  if (extra.length > 0) l.set(`${C}.extraEnv`, extra);
}
