// What `helm upgrade` from the upstream chart to ours meets, object by object, rendered by the real
// helm: for each upstream values file, the upstream chart (read from the reference copy) and our
// chart with the `llm-router-values migrate` output. Deployments and Services keep their names and
// selectors (patched in place, no delete); the routing table and the API-key sources are the same;
// the router-server mounts the same directory of the same PVC; our chart renders no PVC of that
// name, which is why the procedure keeps it with helm.sh/resource-policy before upgrading.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { migrateUpstreamValuesText } from '@llm-router-helm/values-schema';
import { KUBE_VERSION, parseManifests, runHelm, type KubeObject } from '@llm-router-helm/kube-testkit';
import { CHART_DIR } from '../src/scenarios.js';

jest.setTimeout(300_000);

const UPSTREAM = process.env.LLM_ROUTER_UPSTREAM_CHART ?? '/work/shared/reference/upstream-chart/llm-router';
const haveUpstream = existsSync(path.join(UPSTREAM, 'Chart.yaml'));
const RELEASE = 'prod';
const NAMESPACE = 'ai';
const files = haveUpstream
  ? ['values.yaml', 'values.override.yaml.sample', ...readdirSync(path.join(UPSTREAM, 'examples')).map((f) => `examples/${f}`)]
  : [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'upstream-migration-'));

