/**
 * Issue 14, "At the terminal, a guide and not a questionnaire", proved in a real terminal: the
 * built binary in an interactive shell in tmux (test/support/tmux.ts), one scenario per case, the
 * RENDERED screen asserted at each stage. Every value but the ones a scenario is about comes from
 * an answers file, so the wizard goes straight to the prompt under test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forgePfx, hierarchy, HIERARCHY_KEYS, NOW, PASSWORD, prepareKeys } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { closeAll, describeTerminal, Terminal } from '../support/tmux.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

const CANCELLED = { en: 'Cancelled: nothing was written, and temporary files were removed.', fr: "Annulé : rien n'a été écrit, et les fichiers temporaires ont été supprimés." };
const SERVICE_NAME = '? CMG service name (FQDN, the server certificate CN)';
const SERVER_CERT_PATH = '? Server certificate (.pfx) path, if you have it (optional, Enter to skip)';
const MODEL = { en: '? Deployment model', fr: '? Modèle de déploiement' };
const WRITE = /^\? Write \d+ files to .*\? \(Y\/n\)$/m;

/** Every input answered (defaults written out, optional questions answered "none"), by the CLI itself: its --save-answers file. */
let complete: Record<string, unknown>;
const folders: string[] = [];

beforeAll(async () => {
  assertBuilt();
  const cwd = freshDir();
  try {
    writeAnswers(cwd, VALID_ANSWERS);
    const saved = await runCli(['plan', '--answers', 'answers.yaml', '--yes', '--save-answers', 'complete.yaml'], { cwd });
    expect(saved.code).toBe(0);
    complete = parse(readFileSync(join(cwd, 'complete.yaml'), 'utf8')) as Record<string, unknown>;
  } finally {
    removeDir(cwd);
  }
});

afterEach(() => {
  closeAll();
  for (const folder of folders.splice(0)) removeDir(folder);
});

/** A fresh folder holding answers.yaml: every input answered but `without` (the deployment prefix is derived from the service name, so it goes with it), with `changes`. */
function folderWith(without: readonly string[], changes: Record<string, unknown> = {}): string {
  const cwd = freshDir('cmg-tmux-run-');
  folders.push(cwd);
  const answers: Record<string, unknown> = { ...complete, ...changes };
  for (const key of [...without, 'deploymentPrefix']) if (!(key in changes)) delete answers[key];
  writeAnswers(cwd, answers);
  return cwd;
}

/** What the shell's terminal is set to now: line editing and echo (cooked), or either off (raw). Types a command at the shell's prompt. */
async function lineMode(terminal: Terminal): Promise<string> {
  terminal.shell('stty -a | grep -qw -e -echo -e -icanon && echo mode=raw || echo mode=cooked');
  const rows = await terminal.waitFor(/^mode=(raw|cooked)\n\$$/m);
  return rows.at(-2)!;
}

/** The last row that is not empty. */
const lastRow = (rows: string[]): string => rows.filter((row) => row !== '').at(-1) ?? '';

