#!/usr/bin/env node
// llm-router-values: see cliMain.ts (kept apart so tests can call main() without running the program).
import { main } from './cliMain.js';

process.exitCode = main(process.argv.slice(2));
