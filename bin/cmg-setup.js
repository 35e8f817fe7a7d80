#!/usr/bin/env node
// The CLI runs compiled JavaScript; `npm install` / `npm ci` build dist/ through `prepare`.
// `cmg-setup --version` (or -V) alone is answered before the program loads, since it needs
// nothing else (issue 15); with any other argument it goes to commander like the rest.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  await import('../dist/cmg-setup.js');
}
