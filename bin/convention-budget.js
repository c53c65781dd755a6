#!/usr/bin/env node
'use strict';
// The command line is TypeScript compiled to dist/node by `npm run build:cli` (run by `npm install`).
let cli;
try {
  cli = require('../dist/node/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('convention-budget: not built yet; run `npm run build:cli` in the project folder first\n');
    process.exit(2);
  }
  throw error;
}
cli.main();
