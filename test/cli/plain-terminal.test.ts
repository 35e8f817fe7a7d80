/**
 * Issue 17, "Plain terminals": under TERM=dumb (Emacs's shell-mode, serial consoles) the wizard
 * asks its questions as lines (src/ui/plain-prompter.ts) and never sends an escape sequence. The
 * built binary in an interactive shell in tmux (test/support/tmux.ts) answers a part of the
 * interview, a refusal included, and the review, to the written files; what the screen kept is
 * asserted line by line, and every byte the pane was sent (tmux pipe-pane) is searched for ESC.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir } from '../support/run-cli.ts';
import { closeAll, describeTerminal, Terminal } from '../support/tmux.ts';
import { completeAnswers, writeAnswers } from './fixtures.ts';

const ESC = '\u001b';
let complete: Record<string, unknown>;
const folders: string[] = [];

beforeAll(async () => {
  assertBuilt();
  complete = await completeAnswers();
});

afterEach(() => {
  closeAll();
  for (const folder of folders.splice(0)) removeDir(folder);
});

afterAll(closeAll);

/** A fresh folder holding answers.yaml: every input answered but `without` (the deployment prefix follows the service name). */
function folderWithout(without: readonly string[]): string {
  const cwd = freshDir('cmg-tmux-plain-');
  folders.push(cwd);
  const answers: Record<string, unknown> = { ...complete };
  for (const key of [...without, 'deploymentPrefix']) delete answers[key];
  writeAnswers(cwd, answers);
  return cwd;
}

