// Defects found by running the real programs (router-controller, demo app) against the chart's
// output and by third-party scanners (issue 11); facts in the runtime contract's last section.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { validate } from '@llm-router-helm/values-schema';
import { runHelm } from '@llm-router-helm/kube-testkit';
import {
  BASE,
  CHART_DIR,
  EXAMPLES_DIR,
  allContainers,
  deployment,
  mainContainer,
  merge,
  podSpec,
  render,
  valuesFile,
  type Obj,
} from './render.js';

// several helm runs per test on a shared 2-core machine
jest.setTimeout(120_000);

const example = (name: string): Record<string, unknown> => YAML.parse(readFileSync(path.join(EXAMPLES_DIR, `${name}.yaml`), 'utf8'));

async function notes(values: Record<string, unknown>): Promise<{ code: number; text: string; stderr: string }> {
  const res = await runHelm(4, [
    'install',
    'rel',
    CHART_DIR,
    '--dry-run=client',
    '--namespace',
    'llm-router',
    '--values',
    valuesFile(merge(BASE, values)),
  ]);
  return { code: res.code, text: res.stdout.slice(res.stdout.indexOf('NOTES:')), stderr: res.stderr };
}

/** Kubernetes quantity to bytes (binary and decimal suffixes; enough for storage sizes). */
function bytes(q: string | number): number {
  const m = /^([0-9.]+)([KMGTPE]i?)?$/.exec(String(q));
  if (!m) throw new Error(`not a storage quantity: ${q}`);
  const unit = m[2] ?? '';
  const pow = ' KMGTPE'.indexOf(unit[0] ?? ' ');
  return Number(m[1]) * (unit.endsWith('i') ? 1024 : 1000) ** Math.max(pow, 0);
}

describe('controller port (the program listens on 8084, hard-coded)', () => {
  it('D-controller-port: the container port is always 8084; service.port moves only the Service; routerController.port is rejected', async () => {
    const r = await render({ routerController: { service: { port: 9000 } }, app: { enabled: true }, networkPolicy: { enabled: true } });
    const c = mainContainer(r, 'router-controller');
    expect(c.ports).toEqual([{ name: 'http', containerPort: 8084, protocol: 'TCP' }]);
    expect(r.one('Service', '-router-controller').spec.ports).toEqual([{ name: 'http', port: 9000, targetPort: 'http', protocol: 'TCP' }]);
    // the app calls the Service port; its egress rule allows the pod port (egress rules use numbers)
    expect(r.one('ConfigMap', 'app-config').data['config.yaml']).toContain(
      'router_controller_url: "http://rel-llm-router-router-controller:9000"',
    );
    const appPolicy = r.byKind('NetworkPolicy').find((p) => p.metadata?.name?.endsWith('-app'))!;
    expect(appPolicy.spec.egress).toContainEqual(expect.objectContaining({ ports: [{ protocol: 'TCP', port: 8084 }] }));

    const moved = await render({ routerController: { port: 9000 } });
    expect(moved.code).not.toBe(0);
    expect(moved.stderr).toMatch(/routerController.*port/);
    const v = validate({ routerController: { port: 9000 } });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.path)).toContain('routerController');
  });
});

describe('controller logging (RUST_LOG=info logs Authorization headers, bodies and prompts)', () => {
  it('D-rust-log: the controller logs at warn by default; raising it is possible and NOTES warn about what it logs', async () => {
    const r = await render();
    const env = Object.fromEntries(mainContainer(r, 'router-controller').env.map((e: any) => [e.name, e.value]));
    expect(env.RUST_LOG).toBe('warn');
    expect((await notes({})).text).not.toMatch(/RUST_LOG/);

    const info = await render({ routerController: { logLevel: 'info' } });
    expect(Object.fromEntries(mainContainer(info, 'router-controller').env.map((e: any) => [e.name, e.value])).RUST_LOG).toBe('info');
    for (const values of [
      { routerController: { logLevel: 'info' } },
      { routerController: { logFilter: 'warn,router_controller=debug' } },
    ]) {
      const n = await notes(values);
      expect(n.code).toBe(0);
      expect(n.text).toMatch(/WARNING: the router-controller logs at .*Authorization/s);
    }
    expect((await notes({ routerController: { logFilter: 'error' } })).text).not.toMatch(/Authorization/);
  });
});

