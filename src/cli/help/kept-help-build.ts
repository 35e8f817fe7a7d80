/**
 * The build's half of the helps printed without the program (instant.ts): every command's help
 * document in each language, and the text after it, from the program main.ts builds, with every
 * option made (as each command's --help makes its own). scripts/kept-help.mjs writes them beside
 * the chunks once the bundle is written; no command loads this.
 */
import { catalogue, loadCatalogues } from '../../messages/i18n.ts';
import { LANGS } from '../../model/lang.ts';
import { addInputOptions } from '../input-options.ts';
import { keptHelpFile, type KeptHelp } from '../instant.ts';
import { buildProgram, makeEveryOption, rootHelpAfter } from '../program.ts';
import { everyHelpDocument } from './document.ts';

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
