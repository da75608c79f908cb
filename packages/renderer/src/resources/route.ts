// OpenShift Route builder: edge/reencrypt/passthrough TLS to the controller API or the app.
import { expr, map, when, withValue, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { backendService } from '../helpers/backends.js';

const o = '$.Values.openshiftRoute';

export function openshiftRoute(): PlainMap {
  return {
    apiVersion: 'route.openshift.io/v1',
    kind: 'Route',
    metadata: metadata({ owner: 'chart', suffix: 'route', annotationsExpr: `${o}.annotations` }),
    spec: map(
      withValue(`${o}.host`, { host: expr('. | quote') }),
      {
        path: expr(`${o}.path | quote`),
        to: { kind: 'Service', name: expr(backendService(`${o}.backend`)), weight: 100 },
        port: { targetPort: 'http' },
      },
      when(`${o}.tls.enabled`, {
        tls: {
          termination: expr(`${o}.tls.termination`),
          insecureEdgeTerminationPolicy: expr(`${o}.tls.insecureEdgeTerminationPolicy`),
        },
      }),
    ),
  };
}
