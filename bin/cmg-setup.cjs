#!/usr/bin/env node
'use strict';
// The CLI runs compiled JavaScript; `npm install` / `npm ci` build dist/ through `prepare`.
// `cmg-setup --version` (or -V) alone, and the root's help (`--help`, `-h` or `help` alone), are
// answered before the program loads, since they need nothing else (issue 15; dist/instant.cjs);
// anything else goes to commander, its chunks compiled with the code cache the build made
// (src/cli/code-cache.ts).
const args = process.argv.slice(2);
const instant = args.length === 1 ? require('../dist/instant.cjs') : undefined;
if (instant && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${instant.VERSION}\n`);
} else if (instant && instant.printRootHelp(args, process.env, process.stdout)) {
  // `cmg-setup --help | head` closes the pipe early: the reader's choice, not an error (as main.ts).
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
} else {
  require('../dist/code-cache.cjs').useCodeCache();
  require('../dist/cmg-setup.cjs');
}
