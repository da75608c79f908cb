// M3 validation (schema + template fail with value paths), L3 chart metadata, L5 docs, and every
// example rendered and linted by Helm 3.17 and Helm 4.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { jsonSchema, referenceRows } from '@llm-router-helm/values-schema';
import { runHelm } from '@llm-router-helm/kube-testkit';
import { CHART_VERSION, EXAMPLES } from '../src/index.js';
import { CHART_DIR, EXAMPLES_DIR, render } from './render.js';

describe('M3 validation', () => {
  it.each([3, 4] as const)(
    'M3: helm %i rejects typos, wrong types, negative replicas, big ports, unknown enums, naming the path',
    async (major) => {
      const cases: [Record<string, unknown>, string][] = [
        [{ routerServer: { replicaz: 3 } }, 'replicaz'],
        [{ routerServer: { replicas: 'abc' } }, 'replicas'],
        [{ routerServer: { replicas: -1 } }, 'replicas'],
        [{ routerController: { service: { port: 99999 } } }, 'port'],
        [{ routerController: { image: { pullPolicy: 'Sometimes' } } }, 'pullPolicy'],
      ];
      for (const [values, key] of cases) {
        const r = await render(values, { major });
        expect({ values, code: r.code }).toEqual({ values, code: 1 });
        expect(r.stderr).toContain(key);
      }
    },
  );

  it('M3: rules JSON Schema cannot express fail in the templates with the value path', async () => {
    const grace = await render({ routerController: { terminationGracePeriodSeconds: 5, preStopSleepSeconds: 10 } });
    expect(grace.stderr).toContain(
      'routerController.preStopSleepSeconds: must be below routerController.terminationGracePeriodSeconds (5), got 10',
    );
    const scale = await render({ routerController: { autoscaling: { minReplicas: 5, maxReplicas: 2 } } });
    expect(scale.stderr).toContain('routerController.autoscaling.maxReplicas: must be >= minReplicas (5), got 2');
    const dup = await render({
      routerController: {
        policies: [
          {
            name: 'p',
            url: 'http://triton.example.com:8000/v2/models/p/infer',
            llms: [{ name: 'a', apiBase: 'https://x.example.com', model: 'm' }],
          },
          {
            name: 'p',
            url: 'http://triton.example.com:8000/v2/models/p/infer',
            llms: [{ name: 'a', apiBase: 'https://x.example.com', model: 'm' }],
          },
        ],
      },
    });
    expect(dup.stderr).toContain('routerController.policies[1].name: duplicate policy name "p"');
    const ing = await render({ ingress: { enabled: true, hosts: [{ host: 'a.example.com', paths: [{ path: '/', backend: 'app' }] }] } });
    expect(ing.stderr).toContain('ingress.hosts[0].paths[0].backend: is "app" but app.enabled is false');
    const route = await render({ gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw' }], rules: [{ backend: 'app' }] } } });
    expect(route.stderr).toContain('gatewayApi.httpRoute.rules[0].backend: is "app" but app.enabled is false');
    const rwo = await render({ routerServer: { replicas: 2 } });
    expect(rwo.stderr).toContain(
      'routerServer.modelRepository.storage.pvc.accessModes: must include ReadWriteMany or ReadOnlyMany when routerServer.replicas is 2',
    );
  });

  it('D-api-base: an api_base ending in /v1 is rejected with its path', async () => {
    const r = await render({
      routerController: {
        policies: [
          {
            name: 'p',
            url: 'http://triton.example.com:8000/v2/models/p/infer',
            llms: [{ name: 'a', apiBase: 'https://x.example.com/v1', model: 'm' }],
          },
        ],
      },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/policies.*0.*llms.*0.*apiBase|apiBase/);
  });
});

describe('every example with both Helm majors', () => {
  const cases = EXAMPLES.flatMap((e) => ([3, 4] as const).map((m) => [e.name, m] as const));
  it.each(cases)('%s renders and passes helm lint --strict with helm %i', async (name, major) => {
    const file = path.join(EXAMPLES_DIR, `${name}.yaml`);
    const tpl = await runHelm(major, ['template', 'rel', CHART_DIR, '--namespace', 'llm-router', '--values', file]);
    expect(tpl.stderr.replace(/^.*walk.go.*$/gm, '').trim()).toBe('');
    expect(tpl.code).toBe(0);
    const lint = await runHelm(major, ['lint', CHART_DIR, '--strict', '--namespace', 'llm-router', '--values', file]);
    expect({ code: lint.code, out: lint.code === 0 ? '' : lint.stdout + lint.stderr }).toEqual({ code: 0, out: '' });
  });
});

describe('L3 chart metadata', () => {
  it('L3: Chart.yaml has kubeVersion, icon, keywords, sources, maintainers, home and Artifact Hub annotations', () => {
    const chart = YAML.parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8'));
    expect(chart).toMatchObject({
      apiVersion: 'v2',
      name: 'llm-router',
      version: CHART_VERSION,
      appVersion: '1.0.0',
      kubeVersion: '>=1.32.0-0',
    });
    for (const k of ['icon', 'home', 'description']) expect(typeof chart[k]).toBe('string');
    expect(chart.keywords.length).toBeGreaterThan(3);
    expect(chart.sources.length).toBeGreaterThan(0);
    expect(chart.maintainers[0].name).toBeTruthy();
    for (const k of ['license', 'links', 'images', 'changes']) expect(chart.annotations[`artifacthub.io/${k}`]).toBeTruthy();
    const images = YAML.parse(chart.annotations['artifacthub.io/images']);
    // only public images: NVIDIA publishes no router images, each user builds them (README, Images)
    expect(images.map((i: { name: string }) => i.name)).toEqual(['helm-test', 'model-loader', 'snapshot']);
    for (const i of images) expect(i.image).not.toMatch(/:latest$/);
  });

  it('L3: the metadata names this project as home and maintainer; NVIDIA only as the upstream of the programs', () => {
    const chart = YAML.parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8'));
    const nvidia = /nvidia/i;
    expect(chart.home).toBe('https://github.com/llm-router-helm/llm-router-helm');
    for (const m of chart.maintainers) {
      expect(m.name).not.toMatch(nvidia);
      expect(m.url ?? '').not.toMatch(nvidia);
      expect(m.email ?? '').not.toMatch(nvidia);
    }
    // An icon we may use: our own SVG from our repository, not NVIDIA's favicon.
    expect(new URL(chart.icon).hostname).not.toMatch(/(^|\.)nvidia\.com$/);
    expect(chart.icon).toMatch(
      /^https:\/\/raw\.githubusercontent\.com\/llm-router-helm\/llm-router-helm\/.+\/packages\/chart\/assets\/icon\.svg$/,
    );
    expect(readFileSync(path.resolve(__dirname, '../../chart/assets/icon.svg'), 'utf8')).toMatch(/^<svg /);
    expect(chart.sources).toEqual([
      'https://github.com/llm-router-helm/llm-router-helm',
      'https://github.com/NVIDIA-AI-Blueprints/llm-router',
    ]);
    const links = YAML.parse(chart.annotations['artifacthub.io/links']) as { name: string; url: string }[];
    expect(links.filter((l) => nvidia.test(l.url))).toEqual([
      { name: 'upstream programs (NVIDIA)', url: 'https://github.com/NVIDIA-AI-Blueprints/llm-router' },
    ]);
  });

  it('L3: the chart refuses Kubernetes older than kubeVersion', async () => {
    const r = await runHelm(4, ['template', 'rel', CHART_DIR, '--kube-version', '1.27.0', '--set', 'apiKeys.existingSecret=k']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('kubeVersion');
  });
});

describe('L5 documentation', () => {
  const readme = readFileSync(path.join(CHART_DIR, 'README.md'), 'utf8');
  it('L5: README has the diagram, quickstart, examples, security, upgrade and troubleshooting sections', () => {
    for (const h of [
      '## What it deploys',
      '## Verifying a release',
      '```mermaid',
      '## Quickstart',
      'kubectl -n llm-router create secret generic',
      'oci://',
      '## Examples',
      '## Security',
      '## Values',
      '## Upgrading',
      '## Troubleshooting',
      '## Snapshots and restore',
    ]) {
      expect(readme).toContain(h);
    }
    for (const e of EXAMPLES) expect(readme).toContain(`\`${e.name}.yaml\``);
  });

  it('L5: every value of the schema appears in the values reference', () => {
    const rows = referenceRows();
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(readme).toContain(`\`${row.key}\``);
    expect(Object.keys((jsonSchema as { properties: object }).properties)).toContain('routerServer');
  });
});
