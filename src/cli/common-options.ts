import { UsageError } from '../model/errors.ts';
import { LANGS, langFromEnv, type Lang } from '../model/lang.ts';

/** --lang: en or fr; without it, the locale of the environment. */
export function parseLang(value: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (value === undefined) return langFromEnv(env);
  const lang = LANGS.find((candidate) => candidate === value);
  if (!lang) throw new UsageError([{ code: 'INPUT_NOT_A_CHOICE', input: 'lang', params: { given: value, choices: LANGS.join(', ') } }]);
  return lang;
}

/**
 * The ISO 8601 forms --now takes (RFC 3339's profile, plus a date alone and minutes without
 * seconds): 2026-11-26, 2026-11-26T12:00, 2026-11-26T12:00:00Z, 2026-11-26T12:00:00.123+01:00.
 * Without a zone a date alone is UTC and a date and time is local time (ECMA-262 Date Time
 * String Format, as before).
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-](\d{2}):?(\d{2}))?)?$/;

/** Gregorian calendar: every fourth year is a leap year, except centuries not divisible by 400. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * --now: the clock of the run, so the same inputs give the same bytes. Each field is checked
 * before Date sees it: Date rolls 2026-02-30 over into 2 March, and the run would be planned on a
 * day nobody asked for.
 */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const invalid = () => new UsageError([{ code: 'NOW_INVALID', params: { value } }]);
  const match = ISO_DATE_TIME.exec(value);
  if (!match) throw invalid();
  const [, year, month, day, hour, minute, second, fraction, zone, zoneHours, zoneMinutes] = match;
  const number = (text: string | undefined) => Number(text ?? 0);
  // Hours 0-23 (ISO 8601's 24:00 is refused: say 00:00 of the next day), no leap second (Date has none).
  const fieldsExist =
    number(month) >= 1 && number(month) <= 12 && number(day) >= 1 && number(day) <= daysIn(number(year), number(month)) &&
    number(hour) <= 23 && number(minute) <= 59 && number(second) <= 59 && number(zoneHours) <= 23 && number(zoneMinutes) <= 59;
  if (!fieldsExist) throw invalid();
  // Rebuilt in the one form Date is specified to parse (milliseconds at most, offset with a colon).
  const date = hour === undefined ? `${year}-${month}-${day}` : `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : ''}${zone === undefined ? '' : /^[Zz]$/.test(zone) ? 'Z' : `${zone[0]}${zoneHours}:${zoneMinutes}`}`;
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) throw invalid();
  return parsed;
}
