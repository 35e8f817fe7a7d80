#!/usr/bin/env node
// The second step of `npm run build`: the root's help in each language, kept beside the chunks
// rolldown just wrote (dist/root-help.<lang>.json), for bin/cmg-setup.cjs to print `cmg-setup
// --help` without loading the program (src/cli/instant.ts; issue 15). Made by the built program
// itself (dist/root-help-build.cjs), so it is the help of this very build; the tests check that
// the text printed from it is commander's, at every width, in every language.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { rootHelps } = require('../dist/root-help-build.cjs');
const helps = await rootHelps();
for (const { file, help } of helps) writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(help)}\n`);
console.log(`root help: ${helps.map(({ file }) => file).join(', ')}`);
