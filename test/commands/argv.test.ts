/**
 * The command line before commander (src/cli/argv.ts, program.ts takesNoInput): which commands
 * start without the input declarations (issue 15), and the secret-as-a-flag refusal with and
 * without them.
 */
import { describe, expect, it } from 'vitest';
import { optionValue, secretValueProblems } from '../../src/cli/argv.ts';
import { languageFromArgv, takesNoInput } from '../../src/cli/program.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';

describe('takesNoInput', () => {
  it.each([
    [['cert', 'inspect', 'root.cer'], true],
    [['cert', 'lab', '--out', 'lab'], true],
    [['cert'], true],
    [['--lang', 'fr', 'cert', 'inspect', 'root.cer'], false],
    [['plan', '--answers', 'cmg.yaml'], false],
    [['azure', 'check'], false],
    // Its script lists every input option.
    [['completion', 'powershell'], false],
    [['--site-code', 'cert'], false],
    [[], false],
  ])('%j: %s', (args, expected) => {
    expect(takesNoInput(args)).toBe(expected);
  });
});

describe('secretValueProblems', () => {
  it('with the declarations: a declared secret given a value is refused by its name', () => {
    expect(secretValueProblems(['plan', '--server-cert-password', 'x'], ALL_INPUTS)).toEqual([
      { code: 'SECRET_AS_FLAG', input: 'serverCertPassword', params: { flag: '--server-cert-password', stdin: '--server-cert-password-stdin', file: '--server-cert-password-file', envFlag: '--server-cert-password-env', env: 'CMG_SERVER_CERT_PASSWORD' } },
    ]);
  });

  it("without them (a `cert` command): the command's own --password still is; a wizard input's flag is commander's unknown option", () => {
    expect(secretValueProblems(['cert', 'inspect', 'server.pfx', '--password=x'], []).map((problem) => problem.input)).toEqual(['password']);
    expect(secretValueProblems(['cert', 'inspect', 'server.pfx', '--server-cert-password', 'x'], [])).toEqual([]);
  });
});

describe('optionValue (the language and the PFX hint, read before commander)', () => {
  it('the last one given, spaced or with =, everything after the first = kept, nothing after --', () => {
    expect(optionValue(['plan', '--answers', 'a.yaml', '--answers=b=c.yaml'], '--answers')).toBe('b=c.yaml');
    expect(optionValue(['--answers=a.yaml', '--answers', 'b.yaml'], '--answers')).toBe('b.yaml');
    expect(optionValue(['--answers-file', 'x', '--', '--answers', 'y'], '--answers')).toBeUndefined();
  });

  it('the language as commander takes it: --lang=fr=x is no language, so the environment\'s', () => {
    expect(languageFromArgv(['node', 'cmg-setup', '--lang', 'en', '--lang=fr'], {})).toBe('fr');
    expect(languageFromArgv(['node', 'cmg-setup', '--lang=fr=x'], { LANG: 'en_US.UTF-8' })).toBe('en');
  });
});
