import { scriptTexts } from '../../src/emit/powershell.ts';
import type { Lang } from '../../src/model/lang.ts';
import { clientChainTexts } from '../../src/steps/client-root/script-texts.ts';

/**
 * Every text the generated scripts say in `lang`, by section: the shared ones of the catalogue
 * (src/messages/script.*.ts) and each step's own (src/steps/<id>/script-texts.ts), under the
 * section names they had in the catalogue.
 */
export function allScriptTexts(lang: Lang): Record<string, object> {
  return { ...scriptTexts(lang), clientChain: clientChainTexts[lang] };
}
