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
import { assertBuilt, freshDir, removeDir } from '../support/run-cli.ts';
import { closeAll, describeTerminal, Terminal } from '../support/tmux.ts';
import { completeAnswers, writeAnswers } from './fixtures.ts';

const CANCELLED = { en: 'Cancelled: nothing was written, and temporary files were removed.', fr: "Annulé : rien n'a été écrit, et les fichiers temporaires ont été supprimés." };
const SERVICE_NAME = '? CMG service name (FQDN, the server certificate CN)';
const SERVER_CERT_PATH = '? Server certificate (.pfx) path, if you have it (optional, Enter to skip)';
const MODEL = { en: '? Deployment model', fr: '? Modèle de déploiement' };
/** The model's list as drawn: each value, then its description. */
const MODEL_CHOICES = ['❯ vmss     current branch: virtual machine scale set', '  classic  the 1610 cloud service, retired by Azure on 31 Aug 2024'];
/** After the first question asked, each question says, dim, while it is asked, that Shift+Tab goes back. */
const BACK_HINT = '⇧Tab back';
/** The server certificate's path with the back hint, at 80 columns: the hint's last word wraps. */
const SERVER_CERT_PATH_ROWS = [`${SERVER_CERT_PATH} ⇧Tab`, 'back'];
const SERVER_CERT_PATH_ASKED = SERVER_CERT_PATH_ROWS.join('\n');
/** Said under the service name once it is answered: the deployment prefix follows from it. */
const PREFIX_SAID = (prefix: string) => `  → Deployment prefix: ${prefix} (follows from the answers above; not asked)`;
/** The review's question (a list: Write, offered, then Change: <step> for each step, then Quit). */
const REVIEW = { en: '? What now?', fr: '? Et maintenant ?' };
const REVIEW_TITLE = { en: 'Review: every value, by step, and where it comes from', fr: 'Relecture : chaque valeur, par étape, et sa provenance' };
/** The review's choices after Write, in order. */
const REVIEW_CHANGES = ['General', 'Server certificate', 'Client root certificates', 'Azure', 'Cloud management gateway', 'Site settings', 'Connection point', 'Management and software update points', 'Clients'];

/** Every input answered (defaults written out, optional questions answered "none"), by the CLI itself: its --save-answers file. */
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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The last row that is not empty. */
const lastRow = (rows: string[]): string => rows.filter((row) => row !== '').at(-1) ?? '';

/** A review row: the flag padded as the review pads it (to the longest flag name), the value, where it comes from. */
const reviewRow = (flag: string, value: string, source: string): string => `  ${flag.padEnd('--client-always-on-internet-action'.length)}  ${value}  (${source})`;

/** At the review (its list shown), picks a choice by arrow keys: Write is offered; Quit is one Up away (the list goes round). */
async function pickAtReview(terminal: Terminal, choice: 'write' | 'quit' | { change: string }, lang: 'en' | 'fr' = 'en'): Promise<void> {
  await terminal.waitFor(REVIEW[lang]);
  if (choice === 'quit') {
    terminal.press('Up');
    await terminal.waitFor(lang === 'en' ? '❯ Quit without writing' : '❯ Quitter sans écrire');
  } else if (choice !== 'write') {
    const downs = REVIEW_CHANGES.indexOf(choice.change) + 1;
    expect(downs).toBeGreaterThan(0);
    for (let pressed = 0; pressed < downs; pressed += 1) terminal.press('Down');
    await terminal.waitFor(`❯ Change: ${choice.change}`);
  }
  terminal.press('Enter');
}

/** For each question in turn: waits until it is asked (its "? " line on screen), then types `text` (if any) and Enter. */
async function answer(terminal: Terminal, questions: ReadonlyArray<readonly [question: string, text?: string]>): Promise<void> {
  for (const [question, text] of questions) {
    await terminal.waitFor(`? ${question}`);
    if (text !== undefined) terminal.type(text);
    terminal.press('Enter');
  }
}

