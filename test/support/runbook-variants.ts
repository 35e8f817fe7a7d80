import type { Params, RunbookText } from '../../src/messages/types.ts';
import { ALWAYS_ON_INTERNET_ACTIONS, CLIENT_AUTHS, MANAGEMENT_POINT_SECURITIES } from '../../src/model/answers.ts';

/**
 * The runbook's params that choose between forms of a text (src/emit/runbook/context.ts), each
 * with every value it takes: a catalogue test forms every text in every combination, so a branch
 * that only some answers reach is checked too.
 */
const CHOICES: Record<string, readonly (string | number)[]> = {
  model: ['vmss', 'classic'],
  clientAuth: CLIENT_AUTHS,
  mpSecurity: MANAGEMENT_POINT_SECURITIES,
  internetOnly: ['yes', ''],
  connectionTypeReset: ['yes', ''],
  sitePki: ['yes', ''],
  siteEnhancedHttp: ['yes', ''],
  alwaysOnInternetAction: ALWAYS_ON_INTERNET_ACTIONS,
  proxy: ['`proxy.contoso.com:8080`', ''],
};

function combinations(keys: readonly string[]): Array<Record<string, string | number>> {
  const [first, ...rest] = keys;
  if (first === undefined) return [{}];
  return (CHOICES[first] ?? []).flatMap((value) => combinations(rest).map((tail) => ({ [first]: value, ...tail })));
}

/** Every combination; any other param reads as `<name>` (a number for the classic threshold). */
export const RUNBOOK_VARIANTS: Params[] = combinations(Object.keys(CHOICES)).map(
  (chosen) => new Proxy(chosen, { get: (target, key) => (typeof key === 'string' && key in target ? target[key] : key === 'threshold' ? 100 : `<${String(key)}>`) }) as Params,
);

/** The distinct forms of a runbook text over every variant (a fixed text has one). */
export function forms(value: RunbookText | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...new Set(RUNBOOK_VARIANTS.map((params) => value(params)))];
}
