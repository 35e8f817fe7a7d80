import { describe, expect, it } from 'vitest';
import { renameWithRetry } from '../../src/output/rename.ts';

function failing(code: string, times: number) {
  let calls = 0;
  return {
    rename: () => {
      calls += 1;
      if (calls <= times) throw Object.assign(new Error(code), { code });
    },
    calls: () => calls,
  };
}

describe('rename with a bounded retry (Windows: a file briefly held by an antivirus)', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('retries %s, waiting 50, 100, 200 ms, then succeeds', (code) => {
    const fake = failing(code, 3);
    const waits: number[] = [];
    renameWithRetry('a', 'b', { rename: fake.rename, sleep: (ms) => waits.push(ms) });
    expect(fake.calls()).toBe(4);
    expect(waits).toEqual([50, 100, 200]);
  });

  it('gives up after the budget with the last error', () => {
    const fake = failing('EPERM', 1000);
    const waits: number[] = [];
    expect(() => renameWithRetry('a', 'b', { rename: fake.rename, sleep: (ms) => waits.push(ms), budgetMs: 1000 })).toThrow('EPERM');
    expect(waits).toEqual([50, 100, 200, 400, 250]);
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBe(1000);
  });

  it('does not retry other errors', () => {
    const fake = failing('ENOENT', 1);
    expect(() => renameWithRetry('a', 'b', { rename: fake.rename, sleep: () => undefined })).toThrow('ENOENT');
    expect(fake.calls()).toBe(1);
  });
});
