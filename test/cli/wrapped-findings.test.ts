/**
 * Issue 17: what people read at a terminal — findings, the plan, failures on stderr, notices — is
 * wrapped between words at the terminal's width, each continuation under the text of its line
 * (after the mark of a finding); piped, the same lines stay whole for the tools that read them.
 * The built binary in a 60-column tmux pane (test/support/tmux.ts), and piped (runCli).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { closeAll, describeTerminal, Terminal } from '../support/tmux.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

let cwd: string;

beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
  writeFileSync(join(cwd, 'not-a-cert.cer'), 'not a certificate\n');
  writeAnswers(cwd, VALID_ANSWERS);
});

afterAll(() => {
  closeAll();
  removeDir(cwd);
});

const UNREADABLE = '  ✖ CERT_UNREADABLE this is not a certificate (.cer/.pem) or PKCS#12 (.pfx) file. Export it again from the certificate store.';
const ROOTS_MISSING = '  ▲ CLIENT_ROOTS_MISSING (clientRootCerts) No client root certificates: clients authenticating with PKI certificates get 401 from the CMG unless it trusts their chain. Give the root and every intermediate (--client-root-certs).';
const MISSING_HEADER = 'cmg-setup: 10 required input(s) missing, and no prompt is possible here (no terminal, CI, --json, --yes or --no-interactive):';

/** The rows a command left in the pane, from its command line to the shell's prompt after it (as drawn: not joined). */
async function rowsOf(args: readonly string[], code: number): Promise<string[]> {
  const terminal = await Terminal.start({ cwd, columns: 60, rows: 40 });
  terminal.run(args);
  expect(await terminal.exitCode()).toBe(code);
  const rows = terminal.scrollback(false);
  // Wrapped by the CLI between words, not by the terminal at its edge: tmux joins (-J) only the
  // rows the terminal wrapped, and there are none.
  expect(terminal.scrollback(true)).toEqual(rows);
  expect(rows.filter((row) => row.length > 60)).toEqual([]);
  return rows;
}

/** The rows from `first` on, as many as `expected` holds. */
const from = (rows: string[], first: string, expected: readonly string[]) => rows.slice(rows.indexOf(first), rows.indexOf(first) + expected.length);

describeTerminal('at a 60-column terminal', () => {
  it('cert inspect: the finding under its mark, the summary once; exit 3', async () => {
    const rows = await rowsOf(['cert', 'inspect', 'not-a-cert.cer'], 3);
    expect(rows.slice(1)).toEqual([
      'not-a-cert.cer (client root or intermediate CA)',
      '  ✖ CERT_UNREADABLE this is not a certificate (.cer/.pem) or',
      '    PKCS#12 (.pfx) file. Export it again from the',
      '    certificate store.',
      '',
      '1 error(s), 0 warning(s), 0 note(s).',
      '$',
    ]);
  });

  it('plan (no prompts): each finding under its mark', async () => {
    const rows = await rowsOf(['plan', '--answers', 'answers.yaml', '--no-interactive'], 0);
    const finding = [
      '  ▲ CLIENT_ROOTS_MISSING (clientRootCerts) No client root',
      '    certificates: clients authenticating with PKI',
      '    certificates get 401 from the CMG unless it trusts their',
      '    chain. Give the root and every intermediate',
      '    (--client-root-certs).',
      '  → 02-client-root/Export-CmgClientChain.ps1',
    ];
    expect(from(rows, finding[0]!, finding)).toEqual(finding);
  });

  it('a failure on stderr (the inputs missing): wrapped too; exit 2', async () => {
    const rows = await rowsOf(['plan', '--no-interactive'], 2);
    expect(rows.slice(1, 6)).toEqual([
      'cmg-setup: 10 required input(s) missing, and no prompt is',
      'possible here (no terminal, CI, --json, --yes or',
      '--no-interactive):',
      '  serviceName  --service-name <value>  or',
      '  CMG_SERVICE_NAME=<value>   e.g. contosocmg.contoso.com',
    ]);
  });
});

it('piped, the same lines whole: one line per finding for the tools that read them', async () => {
  const inspect = await runCli(['cert', 'inspect', 'not-a-cert.cer'], { cwd });
  expect(inspect.code).toBe(3);
  expect(inspect.stdout.split('\n')).toContain(UNREADABLE);
  const plan = await runCli(['plan', '--answers', 'answers.yaml', '--no-interactive'], { cwd });
  expect(plan.code).toBe(0);
  expect(plan.stdout.split('\n')).toContain(ROOTS_MISSING);
  const missing = await runCli(['plan', '--no-interactive'], { cwd });
  expect(missing.code).toBe(2);
  expect(missing.stderr.split('\n')[0]).toBe(MISSING_HEADER);
});
