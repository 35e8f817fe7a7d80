import { scriptTexts, type PsParameter } from '../../emit/powershell.ts';
import type { Lang } from '../../model/lang.ts';
import type { Answers } from '../../model/answers.ts';

/** Every site-side script opens the site drive from these two parameters. */
export function siteParameters(answers: Answers, lang: Lang = 'en'): PsParameter[] {
  const text = scriptTexts(lang).common;
  return [
    { name: 'SiteCode', type: 'string', default: answers.siteCode, help: text.siteCodeHelp },
    { name: 'SmsProvider', type: 'string', default: answers.smsProvider, help: text.smsProviderHelp },
  ];
}