/** Where `wanted` rows are in `rows`, in order: each found after the one before (fails naming the row missing). */
function inOrder(rows: readonly string[], wanted: ReadonlyArray<string | RegExp>): number[] {
  const found: number[] = [];
  for (const row of wanted) {
    const from = (found.at(-1) ?? -1) + 1;
    const at = rows.findIndex((candidate, index) => index >= from && (typeof row === 'string' ? candidate === row : row.test(candidate)));
    expect(at, `${String(row)} after row ${from} of:\n${rows.join('\n')}`).toBeGreaterThanOrEqual(0);
    found.push(at);
  }
  return found;
}

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
    rows = await terminal.waitFor(SERVER_CERT_PATH_ASKED);
    expect(rows.slice(-4)).toEqual(['✔ CMG service name (FQDN, the server certificate CN) contosocmg.contoso.com', PREFIX_SAID('contosocmg'), ...SERVER_CERT_PATH_ROWS]);
    terminal.press('Enter');
    await pickAtReview(terminal, 'write');
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
    expect(rows.filter(Boolean).slice(-4)).toEqual([MODEL.en, ...MODEL_CHOICES, '↑↓ navigate • ⏎ select']);
    await terminal.waitForCursor(false);

    terminal.press('C-z');
    rows = await terminal.waitFor(/Stopped +cmg-setup --answers answers.yaml\n\$$/);
    expect(terminal.cursorShown()).toBe(true);

    terminal.shell('fg');
    rows = await terminal.waitFor(/^\$ fg\ncmg-setup --answers answers.yaml\n(\n)?\? Deployment model\n/m);
    expect(rows.slice(rows.lastIndexOf(MODEL.en) + 1).filter(Boolean)).toEqual([...MODEL_CHOICES, '↑↓ navigate • ⏎ select']);
    await terminal.waitForCursor(false);
    terminal.press('Enter');
    await terminal.waitFor(REVIEW.en);
    // The plan's report and the review follow the answers: the answer is further up.
    expect(terminal.scrollback()).toContain('✔ Deployment model vmss');
    await pickAtReview(terminal, 'write');
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

  // Both are the bin's own, from the kept help (src/cli/instant.ts): it reads the terminal's width as commander does.
  it.each([[['plan', '--help']], [['--help']]])('%j in a 120x40 window uses the width: lines over 80 columns, none over 120, none wrapped', async (args) => {
    const terminal = await Terminal.start({ cwd: folderWith([]), columns: 120, rows: 40 });
    terminal.run(args);
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
    rows = await terminal.waitFor(SERVER_CERT_PATH_ASKED);
    expect(rows.slice(-4)).toEqual(['✔ CMG service name (FQDN, the server certificate CN) contosocmg.contoso.com', PREFIX_SAID('contosocmg'), ...SERVER_CERT_PATH_ROWS]);
    // The derived prefix is said (not asked) under the answer, and no error names it any more.
    expect(rows.filter((row) => /prefix/i.test(row))).toEqual([PREFIX_SAID('contosocmg')]);
    terminal.press('C-c');
    expect(await terminal.exitCode()).toBe(130);
  });

  it('a wrong .pfx password: said and asked again right after the password; the right one shows the certificate read before the next question; no password on screen', async () => {
    await prepareKeys(HIERARCHY_KEYS);
    const { leaf, intermediate } = hierarchy(NOW);
    // The VM count (step 4) left to ask: the question after the password.
    const cwd = folderWith(['serverCertPassword', 'vmCount'], { serviceName: 'cmg.contoso.com', serverCertPath: 'server.pfx' });
    writeFileSync(join(cwd, 'server.pfx'), forgePfx({ key: leaf.key, certificates: [leaf, intermediate], password: PASSWORD, algorithm: '3des' }));
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml', '--now', NOW.toISOString()]);
    const question = '? Password of the server certificate (.pfx)';
    const answered = (stars: number) => `✔ ${question.slice(2)} ${'*'.repeat(stars)}`;
    await terminal.waitFor(question);
    terminal.type('wrong-one');
    await terminal.waitFor(`${question} *********`);
    terminal.press('Enter');

    // The file (as the answers file names it, or its full path: the history joins a wrapped line), then the same question again.
    const wrongLine = /(^|\/)server\.pfx: wrong password for this \.pfx\.$/;
    let rows = await terminal.waitFor(/(^|\/)server\.pfx: wrong password for this \.pfx\.\n\? Password of the server certificate \(\.pfx\)$/m, { scrollback: true });
    inOrder(rows, [answered(9), wrongLine, question]);
    // Asked again, and nothing else asked since.
    expect(rows.filter((row) => row.startsWith('? ')).at(-1)).toBe(question);
    terminal.type(PASSWORD);
    terminal.press('Enter');

    // Read at once: the certificate's subject, expiry and thumbprint, then the next step and its question.
    const vmCount = `? Number of VM instances (1-16) ${BACK_HINT} (1)`;
    rows = await terminal.waitFor(vmCount, { scrollback: true });
    // (At 80 columns the thumbprint goes on a row of its own, under the text.)
    const readLine = /^ {2}✓ server\.pfx: CN=cmg\.contoso\.com, valid until \d{4}-\d{2}-\d{2}, thumbprint$/;
    const [, , , read, thumbprint] = inOrder(rows, [answered(9), wrongLine, answered(PASSWORD.length), readLine, /^ {4}[0-9A-F]{40}$/, 'Step 4 of 8 · Cloud management gateway', vmCount]);
    expect(thumbprint).toBe(read! + 1);
    expect(rows.filter((row) => readLine.test(row))).toHaveLength(1);
    // Nothing asked between the password and the VM count.
    expect(rows.slice(read!).filter((row) => row.startsWith('? '))).toEqual([vmCount]);
    terminal.type('3');
    terminal.press('Enter');
    await pickAtReview(terminal, 'write');
    expect(await terminal.exitCode()).toBe(0);
    const history = terminal.scrollback();
    expect(history.filter((line) => line.includes('wrong password'))).toEqual([expect.stringMatching(wrongLine)]);
    expect(history.join('\n')).not.toContain(PASSWORD);
    expect(history.join('\n')).not.toContain('wrong-one');
  });

  it('going back: Shift+Tab at a question shows the previous question again, offering what was typed; answered, the run goes on', async () => {
    const cwd = folderWith(['serviceName', 'serverCertPath']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml']);
    await answer(terminal, [[SERVICE_NAME.slice(2), 'contosocmg.contoso.com']]);
    let rows = await terminal.waitFor(SERVER_CERT_PATH_ASKED);
    expect(rows.slice(-2)).toEqual(SERVER_CERT_PATH_ROWS);

    terminal.press('BTab');
    // The service name asked again, what was typed offered as its default (the first question: no back hint).
    const again = `${SERVICE_NAME} (contosocmg.contoso.com)`;
    rows = await terminal.waitFor(again);
    expect(lastRow(rows)).toBe(again);
    // Another name this time; then the next question as before.
    terminal.press('C-u');
    terminal.type('cmg.contoso.com');
    terminal.press('Enter');
    // (The question left by Shift+Tab is still on screen above: wait for the one under the new answer.)
    rows = await terminal.waitFor(new RegExp(`^✔ CMG service name \\(FQDN, the server certificate CN\\) cmg\\.contoso\\.com\n[^]*${escapeRegExp(SERVER_CERT_PATH_ASKED)}$`, 'm'));
    expect(rows.slice(-4)).toEqual(['✔ CMG service name (FQDN, the server certificate CN) cmg.contoso.com', PREFIX_SAID('cmg'), ...SERVER_CERT_PATH_ROWS]);
    terminal.press('Enter');
    await pickAtReview(terminal, 'write');
    expect(await terminal.exitCode()).toBe(0);
    const written = parse(readFileSync(join(cwd, 'cmg-setup-output', 'answers.yaml'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ serviceName: 'cmg.contoso.com', deploymentPrefix: 'cmg' });
  });

  it('editing from the review: Change: Cloud management gateway, a new VM count, back at the review, Write; answers.yaml holds the new count', async () => {
    const cwd = folderWith([], { vmCount: 2 });
    const terminal = await Terminal.start({ cwd, rows: 40 });
    terminal.run(['--answers', 'answers.yaml']);
    await terminal.waitFor(REVIEW.en);
    expect(terminal.scrollback()).toContain(reviewRow('--vm-count', '2', 'answers file'));
    await pickAtReview(terminal, { change: 'Cloud management gateway' });

    // The step's questions again, its values offered; the count changed, the rest kept with Enter.
    let rows = await terminal.waitFor('? Azure region (e.g. westeurope) (westeurope)');
    expect(rows).toContain('Step 4 of 8 · Cloud management gateway');
    terminal.press('Enter');
    await terminal.waitFor(`? Number of VM instances (1-16) ${BACK_HINT} (2)`);
    terminal.press('BSpace');
    await answer(terminal, [
      ['Number of VM instances (1-16)', '3'],
      ['VM size'],
      ['Verify client certificate revocation?'],
      ['Enforce TLS 1.2?'],
      ['Serve content from the CMG?'],
      ['14-day outbound traffic alert threshold in GB'],
      ['Warning alert at (% of threshold)'],
      ['Critical alert at (% of threshold)'],
      ['Stop the CMG at the critical threshold?'],
      ['CMG description'],
    ]);
    rows = await terminal.waitFor(REVIEW.en);
    // Only the gateway step was asked again: every question since the first review is one of its.
    const history = terminal.scrollback();
    const firstReview = history.indexOf('✔ What now? Change: Cloud management gateway');
    const lastReview = history.lastIndexOf(REVIEW_TITLE.en);
    expect(firstReview).toBeGreaterThan(0);
    expect(history.slice(firstReview, lastReview).filter((line) => /^[?✔] /.test(line)).map((line) => line.replace(/ (westeurope|3|standard|Yes|No|200|50|90|Contoso CMG \(end-to-end test\))$/, ''))).toEqual([
      '✔ What now? Change: Cloud management gateway',
      '✔ Azure region (e.g. westeurope)',
      '✔ Number of VM instances (1-16)',
      '✔ VM size',
      '✔ Verify client certificate revocation?',
      '✔ Enforce TLS 1.2?',
      '✔ Serve content from the CMG?',
      '✔ 14-day outbound traffic alert threshold in GB',
      '✔ Warning alert at (% of threshold)',
      '✔ Critical alert at (% of threshold)',
      '✔ Stop the CMG at the critical threshold?',
      '✔ CMG description',
    ]);
    expect(history.slice(lastReview)).toContain(reviewRow('--vm-count', '3', 'typed'));
    // Kept with Enter, a value keeps where it came from; only the edited step was headed again, and nothing listed again.
    expect(history.slice(lastReview)).toContain(reviewRow('--region', 'westeurope', 'answers file'));
    expect(history.slice(firstReview).filter((line) => /^(Step \d of 8 · |Before the steps|Have these ready)/.test(line))).toEqual(['Step 4 of 8 · Cloud management gateway']);
    await pickAtReview(terminal, 'write');
    expect(await terminal.exitCode()).toBe(0);
    const written = parse(readFileSync(join(cwd, 'cmg-setup-output', 'answers.yaml'), 'utf8')) as Record<string, unknown>;
    expect(written.vmCount).toBe(3);
    expect(written.region).toBe('westeurope');
  });

  it('Ctrl+C then --resume completing the run: the answers kept, then only the rest asked, from the question interrupted', async () => {
    // Step 8's first question left to ask: steps 1-7 are kept when it is interrupted.
    const cwd = folderWith(['clientAlwaysOnInternetAction', 'clientRollout']);
    const state = join(cwd, 'cmg-setup-output.resume.yaml');
    const interrupted = '? ClientAlwaysOnInternet on existing clients: set, remove or leave as it is?';
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml']);
    let rows = await terminal.waitFor(interrupted);
    expect(rows).toContain('Step 8 of 8 · Clients');
    terminal.press('C-c');
    expect(await terminal.exitCode()).toBe(130);
    let history = terminal.scrollback();
    // The notice wrapped between words at the terminal's 80 columns (issue 17), on two rows.
    expect(history.slice(-4, -2).join(' ')).toBe(`Answers kept in ${state}. Resume with: cmg-setup run --resume`);
    expect(history.slice(-2)).toEqual([CANCELLED.en, '$']);

    terminal.run(['run', '--resume']);
    // The question again, below the resumed run's first line (the first run's is still on screen).
    history = await terminal.waitFor(new RegExp(`^Resuming from [^]*^${escapeRegExp(interrupted)}`, 'm'), { scrollback: true });
    const resumed = history.findIndex((line) => line.startsWith(`Resuming from ${state}: `));
    expect(resumed, history.join('\n')).toBeGreaterThanOrEqual(0);
    // Wrapped between words at the terminal's 80 columns (issue 17): the rows up to its last full stop.
    const sentenceEnd = history.findIndex((line, index) => index >= resumed && line.endsWith('.'));
    expect(history.slice(resumed, sentenceEnd + 1).join(' ')).toMatch(/: steps 1-7 answered \(\d+ answers\); asking the rest and 0 password\(s\)\. Every check runs again\.$/);
    // The first question of the resumed run is the one interrupted: nothing of steps 1-7 is asked again.
    const asked = history.slice(resumed).filter((line) => line.startsWith('? '));
    expect(asked[0]!.startsWith(interrupted)).toBe(true);
    expect(asked).toHaveLength(1);
    terminal.press('Enter');
    await answer(terminal, [['How should the client change be delivered?']]);
    await pickAtReview(terminal, 'write');
    expect(await terminal.exitCode()).toBe(0);
    history = terminal.scrollback();
    // Wrapped between words at the terminal's 80 columns (issue 17).
    expect(history.join(' ')).toContain(`Removed ${state}: the output's answers.yaml holds these answers now.`);
    const written = parse(readFileSync(join(cwd, 'cmg-setup-output', 'answers.yaml'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ clientAlwaysOnInternetAction: 'leave', clientRollout: ['script'], siteCode: complete.siteCode });
  });

  it('a French run with no English on screen: a list, a text, a yes/no answered o, the review, Quit', async () => {
    const cwd = folderWith(['model', 'serviceName', 'verifyClientCrl']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml', '--lang', 'fr']);
    let rows = await terminal.waitFor('↑↓ parcourir • ⏎ choisir');
    expect(rows.filter(Boolean).slice(-4)).toEqual([MODEL.fr, '❯ vmss     branche actuelle : groupe de machines virtuelles identiques', '  classic  service cloud de la 1610, retiré par Azure le 31 août 2024', '↑↓ parcourir • ⏎ choisir']);
    terminal.press('Enter');
    await answer(terminal, [['Nom du service CMG (FQDN, CN du certificat serveur) ⇧Tab retour', 'contosocmg.contoso.com']]);
    const crl = '? Vérifier la révocation des certificats clients ? ⇧Tab retour (o/N)';
    rows = await terminal.waitFor(crl);
    expect(rows).toContain('Étape 4 sur 8 · Passerelle de gestion cloud');
    terminal.type('o');
    terminal.press('Enter');
    await terminal.waitFor(REVIEW.fr);
    await pickAtReview(terminal, 'quit', 'fr');
    expect(await terminal.exitCode()).toBe(130);
    const history = terminal.scrollback();
    const shown = history.join('\n');
    for (const heading of ['Avant les étapes · le modèle, le cloud, la version du site', 'Étape 1 sur 8 · Certificat serveur', 'Étape 3 sur 8 · Azure', 'Étape 8 sur 8 · Clients', REVIEW_TITLE.fr]) expect(history).toContain(heading);
    expect(history).toContain('✔ Vérifier la révocation des certificats clients ? Oui');
    expect(history).toContain('✔ Et maintenant ? Quitter sans écrire');
    expect(history.slice(-2)).toEqual([CANCELLED.fr, '$']);
    const english = ['navigate', 'select', 'Yes', 'No', 'Step', 'Review', 'Write', 'Quit', 'input is masked', 'Usage', 'error', 'Change', 'Enter', 'Cancelled', 'Answers kept'];
    const found = english.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(shown));
    expect(found, shown).toEqual([]);
  });


  it('classic at 80x24: the banner at once and the question to continue; the next step\'s heading shows the banner too', async () => {
    // The site version left to ask: its default follows the model (1810, the last that could create a classic CMG).
    const cwd = folderWith(['model', 'siteVersion']);
    const terminal = await Terminal.start({ cwd });
    terminal.run(['--answers', 'answers.yaml']);
    await terminal.waitFor(MODEL_CHOICES[1]!);
    terminal.press('Down');
    await terminal.waitFor('❯ classic');
    terminal.press('Enter');
    const banner = ['CLASSIC (RETIRED): documents an existing 1610-era CMG; a new CMG is a scale set', '(--model vmss).'];
    const proceed = '? Continue with the retired classic model? (Y/n)';
    let rows = await terminal.waitFor(proceed);
    // Right under the answer: the banner, why, and the question (on the visible screen).
    const chosen = rows.indexOf('✔ Deployment model classic');
    expect(chosen, rows.join('\n')).toBeGreaterThanOrEqual(0);
    expect(rows.slice(chosen + 1, chosen + 4)).toEqual(['', ...banner]);
    expect(rows.slice(chosen + 4).join(' ')).toContain('Classic model: Azure retired Cloud Services (classic) on 31 August 2024');
    expect(lastRow(rows)).toBe(proceed);
    terminal.press('Enter');
    await answer(terminal, [[`ConfigMgr site version (YYMM) ${BACK_HINT} (1810)`]]);
    // The next question is under step 1's heading or a later one: the last heading on screen carries the banner.
    rows = await terminal.waitFor(/^✔ ConfigMgr site version \(YYMM\) 1810\n[^]*^\? /m);
    const heading = rows.findLastIndex((row) => /^Step \d of 8 · /.test(row));
    expect(heading, rows.join('\n')).toBeGreaterThan(rows.indexOf('✔ ConfigMgr site version (YYMM) 1810'));
    expect(rows.slice(heading, heading + 7), rows.join('\n')).toEqual([
      'Step 1 of 8 · Server certificate',
      'The certificate the CMG shows clients: issued for the service name, with its',
      'private key, as a .pfx.',
      'Its request files run on the site server; the .pfx is uploaded when the CMG is',
      'created (step 4).',
      ...banner,
    ]);
    // (The answers file's service name is no classic name: said, then asked.)
    expect(lastRow(rows)).toBe(`? CMG service name (FQDN, the server certificate CN) ${BACK_HINT}`);
    expect(rows.slice(heading + 7).join(' ')).toMatch(/^serviceName from answers file: A classic CMG in the public cloud is named <prefix>\.cloudapp\.net; "contosocmg\.contoso\.com" is not\. Use a name like contosocmg\.cloudapp\.net\. Give another value\. \? /);
    terminal.press('C-c');
    expect(await terminal.exitCode()).toBe(130);
  });

  it('a given value that breaks a rule: listed before the first question, then asked at its turn', async () => {
    const cwd = folderWith(['serviceName'], { vmCount: 40 });
    const terminal = await Terminal.start({ cwd, rows: 40 });
    terminal.run(['--answers', 'answers.yaml']);
    let rows = await terminal.waitFor(SERVICE_NAME);
    const said = inOrder(rows, ['These given values break a rule: each is asked again at its turn.', '  ✖ VM_COUNT_RANGE (vmCount) VM count 40 is outside 1-16.', 'Before the steps · the model, the cloud, the site version', SERVICE_NAME]);
    expect(rows.slice(0, said[0]).filter((row) => row.startsWith('? '))).toEqual([]);
    await answer(terminal, [[SERVICE_NAME.slice(2), 'contosocmg.contoso.com']]);
    const vmCount = `? Number of VM instances (1-16) ${BACK_HINT} (1)`;
    rows = await terminal.waitFor(vmCount);
    inOrder(rows, ['Step 4 of 8 · Cloud management gateway', 'vmCount from answers file: VM count 40 is outside 1-16. Give another value.', vmCount]);
    terminal.type('3');
    terminal.press('Enter');
    await pickAtReview(terminal, 'write');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.scrollback()).toContain(reviewRow('--vm-count', '3', 'typed'));
  });

  it('a given value no question can correct (--arm-endpoint): said, and the run stops before the first question (exit 3)', async () => {
    const terminal = await Terminal.start({ cwd: folderWith(['serviceName']) });
    terminal.run(['--answers', 'answers.yaml', '--arm-endpoint', 'http://management.azure.com']);
    expect(await terminal.exitCode()).toBe(3);
    // Nothing else: no list of what to have ready, no heading, no question.
    expect(terminal.scrollback()).toEqual([
      '$ cmg-setup --answers answers.yaml --arm-endpoint http://management.azure.com',
      // Wrapped between words at the terminal's 80 columns (issue 17).
      'These given values break a rule that no question can correct, so nothing was',
      'asked: fix them and run again.',
      'ARM_ENDPOINT_INVALID (armEndpoint): Resource Manager address',
      '"http://management.azure.com" must use https.',
      '1 error(s), 0 warning(s), 0 note(s).',
      '$',
    ]);
  });


  it('--example asks only the final confirmation (issue 17): no list of what to have ready, no heading, no question but the review; Write; exit 0', async () => {
    const cwd = freshDir('cmg-tmux-example-');
    folders.push(cwd);
    const terminal = await Terminal.start({ cwd, rows: 40, env: { CMG_SERVER_CERT_PASSWORD: 'left-from-a-real-run' } });
    terminal.run(['--example']);
    await pickAtReview(terminal, 'write');
    expect(await terminal.exitCode()).toBe(0);
    const history = terminal.scrollback();
    // The lab's progress line, then the one question: the review's, answered Write.
    expect(history.filter((line) => /^[?✔] /.test(line))).toEqual(['✔ Making the lab PKI (three RSA 2048 keys)', `✔ What now? Write 17 files to ${join(cwd, 'cmg-setup-output')}`]);
    expect(history.filter((line) => /^(Step \d of 8 · |Before the steps|Have these ready)/.test(line))).toEqual([]);
    expect(history).toContain(reviewRow('--server-cert-password', '(secret)', 'example'));
    expect(history.join('\n')).not.toContain('CERT_BAD_PASSWORD');
  });


  it('stdout piped at a terminal (cmg-setup plan | cat): nothing asked, and the error says the pipe turned prompting off and names --interactive (issue 17)', async () => {
    const cwd = freshDir('cmg-tmux-piped-');
    folders.push(cwd);
    const terminal = await Terminal.start({ cwd, columns: 240 });
    terminal.shell('cmg-setup plan | cat');
    const rows = await terminal.waitFor('Add --interactive to be asked anyway', { scrollback: true });
    expect(rows).toContain('cmg-setup: 10 required input(s) missing, and nothing was asked: standard output is not a terminal (a pipe or a file), which turns prompting off. Add --interactive to be asked anyway, or give them:');
    expect(rows.filter((line) => /^[?✔] /.test(line))).toEqual([]);
  });


});

afterAll(closeAll);
