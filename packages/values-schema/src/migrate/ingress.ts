// ingress -> our ingress. Upstream routes paths to "app", "router-controller" or "router-server"
// (the last to Triton's metrics port); ours routes to the controller or the app only.
import { isMap, type Ledger } from './ledger.js';
import type { MigrationContext } from './context.js';

const I = 'ingress';
const SNIPPET = 'nginx.ingress.kubernetes.io/configuration-snippet';
/** Annotations upstream sets by default that ingress-nginx does not know (no effect). */
const NO_EFFECT = ['nginx.ingress.kubernetes.io/rate-limit', 'nginx.ingress.kubernetes.io/rate-limit-window'];
const BACKENDS: Record<string, string> = { 'router-controller': 'controller', app: 'app' };

export function convertIngress(l: Ledger, _ctx: MigrationContext): void {
  const enabled = l.get(`${I}.enabled`);
  if (enabled !== true) {
    l.dropped(I, 'the Ingress is disabled: upstream rendered none');
    return;
  }
  l.mapped(`${I}.enabled`, `${I}.enabled`, true);
  const className = l.get(`${I}.className`);
  if (className === '' || className === null) l.dropped(`${I}.className`, "empty: the cluster's default IngressClass");
  else l.mapped(`${I}.className`, `${I}.className`, className);

  const annotations = l.get(`${I}.annotations`);
  const kept: Record<string, string> = {};
  let securityHeaders = false;
  if (isMap(annotations))
    for (const [k, v] of Object.entries(annotations)) {
      const at = [I, 'annotations', k];
      if (NO_EFFECT.includes(k))
        l.dropped(at, 'not an ingress-nginx annotation, so it limited nothing; use ingress.rateLimit (limit-rps) for rate limiting');
      else if (k === SNIPPET && typeof v === 'string' && /^(\s*more_set_headers\s+"[^"]*";\s*)+$/.test(v)) {
        securityHeaders = true;
        l.accounted(
          at,
          'ingress.securityHeaders.enabled',
          'security response headers through our custom-headers ConfigMap (ingress-nginx rejects snippet annotations unless allow-snippet-annotations is on)',
        );
      } else {
        kept[k] = String(v);
        l.accounted(at, `ingress.annotations`);
        if (k === SNIPPET)
          l.decision(at, 'configuration snippets are refused by ingress-nginx unless allow-snippet-annotations is enabled; kept as it was');
      }
    }
  else if (annotations !== undefined) l.error(`${I}.annotations`, 'must be a map of annotations');
  if (Object.keys(kept).length > 0) l.set(`${I}.annotations`, kept);
  l.set(`${I}.securityHeaders.enabled`, securityHeaders);

  const appEnabled = l.get('app.enabled') === true;
  const hosts = l.get(`${I}.hosts`);
  if (!Array.isArray(hosts)) {
    if (hosts !== undefined) l.error(`${I}.hosts`, 'must be a list of {host, paths}');
    return;
  }
  const out = hosts.flatMap((h, i) => {
    const at = `${I}.hosts[${i}]`;
    if (!isMap(h) || typeof h.host !== 'string') {
      l.error(at, 'must be {host, paths}');
      return [];
    }
    l.accounted(`${at}.host`, `${I}.hosts`);
    const paths = (Array.isArray(h.paths) ? h.paths : []).flatMap((p, j) => {
      const pat = `${at}.paths[${j}]`;
      if (!isMap(p)) {
        l.error(pat, 'must be {path, pathType, service}');
        return [];
      }
      const backend = BACKENDS[String(p.service)];
      if (p.service === 'router-server') {
        l.dropped(
          pat,
          "upstream sent this path to Triton's metrics port; our Ingress never exposes the router-server (scrape it in-cluster)",
        );
        return [];
      }
      if (!backend) {
        l.error(`${pat}.service`, 'must be app, router-controller or router-server');
        return [];
      }
      if (backend === 'app' && !appEnabled) {
        l.dropped(pat, "the app is disabled: upstream's Ingress pointed at a Service that did not exist");
        return [];
      }
      for (const k of ['path', 'pathType', 'service']) l.accounted(`${pat}.${k}`, `${I}.hosts`);
      return [{ path: p.path, pathType: p.pathType ?? 'ImplementationSpecific', backend }];
    });
    if (paths.length === 0) {
      l.dropped(at, 'no path of this host reaches a component our Ingress serves');
      return [];
    }
    return [{ host: h.host, paths }];
  });
  l.set(`${I}.hosts`, out);
  if (out.length === 0) {
    l.set(`${I}.enabled`, false);
    l.decision(`${I}.enabled`, 'no host routes to the controller or the app, so the Ingress is turned off');
  }
  const tls = l.get(`${I}.tls`);
  if (Array.isArray(tls) && tls.length > 0) l.mapped(`${I}.tls`, `${I}.tls`, tls);
  else l.dropped(`${I}.tls`, 'empty');
}
