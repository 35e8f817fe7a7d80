#!/usr/bin/env node
// The second step of `npm run build`: every command's help in each language, kept beside the
// chunks rolldown just wrote (dist/help.<lang>.<command>.json), for bin/cmg-setup.cjs to print
// `cmg-setup --help`, `cmg-setup cert inspect --help`... without loading the program
// (src/cli/instant.ts; issue 15). Made by the built program itself (dist/kept-help-build.cjs), so
// they are the helps of this very build; the tests check that the text printed from them is
// commander's, at every width, in every language.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { keptHelps } = require('../dist/kept-help-build.cjs');
const helps = await keptHelps();
for (const { file, help } of helps) writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(help)}\n`);
console.log(`kept help: ${helps.length} commands' help (${helps.filter(({ file }) => file.startsWith('help.en.')).length} a language)`);