describeTerminal('the wizard at a dumb terminal (TERM=dumb, tmux)', () => {
  it('questions as lines, answered as lines, through the review to the files; no escape sequence sent', async () => {
    const cwd = folderWithout(['model', 'serviceName', 'serverCertPath', 'clientRollout']);
    const raw = join(cwd, 'pane.raw');
    const terminal = await Terminal.start({ cwd, env: { TERM: 'dumb' }, rows: 50 });
    terminal.recordOutput(raw);
    terminal.run(['--answers', 'answers.yaml', '--out', 'out']);
    /** Waits until the scrollback's last line is `question`, then types `text` and Enter. */
    const answer = async (question: string, text: string) => {
      await terminal.waitFor(new RegExp(`${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), { scrollback: true });
      terminal.type(text);
      terminal.press('Enter');
    };
    await answer('  Number [1]:', 'x');
    await answer('> Type a number from 1 to 2, or one of the values\n  Number [1]:', 'vmss');
    await answer('? CMG service name (FQDN, the server certificate CN) (< back)', 'contoso');
    await answer('certificate\'s CN.\n? CMG service name (FQDN, the server certificate CN) (< back)', 'cmg.contoso.com');
    await answer('(optional, Enter to skip) (<\nback)', '');
    await answer('  Numbers, separated by commas or spaces [1]:', '1 3');
    await answer('  Number [1]:', '1');
    expect(await terminal.exitCode()).toBe(0);
    const rows = terminal.scrollback();
    /** The rows from `first` on, as many as `expected` holds. */
    const from = (first: string, expected: readonly string[]) => rows.slice(rows.indexOf(first), rows.indexOf(first) + expected.length);
    // The keys the interview names are the plain ones: a line `<` goes back, Ctrl+D stops (Shift+Tab and Esc are keys a line cannot carry).
    expect(rows).toContain('Enter takes the offered value · < goes back a question · Ctrl+C or Ctrl+D stops');
    const model = ['? Deployment model', '  1) vmss     current branch: virtual machine scale set', '  2) classic  the 1610 cloud service, retired by Azure on 31 Aug 2024', '  Number [1]: x', '> Type a number from 1 to 2, or one of the values', '  Number [1]: vmss'];
    expect(from(model[0]!, model)).toEqual(model);
    const serviceName = [
      '? CMG service name (FQDN, the server certificate CN) (< back) contoso',
      '> "contoso" is not a usable CMG service name: it is a single label; give the',
      'fully qualified name (host.domain). Give the FQDN that is the server',
      "certificate's CN.",
      '? CMG service name (FQDN, the server certificate CN) (< back) cmg.contoso.com',
      '  → Deployment prefix: cmg (follows from the answers above; not asked)',
      // Wrapped between words at the pane's 80 columns, the answer typed after the last.
      '? Server certificate (.pfx) path, if you have it (optional, Enter to skip) (<',
      'back)',
    ];
    expect(from(serviceName[0]!, serviceName)).toEqual(serviceName);
    const rollout = [
      '? How should the client change be delivered? (< back)',
      '  1) script              Set-CmgClient.ps1, run on each client',
      '  2) configmgr-baseline  configuration item: discovery and remediation scripts',
      '  3) gpo                 Group Policy Preferences Registry.xml',
      '  4) intune              Intune remediation: detection and remediation scripts',
      '  Numbers, separated by commas or spaces [1]: 1 3',
    ];
    expect(from(rollout[0]!, rollout)).toEqual(rollout);
    expect(rows).toContain('  --client-rollout                    script, gpo  (typed)');
    const review = [
      '? What now?',
      `   1) Write 15 files to ${join(cwd, 'out')}`,
      '   2) Change: General',
      '   3) Change: Server certificate',
      '   4) Change: Client root certificates',
      '   5) Change: Azure',
      '   6) Change: Cloud management gateway',
      '   7) Change: Site settings',
      '   8) Change: Connection point',
      '   9) Change: Management and software update points',
      '  10) Change: Clients',
      '  11) Quit without writing',
      '  Number [1]: 1',
    ];
    expect(from(review[0]!, review)).toEqual(review);
    expect(existsSync(join(cwd, 'out', 'RUNBOOK.md'))).toBe(true);
    // Every byte the pane got, the shell's included: not one escape sequence.
    const bytes = readFileSync(raw, 'utf8');
    expect(bytes).toContain('  Number [1]: ');
    expect(bytes.includes(ESC)).toBe(false);
  });

  it.each([
    ['Ctrl+C', 'C-c'],
    ['Ctrl+D (end of input)', 'C-d'],
  ] as const)('%s at a question: the answers kept for --resume, the cancelled line, exit 130; no escape sequence sent', async (_label, key) => {
    const cwd = folderWithout(['serviceName']);
    const raw = join(cwd, 'pane.raw');
    const terminal = await Terminal.start({ cwd, env: { TERM: 'dumb' } });
    terminal.recordOutput(raw);
    terminal.run(['--answers', 'answers.yaml', '--out', 'out']);
    await terminal.waitFor(/\? CMG service name \(FQDN, the server certificate CN\)$/);
    terminal.press(key);
    expect(await terminal.exitCode()).toBe(130);
    const rows = terminal.scrollback();
    // Ctrl+C is echoed by the terminal's line discipline (^C); Ctrl+D on an empty line is not.
    expect(rows.at(-5)).toBe(`? CMG service name (FQDN, the server certificate CN)${key === 'C-c' ? ' ^C' : ''}`);
    // Wrapped between words at the terminal's 80 columns, on two rows.
    expect(rows.slice(-4, -2).join(' ')).toBe(`Answers kept in ${join(cwd, 'out.resume.yaml')}. Resume with: cmg-setup run --resume --out out`);
    expect(rows.slice(-2)).toEqual(['Cancelled: nothing was written, and temporary files were removed.', '$']);
    expect(existsSync(join(cwd, 'out.resume.yaml'))).toBe(true);
    expect(readFileSync(raw, 'utf8').includes(ESC)).toBe(false);
  });

  it('a password: read without echo (nothing of it on the screen), each question on its own line; no escape sequence sent', async () => {
    const cwd = freshDir('cmg-tmux-plain-');
    folders.push(cwd);
    const raw = join(cwd, 'pane.raw');
    const terminal = await Terminal.start({ cwd, env: { TERM: 'dumb' } });
    terminal.recordOutput(raw);
    terminal.run(['cert', 'lab', '--service-name', 'contosocmg.contoso.com', '--out', 'lab']);
    await terminal.waitFor(/^\? Password for the two lab \.pfx files \(server, client\)$/m);
    terminal.type('S3cret-lab!');
    terminal.press('Enter');
    await terminal.waitFor(/^\? The same password again$/m);
    terminal.type('S3cret-lab!');
    terminal.press('Enter');
    expect(await terminal.exitCode(60_000)).toBe(0);
    const rows = terminal.scrollback();
    expect(rows.slice(1, 3)).toEqual(['? Password for the two lab .pfx files (server, client)', '? The same password again']);
    expect(rows.join('\n')).not.toContain('S3cret');
    expect(existsSync(join(cwd, 'lab'))).toBe(true);
    expect(readFileSync(raw, 'utf8').includes(ESC)).toBe(false);
  });
});
