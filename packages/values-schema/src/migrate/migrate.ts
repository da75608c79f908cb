// migrateUpstreamValues(): an upstream llm-router values file -> values for this chart, with a note
// for every upstream key (mapped, dropped with a reason, or a decision for the user), errors for keys
// it does not know, the Secrets to create and the next steps. The result is validated with validate().
import { Document, parseDocument } from 'yaml';
import { NAME_PATTERN } from '../schema/primitives.js';
import type { Problem } from '../problems.js';
import type { ValuesInput } from '../schema/root.js';
import { schemaKeysAt, validate } from '../validate.js';
import {
  convertAffinity,
  convertEnv,
  convertGlobalScheduling,
  convertImage,
  convertProbes,
  convertReplicasAndStrategy,
  convertResources,
  convertSecurityContexts,
} from './components.js';
import { migrationContext, type MigrationContext, type MigrationOptions } from './context.js';
import { convertIngress } from './ingress.js';
import { isMap, Ledger, type MigrationNote, type SecretInstruction } from './ledger.js';
import { migrationSteps, type MigrationStep } from './procedure.js';
import { convertRouting } from './routing.js';
import { convertModelRepository } from './storage.js';
import { UPSTREAM_DEFAULT_RELEASE, UPSTREAM_RUNTIME_DEFAULTS, type UpstreamComponent } from './upstream.js';

export interface MigrationResult {
  /** True when every key was accounted for and the output validates. */
  ok: boolean;
  values: ValuesInput;
  /** The values as YAML, with a header naming the decisions. */
  yaml: string;
  notes: MigrationNote[];
  errors: Problem[];
  secrets: SecretInstruction[];
  /** Upstream's model PVC adopted through existingClaim (null when the repository is not on upstream's PVC). */
  modelPvc: string | null;
  context: MigrationContext;
  steps: MigrationStep[];
}

const COMPONENTS: UpstreamComponent[] = ['routerServer', 'routerController', 'app'];
const LOG_LEVELS = ['error', 'warn', 'info', 'debug', 'trace'];
const HF_ENV = ['HOME', 'HF_HOME', 'TRANSFORMERS_CACHE', 'HF_HUB_CACHE'];

function convertGlobal(l: Ledger): void {
  const registry = l.get('global.imageRegistry');
  if (registry === '' || registry === null) l.dropped('global.imageRegistry', 'empty: no registry');
  else if (typeof registry === 'string' && registry.endsWith('/'))
    l.mapped(
      'global.imageRegistry',
      'global.imageRegistry',
      registry.replace(/\/+$/, ''),
      'our chart joins registry and repository with "/"',
    );
  else if (registry !== undefined)
    l.accounted('global.imageRegistry', '<component>.image.repository', 'glued to each repository as upstream did');
  const secrets = l.get('global.imagePullSecrets');
  if (Array.isArray(secrets)) {
    const list = secrets.map((s, i) => {
      if (typeof s === 'string') return { name: s };
      if (isMap(s) && typeof s.name === 'string' && Object.keys(s).length === 1) return { name: s.name };
      l.error(`global.imagePullSecrets[${i}]`, 'must be {name: <Secret>}');
      return null;
    });
    if (list.length === 0) l.dropped('global.imagePullSecrets', 'empty');
    else l.mapped('global.imagePullSecrets', 'global.imagePullSecrets', list.filter(Boolean));
  } else if (secrets !== undefined) l.error('global.imagePullSecrets', 'must be a list of {name: <Secret>}');
  const sc = l.get('global.storageClass');
  if (sc === '' || sc === null) l.dropped('global.storageClass', 'empty');
  else if (typeof sc === 'string' && sc !== '-' && !NAME_PATTERN.test(sc))
    l.dropped(
      'global.storageClass',
      `${JSON.stringify(sc)} is no StorageClass name (a placeholder?) and upstream read it nowhere; set global.storageClass if the PVCs the chart creates need a class`,
    );
  else
    l.mapped(
      'global.storageClass',
      'global.storageClass',
      sc,
      'upstream read it nowhere; ours uses it for PVCs the chart creates (the adopted model PVC keeps its class)',
    );
  const g = l.get('global');
  if (isMap(g))
    for (const k of Object.keys(g))
      if (!['imageRegistry', 'imagePullSecrets', 'storageClass'].includes(k))
        l.mapped(`global.${k}`, `global.${k}`, g[k], 'passed through: global is shared with a parent chart');
}

