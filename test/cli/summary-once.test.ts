/**
 * The summary line of a failed check, once (issue 17): `cert inspect`, `azure check` and the plan
 * end their report on stdout with "N error(s), …", and the failure used to say the same line again
 * on stderr, so a terminal showed it twice. At a terminal it is said once; with stdout or stderr
 * going elsewhere each stream keeps its own line (a log of stderr alone still says what failed).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { closeAll, describeTerminal, Terminal } from '../support/tmux.ts';

const SUMMARY = /^\d+ error\(s\), \d+ warning\(s\), \d+ note\(s\)\.$/;
let cwd: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
  // Not a certificate: an error finding, exit 3.
  writeFileSync(join(cwd, 'not-a-cert.cer'), 'not a certificate\n');
});

afterAll(() => {
  closeAll();
  removeDir(cwd);
});

describeTerminal('the summary line of a failed check', () => {
  it('at a terminal (stdout and stderr both on it): once, exit 3', async () => {
    const terminal = await Terminal.start({ cwd });
    terminal.run(['cert', 'inspect', 'not-a-cert.cer']);
    expect(await terminal.exitCode()).toBe(3);
    expect(terminal.scrollback().filter((line) => SUMMARY.test(line.trim()))).toEqual(['1 error(s), 0 warning(s), 0 note(s).']);
  });
});

it('piped: on stdout at the end of the report, and on stderr for a log of stderr alone', async () => {
  const result = await runCli(['cert', 'inspect', 'not-a-cert.cer'], { cwd });
  expect(result.code).toBe(3);
  expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 error(s), 0 warning(s), 0 note(s).');
  expect(result.stderr).toBe('1 error(s), 0 warning(s), 0 note(s).\n');
});
