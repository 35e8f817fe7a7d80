/**
 * The build's half of the root's help printed without the program (instant.ts): each language's
 * help document and the text after it, from the program main.ts builds for `cmg-setup --help`.
 * scripts/root-help.mjs writes them beside the chunks once the bundle is written; no command loads this.
 */
import { catalogue, loadCatalogues } from '../../messages/i18n.ts';
import { LANGS } from '../../model/lang.ts';
import { addInputOptions } from '../input-options.ts';
import { rootHelpFile, type RootHelp } from '../instant.ts';
import { buildProgram, rootHelpAfter } from '../program.ts';
import { helpDocument } from './document.ts';

/** Each language's file name and its root help. */
export async function rootHelps(): Promise<Array<{ file: string; help: RootHelp }>> {
  await loadCatalogues(LANGS);
  return LANGS.map((lang) => {
    const program = buildProgram(lang, addInputOptions, 'now');
    return { file: rootHelpFile(lang), help: { document: helpDocument(program, program.createHelp()), after: rootHelpAfter(catalogue(lang)) } };
  });
}
