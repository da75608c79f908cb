// Service builder: stable selector labels only (user labels never select), named ports per component.
import { expr, map, when, withValue, yaml, type PlainMap, type YMap } from '../gotpl/yaml.js';
import { metadata, selectorLabels } from '../helpers/meta.js';
import { APP, CONTROLLER, SERVER, v, type Component } from '../helpers/names.js';

interface PortSpec {
  name: string;
  port: string;
  targetPort: string;
}

function service(c: Component, ports: PortSpec[]): PlainMap {
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

export const serverService = (): PlainMap =>
  service(SERVER, [
    { name: 'http', port: v(SERVER, 'service.port'), targetPort: 'http' },
    { name: 'grpc', port: v(SERVER, 'service.grpcPort'), targetPort: 'grpc' },
    { name: 'metrics', port: v(SERVER, 'service.metricsPort'), targetPort: 'metrics' },
  ]);
export const controllerService = (): PlainMap => service(CONTROLLER, [{ name: 'http', port: v(CONTROLLER, 'service.port'), targetPort: 'http' }]);
export const appService = (): PlainMap => service(APP, [{ name: 'http', port: v(APP, 'service.port'), targetPort: 'http' }]);