function convertComponent(l: Ledger, c: UpstreamComponent): void {
  const enabled = l.get(`${c}.enabled`);
  if (c === 'app') l.mapped('app.enabled', 'app.enabled', enabled);
  else if (enabled === false) {
    l.decision(
      `${c}.enabled`,
      'our chart always deploys this component: replicas is set to 0 instead; point routerController.policies[].url at the Triton you use',
      `${c}.replicas`,
    );
  } else l.dropped(`${c}.enabled`, 'our chart always deploys this component');
  convertImage(l, c);
  convertReplicasAndStrategy(l, c);
  if (c !== 'app' && enabled === false) l.set(`${c}.replicas`, 0);
  convertResources(l, c);
  convertSecurityContexts(l, c);
  convertProbes(l, c);
  convertAffinity(l, c);
  convertService(l, c);
}

function convertService(l: Ledger, c: UpstreamComponent): void {
  const at = `${c}.service`;
  l.mapped(`${at}.type`, `${at}.type`, l.get(`${at}.type`));
  const containerPort = UPSTREAM_RUNTIME_DEFAULTS[c].containerPort;
  if (c === 'routerServer') {
    const ports = l.get(`${at}.ports`);
    if (ports === undefined) return;
    if (!Array.isArray(ports)) return l.error(`${at}.ports`, 'must be a list of {name, port, targetPort}');
    const byName: Record<string, [string, number]> = { http: ['port', 8000], grpc: ['grpcPort', 8001], metrics: ['metricsPort', 8002] };
    ports.forEach((p, i) => {
      const where = `${at}.ports[${i}]`;
      const target = isMap(p) ? byName[String(p.name)] : undefined;
      if (!isMap(p) || !target) return l.error(where, 'must be a port named http, grpc or metrics (the ports Triton listens on)');
      l.dropped(`${where}.name`, 'our Service names its ports the same');
      l.mapped(`${where}.port`, `${at}.${target[0]}`, p.port);
      if (p.targetPort === undefined || p.targetPort === target[1])
        l.dropped(`${where}.targetPort`, `our Service targets Triton's ${String(p.name)} container port`);
      else
        l.dropped(
          `${where}.targetPort`,
          `upstream sent this port to ${String(p.targetPort)}, where Triton does not listen (it listens on ${target[1]}); ours targets ${target[1]}`,
        );
    });
    return;
  }
  l.mapped(`${at}.port`, `${at}.port`, l.get(`${at}.port`));
  const tp = l.get(`${at}.targetPort`);
  if (tp === undefined || tp === containerPort) l.dropped(`${at}.targetPort`, `our Service targets the container port ${containerPort}`);
  else if (c === 'app') l.mapped(`${at}.targetPort`, 'app.port', tp, 'the app container port (GRADIO_SERVER_PORT)');
  else
    l.dropped(
      `${at}.targetPort`,
      `the controller always listens on ${containerPort}; upstream's probes and Service could not reach ${String(tp)}`,
    );
}

function convertServerExtras(l: Ledger, ctx: MigrationContext): string | null {
  const shm = l.get('routerServer.shm_size');
  if (typeof shm === 'string' && shm !== '')
    l.mapped(
      'routerServer.shm_size',
      'routerServer.shm.sizeLimit',
      shm,
      "upstream read it nowhere (no /dev/shm was mounted); ours mounts a memory-backed /dev/shm of this size for Triton's python backend",
    );
  else l.dropped('routerServer.shm_size', 'empty');
  convertEnv(l, 'routerServer', HF_ENV);
  convertModelRepository(l, ctx.names.modelPvc);
  const claim = l.peek('routerServer.modelRepository.storage.pvc.existingClaim');
  return claim === ctx.names.modelPvc ? ctx.names.modelPvc : null;
}

function convertControllerExtras(l: Ledger): void {
  const mount = l.get('routerController.config.mountPath');
  if (mount === undefined || mount === '/app')
    l.dropped('routerController.config.mountPath', 'ours mounts config.yaml at /app/config.yaml and passes it with --config-path');
  else if (typeof mount === 'string' && mount.startsWith('/'))
    l.mapped(
      'routerController.config.mountPath',
      'routerController.config.mountPath',
      `${mount.replace(/\/+$/, '')}/config.yaml`,
      'ours names the file and passes --config-path (upstream set CONFIG_PATH, which the controller ignores: it kept reading /app/config.yaml)',
    );
  else l.error('routerController.config.mountPath', 'must be an absolute directory');
  const level = l.get('routerController.config.logLevel');
  if (level === undefined || level === 'info' || level === '')
    l.dropped(
      'routerController.config.logLevel',
      "at info the controller logs every request's headers (the client's Authorization header included), body and prompt; our chart's default routerController.logLevel applies",
    );
  else if (typeof level === 'string' && LOG_LEVELS.includes(level))
    l.mapped('routerController.config.logLevel', 'routerController.logLevel', level);
  else if (typeof level === 'string')
    l.mapped('routerController.config.logLevel', 'routerController.logFilter', level, 'a RUST_LOG filter');
  else l.error('routerController.config.logLevel', 'must be a log level or a RUST_LOG filter');
}