async function render(chart: string, valuesFile: string | null, extra: string[] = []): Promise<KubeObject[]> {
  const r = await runHelm(4, [
    'template',
    RELEASE,
    chart,
    '--namespace',
    NAMESPACE,
    '--kube-version',
    KUBE_VERSION,
    ...(valuesFile ? ['-f', valuesFile] : []),
    ...extra,
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
  return parseManifests(r.stdout).map((o) => o.object);
}

const find = (objs: KubeObject[], kind: string, name: string) => objs.find((o) => o.kind === kind && o.metadata?.name === name);
const names = (objs: KubeObject[], kind: string) =>
  objs
    .filter((o) => o.kind === kind)
    .map((o) => o.metadata!.name!)
    .sort();
type Pod = {
  containers: {
    name: string;
    env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
    volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
  }[];
  volumes?: { name: string; persistentVolumeClaim?: { claimName: string } }[];
};
const podOf = (d: KubeObject | undefined) => (d as { spec: { template: { spec: Pod } } }).spec.template.spec;

/** The routing table a controller Deployment runs with: each llm's fields and where its key comes from. */
function routingTable(objs: KubeObject[], deploymentName: string) {
  const pod = podOf(find(objs, 'Deployment', deploymentName));
  const ctr = pod.containers[0]!;
  const cmName = (pod.volumes as { name: string; configMap?: { name: string } }[]).find((v) => v.configMap)!.configMap!.name;
  const cm = find(objs, 'ConfigMap', cmName) as { data: Record<string, string> };
  const config = YAML.parse(cm.data['config.yaml']!) as {
    policies: { name: string; url: string; llms: { name: string; api_base: string; api_key: string; model: string }[] }[];
  };
  const keySource = (ref: string) => {
    const v = /^\$\{(\w+)\}$/.exec(ref)?.[1];
    const env = [...(ctr.env ?? [])].reverse().find((e) => e.name === v);
    return env?.valueFrom?.secretKeyRef ? `${env.valueFrom.secretKeyRef.name}/${env.valueFrom.secretKeyRef.key}` : `unset ${ref}`;
  };
  return config.policies.map((p) => ({
    name: p.name,
    url: p.url,
    llms: p.llms.map((l) => ({ name: l.name, api_base: l.api_base, model: l.model, key: keySource(l.api_key) })),
  }));
}

/** The directory of which volume the router-server reads its models from. */
function modelSource(objs: KubeObject[]) {
  const pod = podOf(find(objs, 'Deployment', `${RELEASE}-llm-router-router-server`));
  const ctr = pod.containers[0]! as { args?: string[]; command?: string[] } & Pod['containers'][0];
  const repoArg = [...(ctr.command ?? []), ...(ctr.args ?? [])].find((a) => a.startsWith('--model-repository='))!.split('=')[1]!;
  const mount = ctr
    .volumeMounts!.filter((m) => repoArg === m.mountPath || repoArg.startsWith(`${m.mountPath}/`))
    .sort((a, b) => b.mountPath.length - a.mountPath.length)[0]!;
  const claim = pod.volumes!.find((v) => v.name === mount.name)!.persistentVolumeClaim?.claimName;
  const inVolume = [mount.subPath ?? '', repoArg.slice(mount.mountPath.length).replace(/^\//, '')].filter(Boolean).join('/');
  return { claim, directory: `/${inVolume}` };
}

(haveUpstream ? describe : describe.skip)('moving an upstream release to this chart (helm template of both charts)', () => {
  describe.each(files)('%s', (file) => {
    let upstream: KubeObject[];
    let ours: KubeObject[];
    let modelPvc: string | null;
    beforeAll(async () => {
      // The override sample's registry is a placeholder to fill in ("YOUR_REGISTRY/"), which is no registry host: both charts get it filled in.
      const text = readFileSync(path.join(UPSTREAM, file), 'utf8').replace('"YOUR_REGISTRY/"', '"registry.example.com/team/"');
      const source = path.join(tmp, `${path.basename(file)}.source.yaml`);
      writeFileSync(source, text);
      const migrated = migrateUpstreamValuesText(text, { release: RELEASE, namespace: NAMESPACE });
      expect(migrated.errors).toEqual([]);
      modelPvc = migrated.modelPvc;
      const ourValues = path.join(tmp, `${path.basename(file)}.migrated.yaml`);
      writeFileSync(ourValues, migrated.yaml);
      upstream = await render(UPSTREAM, source);
      ours = await render(CHART_DIR, ourValues);
    });

    test('Deployments and Services keep their names and selectors (helm patches them in place)', () => {
      for (const kind of ['Deployment', 'Service']) {
        for (const name of names(upstream, kind)) {
          const mine = find(ours, kind, name);
          expect(mine).toBeDefined();
          const sel = (o: KubeObject | undefined) => (o as { spec: { selector: unknown } }).spec.selector;
          expect(sel(mine)).toEqual(sel(find(upstream, kind, name)));
        }
      }
      const ports = (o: KubeObject | undefined) =>
        (o as { spec: { ports: { name: string; port: number }[] } }).spec.ports.map((p) => `${p.name}:${p.port}`).sort();
      for (const name of names(upstream, 'Service'))
        expect(ports(find(ours, 'Service', name))).toEqual(ports(find(upstream, 'Service', name)));
    });

    test('the routing table and the Secret each API key comes from are the same', () => {
      const controller = `${RELEASE}-llm-router-router-controller`;
      if (!find(upstream, 'Deployment', controller)) return;
      if (file.includes('external-configmap')) {
        // the ConfigMap is the user's: both mount it, and NVIDIA_API_KEY comes from the same Secret key
        const cmOf = (objs: KubeObject[]) =>
          (podOf(find(objs, 'Deployment', controller)).volumes as { configMap?: { name: string } }[]).find((v) => v.configMap)!.configMap!
            .name;
        const keyOf = (objs: KubeObject[]) =>
          podOf(find(objs, 'Deployment', controller)).containers[0]!.env!.find((e) => e.name === 'NVIDIA_API_KEY')!.valueFrom;
        expect(cmOf(ours)).toBe(cmOf(upstream));
        expect(keyOf(ours)).toEqual(keyOf(upstream));
        return;
      }
      const before = routingTable(upstream, controller);
      // the documented fixes: api_base without /v1, and a bare "router-server" host named like the release's Service
      const fixed = before.map((p) => ({
        ...p,
        url: p.url.replace('//router-server:', `//${RELEASE}-llm-router-router-server:`),
        llms: p.llms.map((l) => ({ ...l, api_base: l.api_base.replace(/\/v1\/?$/, '') })),
      }));
      expect(routingTable(ours, controller)).toEqual(fixed);
    });

    test('the router-server reads the same directory of the same PVC; our chart renders no PVC in its place', () => {
      const before = modelSource(upstream);
      expect(modelSource(ours)).toEqual(before);
      expect(names(ours, 'PersistentVolumeClaim')).toEqual([]);
      if (modelPvc) {
        // upstream's PVC is not in our manifest: without helm.sh/resource-policy=keep, helm upgrade deletes it
        expect(names(upstream, 'PersistentVolumeClaim')).toEqual([modelPvc]);
        expect(before.claim).toBe(modelPvc);
      }
    });
  });
});
