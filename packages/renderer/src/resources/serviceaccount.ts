// ServiceAccount builder: one per component, API token not automounted unless asked for.
import { expr, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { v, type Component } from '../helpers/names.js';
import { serviceAccountName } from '../helpers/pod.js';

export function serviceAccount(c: Component): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: metadata({ owner: c, nameExpr: serviceAccountName(c), annotationsExpr: v(c, 'serviceAccount.annotations') }),
    automountServiceAccountToken: expr(v(c, 'serviceAccount.automount')),
  };
}
