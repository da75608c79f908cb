// Service builder: stable selector labels only (user labels never select), named ports per component.
import { expr, map, when, withValue, yaml, type PlainMap, type YMap } from '../gotpl/yaml.js';
import { metadata, selectorLabels } from '../helpers/meta.js';
import { v, type Component } from '../helpers/names.js';

export interface PortSpec {
  name: string;
  port: string;
  targetPort: string;
}

export function service(c: Component, ports: PortSpec[]): PlainMap {
  const nodePortable = (p: PortSpec, i: number): YMap =>
    map(
      { name: p.name, port: expr(p.port), targetPort: p.targetPort, protocol: 'TCP' },
      // Only the main port takes the fixed nodePort.
      ...(i === 0 ? [withValue(v(c, 'service.nodePort'), when(`ne ${v(c, 'service.type')} "ClusterIP"`, { nodePort: expr('.') }))] : []),
    );
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata({ owner: c, extraLabelsExpr: v(c, 'service.labels'), annotationsExpr: v(c, 'service.annotations') }),
    spec: {
      type: expr(v(c, 'service.type')),
      selector: yaml(selectorLabels(c)),
      ports: ports.map(nodePortable),
    },
  };
}
