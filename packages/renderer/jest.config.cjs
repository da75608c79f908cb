// Tests spawn real helm processes; on a shared, loaded machine a render can take well over jest's 5 s default.
module.exports = { ...require('../../jest.preset.cjs'), rootDir: __dirname, testTimeout: 120_000 };
