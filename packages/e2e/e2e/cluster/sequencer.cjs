// Orders e2e test files: the cluster checks (e2e/cluster) before everything else (chart tests),
// so a broken kind toolchain fails first and clearly; the operator e2e (e2e/operators) last, because
// the upgrade-from-previous test reuses the model PVC the chart groups' uninstall kept and the
// operators it installs (aggregated APIs, CRDs) stay in the cluster.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

class ClusterChecksFirst extends Sequencer {
  sort(tests) {
    const rank = (t) => {
      const parts = t.path.split(path.sep);
      return parts.includes('cluster') ? 0 : parts.includes('operators') ? 2 : 1;
    };
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = ClusterChecksFirst;
