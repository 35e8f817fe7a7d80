#!/usr/bin/env node
'use strict';
// The CLI runs compiled JavaScript; `npm install` / `npm ci` build dist/ through `prepare`.
// `cmg-setup --version` (or -V) alone is answered before the program loads, since it needs
// nothing else (issue 15); with any other argument it goes to commander like the rest, its
// chunks compiled with the code cache the build made (src/cli/code-cache.ts).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../dist/version.cjs').VERSION}\n`);
} else {
  require('../dist/code-cache.cjs').useCodeCache();
  require('../dist/cmg-setup.cjs');
}
