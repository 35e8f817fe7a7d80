import { describe, expect, it } from 'vitest';
import { langFromEnv } from '../../src/model/lang.ts';

describe('the language of the environment (POSIX locale variables)', () => {
  it.each([
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr' }, 'fr'],
    [{ LANG: 'fr-CA' }, 'fr'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'fri_NL' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LC_ALL: 'fr_BE.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' }, 'en'],
  ] as const)('%o → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });
});