describe('demo app config (the app reads routing_strategy as a list of choices)', () => {
  it('D-app-routing-strategy: routing_strategy is a YAML list, triton first by default, configurable', async () => {
    const r = await render({ app: { enabled: true } });
    const cfg = YAML.parse(r.one('ConfigMap', 'app-config').data['config.yaml']);
    expect(cfg.routing_strategy).toEqual(['triton', 'manual']);
    const manual = await render({ app: { enabled: true, routingStrategies: ['manual'] } });
    expect(YAML.parse(manual.one('ConfigMap', 'app-config').data['config.yaml']).routing_strategy).toEqual(['manual']);
    // a plain string (the old shape) is an error naming the value
    const old = validate({ app: { routingStrategy: 'triton' } });
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.problems).toContainEqual({ path: 'app', message: expect.stringContaining('app.routingStrategies') });
    expect((await render({ app: { enabled: true, routingStrategies: [] } })).stderr).toMatch(/app[./]routingStrategies/);
  });
});

describe('rollout of several router-servers (one GPU each)', () => {
  it('D-gpu-rollout-shared: shared storage rolls one pod at a time with no surge; RWO keeps Recreate; RollingUpdate without parameters never surges', async () => {
    for (const name of ['production-ha', 'nfs']) {
      const r = await render(example(name), { base: false });
      expect({ name, strategy: deployment(r, 'router-server').spec.strategy }).toEqual({
        name,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      });
    }
    expect(deployment(await render(), 'router-server').spec.strategy).toEqual({ type: 'Recreate' });
    const bare = await render({ routerServer: { strategy: { type: 'RollingUpdate' } } });
    expect(deployment(bare, 'router-server').spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
    });
    const n = await notes({ routerServer: { replicas: 2, modelRepository: { storage: { pvc: { accessModes: ['ReadWriteMany'] } } } } });
    expect(n.text).toMatch(/routerServer\.strategy.*Recreate/s);
    expect((await notes({})).text).not.toMatch(/routerServer\.strategy/);
  });
});

/** Disk-backed emptyDirs of a pod (memory-backed ones count against memory, not ephemeral storage). */
const diskEmptyDirs = (o: Obj): any[] => (podSpec(o).volumes ?? []).filter((v: any) => v.emptyDir && v.emptyDir.medium !== 'Memory');
const workloads = (r: Awaited<ReturnType<typeof render>>): Obj[] =>
  r.objects.filter((o) => ['Deployment', 'CronJob', 'Pod'].includes(o.kind ?? ''));

describe('node disk (ephemeral storage)', () => {
  it('D-ephemeral-storage: every container requests and limits ephemeral-storage; every disk emptyDir has a sizeLimit the pod limit covers', async () => {
    const everything = await render(example('everything-on'), { base: false });
    const defaults = await render({ app: { enabled: true }, volumeSnapshots: { enabled: true, schedule: { enabled: true } } });
    for (const r of [defaults, everything]) {
      expect(workloads(r).length).toBeGreaterThan(3);
      for (const o of workloads(r)) {
        const name = o.metadata?.name;
        for (const c of allContainers(o)) {
          expect({ name, c: c.name, req: c.resources?.requests?.['ephemeral-storage'] !== undefined }).toEqual({
            name,
            c: c.name,
            req: true,
          });
          expect({ name, c: c.name, lim: c.resources?.limits?.['ephemeral-storage'] !== undefined }).toEqual({
            name,
            c: c.name,
            lim: true,
          });
        }
        const dirs = diskEmptyDirs(o);
        for (const d of dirs)
          expect({ name, volume: d.name, sizeLimit: d.emptyDir.sizeLimit !== undefined }).toEqual({
            name,
            volume: d.name,
            sizeLimit: true,
          });
        const limit = podSpec(o).containers.reduce((n: number, c: any) => n + bytes(c.resources.limits['ephemeral-storage']), 0);
        const used = dirs.reduce((n: number, d: any) => n + bytes(d.emptyDir.sizeLimit), 0);
        expect({ name, fits: used < limit }).toEqual({ name, fits: true });
      }
    }
    // the /tmp size is a value per component
    const small = await render({ routerController: { tmpSizeLimit: '32Mi' } });
    expect(podSpec(deployment(small, 'router-controller')).volumes).toContainEqual({ name: 'tmp', emptyDir: { sizeLimit: '32Mi' } });
  });
});

