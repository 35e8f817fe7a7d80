#!/usr/bin/env node
// The second step of `npm run build`: what bin/cmg-setup.cjs prints without loading the program
// (src/cli/instant.ts; issue 15), in each language, kept beside the chunks rolldown just wrote:
// every command's help (dist/help.<lang>.<command>.json), for `cmg-setup --help`, `cmg-setup
// cert inspect --help`...; and the output of `steps`, `steps --json` and `schema`
// (dist/output.<lang>.<command>.txt). Made by the built program itself
// (dist/kept-texts-build.cjs), so they are this very build's; the tests check that each is what
// the program prints, in every language (and for the helps, at every width).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { keptHelps, keptOutputs } = require('../dist/kept-texts-build.cjs');
const helps = await keptHelps();
for (const { file, help } of helps) writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(help)}\n`);
const outputs = await keptOutputs();
for (const { file, text } of outputs) writeFileSync(new URL(`../dist/${file}`, import.meta.url), text);
console.log(`kept texts: ${helps.length} helps, ${outputs.length} outputs`);
