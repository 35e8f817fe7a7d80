import { describe, expect, it } from 'vitest';
import { parseNow } from '../../src/cli/common-options.ts';
import { UsageError } from '../../src/model/errors.ts';

// --now (src/cli/common-options.ts parseNow, used by plan, run, --example and the cert commands):
// the ISO 8601 forms accepted before stay accepted; dates and times that do not exist are
// refused instead of being rolled over by Date (2026-02-30 was 2 March; issue 9, point 4b).

describe('parseNow', () => {
  it('keeps the forms that worked: a date (UTC midnight), Z, an offset, milliseconds', () => {
    expect(parseNow('2026-11-26').toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(parseNow('2026-11-26T12:00:00Z').toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(parseNow('2026-11-26T12:00:00+01:00').toISOString()).toBe('2026-11-26T11:00:00.000Z');
    expect(parseNow('2026-11-26T12:00:00.123Z').toISOString()).toBe('2026-11-26T12:00:00.123Z');
    expect(parseNow('2026-11-26T12:00:00.5-05:30').toISOString()).toBe('2026-11-26T17:30:00.500Z');
    expect(parseNow('2026-03-01T00:00:00.000Z').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('a date and time without a zone is local time, as Date has it', () => {
    expect(parseNow('2026-11-26T12:00').getTime()).toBe(new Date(2026, 10, 26, 12, 0).getTime());
  });

  it('leap days exist in leap years only (2028, 2000; not 2026, 1900)', () => {
    expect(parseNow('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseNow('2000-02-29').toISOString()).toBe('2000-02-29T00:00:00.000Z');
    expect(() => parseNow('2026-02-29')).toThrow(UsageError);
    expect(() => parseNow('1900-02-29')).toThrow(UsageError);
  });

  it('refuses what does not exist or is not ISO 8601, with NOW_INVALID naming the value', () => {
    for (const value of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00', '2026-11-26T24:00', '2026-11-26T12:60', '2026-11-26T12:00:60Z', '2026-11-26T12:00:00+24:00', '2026-11-26T12:00:00+01:60', '26-11-2026', '2026-11-26junk', 'tomorrow', '']) {
      let caught: unknown;
      try {
        parseNow(value);
      } catch (error) {
        caught = error;
      }
      expect(caught, value).toBeInstanceOf(UsageError);
      expect((caught as UsageError).problems, value).toEqual([{ code: 'NOW_INVALID', params: { value } }]);
    }
  });
});
