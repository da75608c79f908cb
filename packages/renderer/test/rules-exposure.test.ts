// What the rules table (values-schema src/rules) needs from the templates: NetworkPolicies that
// admit whatever exposes the controller or the app, egress switched off instead of opened by an
// empty list, plain-string pull secrets, Bitnami's global.defaultStorageClass, and the generated
// validate.yaml failing with the value path.
import { CHART_DIR, podSpec, deployment, render } from './render.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderFailTemplate } from '@llm-router-helm/values-schema';

const policy = (r: Awaited<ReturnType<typeof render>>, suffix: string) => r.one('NetworkPolicy', `-${suffix}`);
const sources = (r: Awaited<ReturnType<typeof render>>, suffix: string) => policy(r, suffix).spec.ingress[0].from;

describe('exposure and NetworkPolicy', () => {
  it('templates/validate.yaml is the rules table rendered (one source)', () => {
    expect(readFileSync(path.join(CHART_DIR, 'templates', 'validate.yaml'), 'utf8')).toContain(renderFailTemplate());
  });

  it('an OpenShift Route lets the router namespace in (openshift-ingress label by default, configurable)', async () => {
    const r = await render({ openshiftRoute: { enabled: true, host: 'llm.apps.example.com' } });
    expect(sources(r, 'router-controller')).toContainEqual({
      namespaceSelector: { matchLabels: { 'network.openshift.io/policy-group': 'ingress' } },
    });
    const custom = await render({
      openshiftRoute: { enabled: true },
      networkPolicy: { openshiftRouterNamespaceSelector: { 'kubernetes.io/metadata.name': 'router' } },
    });
    expect(sources(custom, 'router-controller')).toContainEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'router' } },
    });
    const off = await render({});
    expect(JSON.stringify(sources(off, 'router-controller'))).not.toContain('policy-group');
  });

  it('an HTTPRoute lets the namespaces of its Gateways in, unless gatewayNamespaceSelector says otherwise', async () => {
    const r = await render({
      app: { enabled: true },
      gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'public', namespace: 'gateway-system' }, { name: 'local' }] } },
    });
    for (const c of ['router-controller', 'app']) {
      expect(sources(r, c)).toContainEqual({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'gateway-system' } } });
      expect(sources(r, c)).toContainEqual({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'llm-router' } } });
    }
    const sel = await render({
      gatewayApi: { httpRoute: { enabled: true, parentRefs: [{ name: 'gw', namespace: 'gateway-system' }] } },
      networkPolicy: { gatewayNamespaceSelector: { gateway: 'edge' } },
    });
    expect(sources(sel, 'router-controller')).toContainEqual({ namespaceSelector: { matchLabels: { gateway: 'edge' } } });
    expect(JSON.stringify(sources(sel, 'router-controller'))).not.toContain('gateway-system');
  });

  it('an Ingress behind the NetworkPolicies needs the controller namespace named (fails with the value path otherwise)', async () => {
    const bad = await render({ ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] } });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('networkPolicy.ingressNamespaceSelector: must name the ingress controller');
    const ok = await render({
      ingress: { enabled: true, hosts: [{ host: 'llm.example.com' }] },
      networkPolicy: { ingressNamespaceSelector: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
    });
    expect(sources(ok, 'router-controller')).toContainEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
    });
  });

  it('egress enabled: false renders no rule to outside networks; an empty CIDR list is rejected', async () => {
    const r = await render({ networkPolicy: { controllerEgress: { enabled: false } } });
    expect(policy(r, 'router-controller').spec.egress).toHaveLength(1);
    const empty = await render({ networkPolicy: { controllerEgress: { cidrs: [] } } });
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/controllerEgress[./]cidrs/);
  });
});

describe('names', () => {
  it('pull secrets as plain names or {name} objects, dots allowed', async () => {
    const r = await render({ global: { imagePullSecrets: ['ngc-pull', { name: 'nvcr.io' }] } });
    expect(podSpec(deployment(r, 'router-server')).imagePullSecrets).toEqual([{ name: 'ngc-pull' }, { name: 'nvcr.io' }]);
  });

  it("Bitnami's global.defaultStorageClass is the fallback after global.storageClass", async () => {
    const r = await render({ global: { defaultStorageClass: 'gp3' } });
    expect(r.one('PersistentVolumeClaim').spec.storageClassName).toBe('gp3');
    const both = await render({ global: { defaultStorageClass: 'gp3', storageClass: 'fast' } });
    expect(both.one('PersistentVolumeClaim').spec.storageClassName).toBe('fast');
  });
});
