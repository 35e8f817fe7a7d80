#!/usr/bin/env node
'use strict';
// The CLI runs compiled JavaScript; `npm install` / `npm ci` build dist/ through `prepare`.
// `cmg-setup --version` (or -V) alone, a command's help (`--help`, `-h` or `help` alone, or after
// a command's name: `cert inspect --help`, `help plan`), and `steps`, `steps --json` and `schema`,
// are answered before the program loads, from what the build kept (issue 15; dist/instant.cjs);
// anything else goes to commander, its chunks compiled with the code cache the build made
// (src/cli/code-cache.ts).
const args = process.argv.slice(2);
// A help asked for with words alone, or `steps --json` (instant.ts decides what is kept): any
// other command line reads no chunk before the code cache is in place.
const last = args[args.length - 1];
const helpOnly = (args[0] === 'help' || last === '--help' || last === '-h') && args.every((arg) => /^(?:[a-z]+|--help|-h)$/.test(arg));
const instant = args.length === 1 || helpOnly || args.join(' ') === 'steps --json' ? require('../dist/instant.cjs') : undefined;
if (instant && args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${instant.VERSION}\n`);
} else if (instant && instant.printKept(args, process.env, process.stdout)) {
  // `cmg-setup --help | head` closes the pipe early: the reader's choice, not an error (as main.ts).
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
} else {
  require('../dist/code-cache.cjs').useCodeCache();
  require('../dist/cmg-setup.cjs');
}
