import type { PsParameter } from '../emit/powershell.ts';
import type { Answers } from '../wizard/answers.ts';

/** Every site-side script opens the site drive from these two parameters. */
export function siteParameters(answers: Answers): PsParameter[] {
  return [
    { name: 'SiteCode', type: 'string', default: answers.siteCode, help: 'Site code of the primary (or top-level) site.' },
    { name: 'SmsProvider', type: 'string', default: answers.smsProvider, help: 'FQDN of the SMS Provider.' },
  ];
}
