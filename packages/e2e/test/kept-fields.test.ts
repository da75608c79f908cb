// The dropped-field comparison the chart e2e runs after install on each Kubernetes minor.
import { droppedByServer, droppedFields } from '../e2e/chart/kept-fields.js';

describe('droppedFields', () => {
  const sent = {
    spec: {
      replicas: 2,
      template: { spec: { containers: [{ name: 'a', lifecycle: { preStop: { sleep: { seconds: 5 } } }, args: [] }], nodeSelector: {} } },
    },
  };

  it('finds nothing when the server kept every field (extra server defaults are fine)', () => {
    const stored = structuredClone(sent) as any;
    stored.spec.template.spec.containers[0].imagePullPolicy = 'IfNotPresent';
    stored.status = { replicas: 2 };
    expect(droppedFields(sent, stored)).toEqual([]);
  });

  it('names a field a disabled feature gate removed', () => {
    const stored = structuredClone(sent) as any;
    delete stored.spec.template.spec.containers[0].lifecycle.preStop.sleep;
    expect(droppedFields(sent, stored)).toEqual(['/spec/template/spec/containers/0/lifecycle/preStop/sleep']);
  });

  it('ignores what Go omitempty leaves out (null, [], {}, false, 0, ""), and a shorter stored list is a drop', () => {
    expect(droppedFields({ a: null, b: [], c: {}, readOnly: false, initialDelaySeconds: 0, effect: '' }, {})).toEqual([]);
    expect(droppedFields({ l: [1, 2] }, { l: [1] })).toEqual(['/l/1']);
  });
});

describe('droppedByServer', () => {
  it('matches objects by kind and name, treats Secret stringData as write-only, reports missing objects', () => {
    const sent = [
      { kind: 'Secret', metadata: { name: 's' }, stringData: { k: 'v' } },
      { kind: 'Service', metadata: { name: 'svc' }, spec: { trafficDistribution: 'PreferClose' } },
      { kind: 'ConfigMap', metadata: { name: 'gone' } },
    ];
    const stored = [
      { kind: 'Secret', metadata: { name: 's' }, data: { k: 'dg==' } },
      { kind: 'Service', metadata: { name: 'svc' }, spec: {} },
    ];
    expect(droppedByServer(sent, stored)).toEqual(['Service svc: /spec/trafficDistribution', 'ConfigMap gone: not found on the cluster']);
  });
});