describeTerminal('the wizard at a real terminal (tmux)', () => {
  it('Ctrl+Z at a question, then fg: the question again, what is typed shows, and the run goes on to the end', async () => {
    const cwd = folderWith(['serviceName', 'serverCertPath']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml']);
    expect(lastRow(await terminal.waitFor(SERVICE_NAME))).toBe(SERVICE_NAME);
    terminal.type('contoso');
    await terminal.waitFor(`${SERVICE_NAME} contoso`);

    terminal.press('C-z');
    let rows = await terminal.waitFor(/Stopped +cmg-setup --answers answers.yaml\n\$$/);
    expect(rows.slice(-3)).toEqual([`${SERVICE_NAME} contoso`, '[1]+  Stopped                 cmg-setup --answers answers.yaml', '$']);
    expect(terminal.cursorShown()).toBe(true);
    // At the shell, echo and line editing are on.
    expect(await lineMode(terminal)).toBe('mode=cooked');

    terminal.shell('fg');
    // The question drawn afresh under the shell's lines; what was typed before Ctrl+Z is dropped.
    rows = await terminal.waitFor(/^\$ fg\ncmg-setup --answers answers.yaml\n(\n)?\? CMG service name/m);
    expect(lastRow(rows)).toBe(SERVICE_NAME);
    expect(terminal.cursorShown()).toBe(true);
    terminal.type('contosocmg.contoso.com');
    rows = await terminal.waitFor(`${SERVICE_NAME} contosocmg.contoso.com`);
    expect(lastRow(rows)).toBe(`${SERVICE_NAME} contosocmg.contoso.com`);

    terminal.press('Enter');
    rows = await terminal.waitFor(SERVER_CERT_PATH);
    expect(rows.slice(-2)).toEqual(['✔ CMG service name (FQDN, the server certificate CN) contosocmg.contoso.com', SERVER_CERT_PATH]);
    terminal.press('Enter');
    await terminal.waitFor(WRITE);
    terminal.press('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.scrollback().join('\n')).toContain('--service-name contosocmg.contoso.com');
    expect(terminal.cursorShown()).toBe(true);
    // bash keeps the terminal as a job that exits leaves it: the CLI left echo and line editing on.
    expect(await lineMode(terminal)).toBe('mode=cooked');
  });

  it('Ctrl+Z at a list, then fg: the list again (cursor hidden while it is shown, back at the shell), and the run goes on', async () => {
    const cwd = folderWith(['model']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml']);
    let rows = await terminal.waitFor('↑↓ navigate');
    expect(rows.filter(Boolean).slice(-4)).toEqual([MODEL.en, '❯ vmss', '  classic', '↑↓ navigate • ⏎ select']);
    await terminal.waitForCursor(false);

    terminal.press('C-z');
    rows = await terminal.waitFor(/Stopped +cmg-setup --answers answers.yaml\n\$$/);
    expect(terminal.cursorShown()).toBe(true);

    terminal.shell('fg');
    rows = await terminal.waitFor(/^\$ fg\ncmg-setup --answers answers.yaml\n(\n)?\? Deployment model\n❯ vmss\n {2}classic\n(\n)?↑↓ navigate/m);
    await terminal.waitForCursor(false);
    terminal.press('Enter');
    await terminal.waitFor(WRITE);
    // The plan's report follows the answers: the answer is further up.
    expect(terminal.scrollback()).toContain('✔ Deployment model vmss');
    terminal.press('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.cursorShown()).toBe(true);
  });

  it.each([
    ['Ctrl+C', 'en', 'C-c'],
    ['Ctrl+D', 'en', 'C-d'],
    ['Ctrl+C', 'fr', 'C-c'],
    ['Ctrl+D', 'fr', 'C-d'],
  ] as const)('%s at a list (--lang %s): the cancelled line in the run\'s language, exit 130, the cursor shown', async (_label, lang, key) => {
    const cwd = folderWith(['model']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml', '--lang', lang]);
    await terminal.waitFor(MODEL[lang]);
    await terminal.waitForCursor(false);
    terminal.press(key);
    expect(await terminal.exitCode()).toBe(130);
    const rows = terminal.screen();
    expect(rows.slice(-2)).toEqual([CANCELLED[lang], '$']);
    expect(rows.join('\n')).not.toMatch(/internal error|erreur interne/);
    expect(terminal.cursorShown()).toBe(true);
  });

  it.each([
    ['--help', ['--help']],
    ['run --help', ['run', '--help']],
    ['plan --help', ['plan', '--help']],
  ])('%s in an 80x24 window: no line wrapped, none over 80 columns', async (_name, args) => {
    const terminal = await Terminal.start({ cwd: folderWith([]) });
    terminal.run(args);
    expect(await terminal.exitCode()).toBe(0);
    // Joined where the terminal wrapped a line (-J) and as rows: the same only when nothing wrapped.
    const joined = terminal.scrollback();
    expect(terminal.scrollback(false)).toEqual(joined);
    expect(joined.filter((line) => [...line].length > 80)).toEqual([]);
    expect(joined.length).toBeGreaterThan(24);
    expect(joined[1]).toMatch(/^Usage: cmg-setup/);
  });

  it('run --help in an 80x24 window: the options of plan --help, and --dry-run', async () => {
    const optionTerms = async (args: string[]): Promise<string[]> => {
      const terminal = await Terminal.start({ cwd: folderWith([]) });
      terminal.run(args);
      expect(await terminal.exitCode()).toBe(0);
      const terms = terminal
        .scrollback()
        .filter((line) => /^ {2}-/.test(line))
        .map((line) => line.trim().split(/\s{2,}/)[0]!);
      terminal.close();
      return terms;
    };
    const run = await optionTerms(['run', '--help']);
    const plan = await optionTerms(['plan', '--help']);
    expect(run.filter((term) => term !== '--dry-run')).toEqual(plan);
    expect(run).toContain('--dry-run');
  });

  it('help in a 120x40 window uses the width: lines over 80 columns, none over 120, none wrapped', async () => {
    const terminal = await Terminal.start({ cwd: folderWith([]), columns: 120, rows: 40 });
    terminal.run(['plan', '--help']);
    expect(await terminal.exitCode()).toBe(0);
    const joined = terminal.scrollback();
    expect(terminal.scrollback(false)).toEqual(joined);
    expect(joined.filter((line) => [...line].length > 120)).toEqual([]);
    expect(joined.some((line) => [...line].length > 80)).toBe(true);
  });

  it('a service name whose first label cannot be a deployment prefix: the error under the question names the rule; a good name goes on, the prefix never asked', async () => {
    const cwd = folderWith(['serviceName', 'serverCertPath']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml']);
    await terminal.waitFor(SERVICE_NAME);
    terminal.type('contoso-cmg.contoso.com');
    terminal.press('Enter');
    let rows = await terminal.waitFor(/^> /m);
    const question = rows.indexOf(`${SERVICE_NAME} contoso-cmg.contoso.com`);
    expect(question).toBeGreaterThan(0);
    const error = rows.slice(question + 1).join(' ');
    expect(error).toMatch(/^> /);
    expect(error).toContain('Deployment prefix "contoso-cmg"');
    expect(error).toContain('(no hyphen)');

    // Ctrl+U clears the line (readline), then the name without the hyphen.
    terminal.press('C-u');
    terminal.type('contosocmg.contoso.com');
    terminal.press('Enter');
    rows = await terminal.waitFor(SERVER_CERT_PATH);
    expect(rows.slice(-2)).toEqual(['✔ CMG service name (FQDN, the server certificate CN) contosocmg.contoso.com', SERVER_CERT_PATH]);
    expect(rows.join('\n')).not.toMatch(/prefix/i);
    terminal.press('C-c');
    expect(await terminal.exitCode()).toBe(130);
  });

  it('a wrong .pfx password: said, asked again, and the right one completes the run; no password on screen', async () => {
    await prepareKeys(HIERARCHY_KEYS);
    const { leaf, intermediate } = hierarchy(NOW);
    const cwd = folderWith(['serverCertPassword'], { serviceName: 'cmg.contoso.com', serverCertPath: 'server.pfx' });
    writeFileSync(join(cwd, 'server.pfx'), forgePfx({ key: leaf.key, certificates: [leaf, intermediate], password: PASSWORD, algorithm: '3des' }));
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml', '--now', NOW.toISOString()]);
    const question = '? Password of the server certificate (.pfx)';
    await terminal.waitFor(question);
    terminal.type('wrong-one');
    await terminal.waitFor(`${question} *********`);
    terminal.press('Enter');

    // The file (as the answers file names it, or its full path: the history joins a wrapped line), then the same question again.
    let rows = await terminal.waitFor(/(^|\/)server\.pfx: wrong password for this \.pfx\.\n(.*\n)*?\? Password of the server certificate \(\.pfx\)$/m, { scrollback: true });
    expect(rows).toContain(`✔ ${question.slice(2)} *********`);
    expect(rows.filter((row) => row.startsWith('? ')).at(-1)).toBe(question);
    terminal.type(PASSWORD);
    terminal.press('Enter');
    await terminal.waitFor(WRITE);
    expect(terminal.scrollback().filter((row) => row.startsWith('✔ Password of the server certificate'))).toEqual([`✔ ${question.slice(2)} *********`, `✔ ${question.slice(2)} ${'*'.repeat(PASSWORD.length)}`]);
    terminal.press('Enter');
    expect(await terminal.exitCode()).toBe(0);
    const history = terminal.scrollback();
    expect(history.filter((line) => line.includes('wrong password'))).toEqual([expect.stringMatching(/(^|\/)server\.pfx: wrong password for this \.pfx\.$/)]);
    expect(history.join('\n')).not.toContain(PASSWORD);
    expect(history.join('\n')).not.toContain('wrong-one');
  });
});

afterAll(closeAll);
