// e2e tests on kind: e2e/**/*.test.ts, cluster checks first (e2e/cluster/sequencer.cjs); run --runInBand.
const path = require('node:path');

module.exports = {
  ...require('../../jest.preset.cjs'),
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  testSequencer: path.join(__dirname, 'e2e/cluster/sequencer.cjs'),
  testTimeout: 600_000,
};
