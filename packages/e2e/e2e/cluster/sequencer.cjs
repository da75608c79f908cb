// Orders e2e test files: the cluster checks (e2e/cluster) before everything else (chart tests),
// so a broken kind toolchain fails first and clearly.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

class ClusterChecksFirst extends Sequencer {
  sort(tests) {
    const rank = (t) => (t.path.split(path.sep).includes('cluster') ? 0 : 1);
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = ClusterChecksFirst;