function convertApp(l: Ledger): void {
  const dir = 'app.volumes.appDir';
  if (l.get(`${dir}.enabled`) === true)
    l.decision(
      'app.volumes',
      "upstream mounted this volume over /app, hiding the app's program and config; our chart has no such volume (add one with app.extraVolumes and app.extraVolumeMounts elsewhere if the app needs it)",
    );
  else l.dropped('app.volumes', 'appDir is disabled: nothing was mounted');
}

function convertChartWide(l: Ledger): void {
  l.mapped('nameOverride', 'nameOverride', l.get('nameOverride') || null);
  l.mapped('fullnameOverride', 'fullnameOverride', l.get('fullnameOverride') || null);
  l.dropped(
    'resourceManagement',
    'no upstream template reads it, so nothing was rendered; namespace ResourceQuota and LimitRange belong to whoever owns the namespace',
  );
  l.dropped(
    'serviceAccount',
    'only an unused upstream helper reads it; ours creates a ServiceAccount per component (<component>.serviceAccount)',
  );
  convertGlobalScheduling(l, COMPONENTS);
}

/** Our keys in the schema's order (values.yaml order), so the output reads like values.yaml. */
function ordered(value: unknown, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => ordered(v, [...path, i]));
  if (!isMap(value)) return value;
  const order = schemaKeysAt(path);
  const keys = Object.keys(value).sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9));
  return Object.fromEntries(keys.map((k) => [k, ordered(value[k], [...path, k])]));
}

function toYaml(values: unknown, ctx: MigrationContext, decisions: number): string {
  const doc = new Document(values);
  doc.commentBefore = [
    ` Converted from the upstream llm-router chart's values by \`llm-router-values migrate\``,
    ` (release ${ctx.release}, namespace ${ctx.namespace}).`,
    decisions > 0 ? ` ${decisions} decision(s) need your review: see the migrate report.` : ' No decisions are open.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** Parses an upstream values file's text (one YAML document) and converts it. */
export function migrateUpstreamValuesText(text: string, options: MigrationOptions = {}): MigrationResult {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return migrateUpstreamValues(doc.toJS() ?? {}, options);
}

export function migrateUpstreamValues(input: unknown, options: MigrationOptions = {}): MigrationResult {
  const doc = input ?? {};
  if (!isMap(doc)) throw new Error('an upstream values file must be a map of keys');
  const ctx = migrationContext(doc, options, UPSTREAM_DEFAULT_RELEASE);
  const l = new Ledger(doc);
  convertGlobal(l);
  convertChartWide(l);
  for (const c of COMPONENTS) convertComponent(l, c);
  const modelPvc = convertServerExtras(l, ctx);
  convertControllerExtras(l);
  convertRouting(l, ctx);
  convertApp(l);
  convertIngress(l, ctx);
  // upstream rendered no NetworkPolicy: ours (on by default) would cut off clients in other namespaces
  l.set('networkPolicy.enabled', false);
  l.assumed(
    'networkPolicy',
    "upstream had no NetworkPolicy, so ours (on by default) is turned off to keep every client connected; turn it on after the move with networkPolicy.ingressNamespaceSelector naming your clients' namespaces and controllerEgress.ports the ports of your LLM APIs",
    'networkPolicy.enabled',
  );

  const errors = [...l.errors, ...l.unknownKeys()];
  const values = ordered(l.out) as ValuesInput;
  if (errors.length === 0) {
    const checked = validate(values);
    if (!checked.ok)
      errors.push(...checked.problems.map((p) => ({ path: p.path, message: `converted value is not valid for this chart: ${p.message}` })));
  }
  const decisions = l.notes.filter((n) => n.kind === 'decision').length;
  return {
    ok: errors.length === 0,
    values,
    yaml: toYaml(values, ctx, decisions),
    notes: l.notes,
    errors,
    secrets: l.secrets,
    modelPvc,
    context: ctx,
    steps: migrationSteps({ ...ctx, modelPvc, secrets: l.secrets, valuesFile: 'values.yaml' }),
  };
}
