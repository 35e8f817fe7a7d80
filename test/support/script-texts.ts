import { scriptTexts } from '../../src/emit/powershell.ts';
import type { ScriptTexts } from '../../src/messages/types.ts';
import type { Lang } from '../../src/model/lang.ts';
import { siteTexts, type SiteTexts } from '../../src/steps/site/script-texts.ts';
import { connectionPointTexts, type ConnectionPointTexts } from '../../src/steps/connection-point/script-texts.ts';
import { rolesTexts, type RolesTexts } from '../../src/steps/roles/script-texts.ts';
import { azureServiceTexts, entraAppsTexts, subCaTexts, type AzureServiceTexts, type EntraAppsTexts, type SubCaTexts } from '../../src/steps/azure/script-texts.ts';
import { clientsTexts, type ClientsTexts } from '../../src/steps/clients/script-texts.ts';
import { clientChainTexts, type ClientChainTexts } from '../../src/steps/client-root/script-texts.ts';

/** The shared script texts and each step's own, under the section names they had in the catalogue. */
export interface AllScriptTexts extends ScriptTexts {
  clientChain: ClientChainTexts;
  clients: ClientsTexts;
  entraApps: EntraAppsTexts;
  azureService: AzureServiceTexts;
  subCa: SubCaTexts;
  roles: RolesTexts;
  connectionPoint: ConnectionPointTexts;
  site: SiteTexts;
}

/**
 * Every text the generated scripts say in `lang`, by section: the shared ones of the catalogue
 * (src/messages/script.*.ts) and each step's own (src/steps/<id>/script-texts.ts).
 */
export function allScriptTexts(lang: Lang): AllScriptTexts {
  return { ...scriptTexts(lang), clientChain: clientChainTexts[lang], site: siteTexts[lang], connectionPoint: connectionPointTexts[lang], roles: rolesTexts[lang], subCa: subCaTexts[lang], azureService: azureServiceTexts[lang], entraApps: entraAppsTexts[lang], clients: clientsTexts[lang] };
}