describe('probes', () => {
  it('D-probes-distinct: liveness differs from readiness on every component (a busy pod goes unready, it is not restarted)', async () => {
    const r = await render({ app: { enabled: true } });
    for (const c of ['router-server', 'router-controller', 'app']) {
      const m = mainContainer(r, c);
      expect({
        c,
        same:
          JSON.stringify(m.livenessProbe.httpGet ?? m.livenessProbe.tcpSocket) ===
          JSON.stringify(m.readinessProbe.httpGet ?? m.readinessProbe.tcpSocket),
      }).toEqual({
        c,
        same: false,
      });
    }
    expect(mainContainer(r, 'router-controller').livenessProbe.tcpSocket).toEqual({ port: 'http' });
    expect(mainContainer(r, 'router-controller').readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(mainContainer(r, 'app').livenessProbe.tcpSocket).toEqual({ port: 'http' });
    expect(mainContainer(r, 'app').readinessProbe.httpGet).toEqual({ path: '/', port: 'http' });
  });
});

describe('PodDisruptionBudgets', () => {
  it('D-pdb-eviction: PDBs let node drains evict pods that are not ready (AlwaysAllow), configurable', async () => {
    const r = await render(example('production-ha'), { base: false });
    const pdbs = r.byKind('PodDisruptionBudget');
    expect(pdbs.length).toBeGreaterThanOrEqual(2);
    for (const p of pdbs)
      expect({ name: p.metadata?.name, policy: p.spec.unhealthyPodEvictionPolicy }).toEqual({
        name: p.metadata?.name,
        policy: 'AlwaysAllow',
      });
    const strict = await render({ routerController: { pdb: { unhealthyPodEvictionPolicy: 'IfHealthyBudget' } } });
    expect(strict.one('PodDisruptionBudget', '-router-controller').spec.unhealthyPodEvictionPolicy).toBe('IfHealthyBudget');
  });
});

describe('snapshot CronJob', () => {
  it('D-cronjob-deadline: a missed snapshot run starts late within startingDeadlineSeconds, or is skipped', async () => {
    const r = await render({ volumeSnapshots: { enabled: true, schedule: { enabled: true } } });
    expect(r.one('CronJob').spec.startingDeadlineSeconds).toBe(3600);
    const short = await render({ volumeSnapshots: { enabled: true, schedule: { enabled: true, startingDeadlineSeconds: 300 } } });
    expect(short.one('CronJob').spec.startingDeadlineSeconds).toBe(300);
  });
});

describe('router images (NVIDIA publishes none; users build and push them)', () => {
  const keysOnly = { apiKeys: { existingSecret: 'llm-keys' } };
  it('D-image-source: without a registry the install fails naming the value; a registry or a qualified repository makes it pass', async () => {
    const none = await render(keysOnly, { base: false });
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/routerServer\.image\.repository: "router-server" names no registry/);
    expect(none.stderr).toMatch(/global\.imageRegistry/);
    const appMissing = await render(
      merge(keysOnly, {
        app: { enabled: true },
        routerServer: { image: { registry: 'r.example.com' } },
        routerController: { image: { repository: 'r.example.com/ctl' } },
      }),
      { base: false },
    );
    expect(appMissing.stderr).toMatch(/app\.image\.repository: "llm-router-client" names no registry/);
    const ok = await render(merge(keysOnly, { global: { imageRegistry: 'registry.example.com/llm-router' }, app: { enabled: true } }), {
      base: false,
    });
    expect(ok.code).toBe(0);
    expect(mainContainer(ok, 'router-server').image).toBe('registry.example.com/llm-router/router-server:1.0.0');
    expect(mainContainer(ok, 'router-controller').image).toBe('registry.example.com/llm-router/router-controller:1.0.0');
    expect(mainContainer(ok, 'app').image).toBe('registry.example.com/llm-router/llm-router-client:1.0.0');
  });

  it('D-image-source: NOTES and the chart README say where the images come from', async () => {
    expect((await notes({})).text).toMatch(/Images: .*build/s);
    const readme = readFileSync(path.join(CHART_DIR, 'README.md'), 'utf8');
    expect(readme).toMatch(/^## Images$/m);
    expect(readme).toMatch(/publishes no/);
  });
});

describe('user volumes', () => {
  it('D-extra-volumes: extraVolumes appear once in every component (a duplicate volume name is rejected by the API server)', async () => {
    const extra = { extraVolumes: [{ name: 'extra', emptyDir: { sizeLimit: '1Mi' } }] };
    const r = await render({ routerServer: extra, routerController: extra, app: { enabled: true, ...extra } });
    for (const c of ['router-server', 'router-controller', 'app']) {
      const names = podSpec(deployment(r, c)).volumes.map((v: any) => v.name);
      expect({ c, extra: names.filter((n: string) => n === 'extra').length }).toEqual({ c, extra: 1 });
    }
  });
});
