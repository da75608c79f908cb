#!/usr/bin/env node
// Launcher of the llm-router-values CLI. Installed from npm, it runs the built dist/. Inside this
// repository's workspace it runs the TypeScript sources through tsx instead, so the command works
// right after `npm ci` (before any build) and never runs a stale dist/.
const { existsSync } = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', 'src', 'cli.ts');
if (existsSync(source)) {
  require('tsx/cjs');
  require(source);
} else {
  require('../dist/cjs/cli.js');
}
