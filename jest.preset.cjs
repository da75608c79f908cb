// Shared jest settings: TypeScript through ts-jest (transpile only: tsconfig sets isolatedModules;
// type checks run in the `typecheck` targets),
// `.js` suffixes of NodeNext-style relative imports mapped back to the .ts sources,
// and workspace packages resolved to their sources so tests never need a prior build.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.base.json') }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@llm-router-helm/(kube-testkit|values-schema|renderer|chart)$': path.join(__dirname, 'packages/$1/src/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Tests run real helm, npm and servers on a shared 2-core machine: a slow run must not be a failure.
  testTimeout: 120_000,
};
