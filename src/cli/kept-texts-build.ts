/**
 * The build's half of what the bin prints without the program (instant.ts), in each language:
 * every command's help document and the text after it, from the program main.ts builds, with
 * every option made (as each command's --help makes its own); and the whole output of the
 * commands whose output is the language's alone (`steps`, `steps --json`, `schema`), from those
 * commands themselves. scripts/kept-texts.mjs writes them beside the chunks once the bundle is
 * written; no command loads this.
 */
import { Writable } from 'node:stream';
import { catalogue, loadCatalogues } from '../messages/i18n.ts';
import { LANGS, type Lang } from '../model/lang.ts';
import { schemaCommand } from './commands/schema.ts';
import { stepsCommand } from './commands/steps.ts';
import { everyHelpDocument } from './help/document.ts';
import { addInputOptions } from './input-options.ts';
import { KEPT_OUTPUTS, keptHelpFile, keptOutputFile, type KeptHelp, type KeptOutput } from './instant.ts';
import { buildProgram, makeEveryOption, rootHelpAfter } from './program.ts';

/** Each language's help of each command, with the name of its file. */
export async function keptHelps(): Promise<Array<{ file: string; help: KeptHelp }>> {
  await loadCatalogues(LANGS);
  return LANGS.flatMap((lang) => {
    const program = buildProgram(lang, addInputOptions, 'now');
    makeEveryOption(program);
    // Only the root's help has text after it (program.ts, rootHelpAfter): commander writes a
    // command's 'afterHelp' for that command's help alone.
    return everyHelpDocument(program).map(({ words, document }) => ({ file: keptHelpFile(lang, words), help: { document, after: words.length === 0 ? rootHelpAfter(catalogue(lang)) : '' } }));
  });
}

/** What a command writes on stdout, run as program.ts runs it. */
async function outputOf(output: KeptOutput, lang: Lang): Promise<string> {
  const chunks: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  if (output === 'schema') await schemaCommand({ lang }, { stdout });
  else await stepsCommand({ lang, json: output === 'steps-json' }, { stdout });
  return chunks.join('');
}

/** Each language's output of each command KEPT_OUTPUTS names, with the name of its file. */
export async function keptOutputs(): Promise<Array<{ file: string; text: string }>> {
  await loadCatalogues(LANGS);
  const outputs = [...new Set(Object.values(KEPT_OUTPUTS))];
  return Promise.all(LANGS.flatMap((lang) => outputs.map(async (output) => ({ file: keptOutputFile(lang, output), text: await outputOf(output, lang) }))));
}
