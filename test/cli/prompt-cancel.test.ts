import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runInPty } from '../support/pty.ts';
import { assertBuilt, freshDir, removeDir } from '../support/run-cli.ts';

// At a real terminal (a pty), stopping a prompt is a cancellation: the one "Cancelled" line and
// exit 130 (DESIGN.md exit codes: "Ctrl+C, Esc, or no at the final confirmation"), never
// "internal error (ExitPromptError)", and nothing written.

const CANCELLED = 'Cancelled: nothing was written, and temporary files were removed.';
const ANNULE = "Annulé : rien n'a été écrit, et les fichiers temporaires ont été supprimés.";
const CTRL_C = '\u0003';
const ESC = '\u001b';
const CTRL_D = '\u0004';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

describe('stopping a prompt at a terminal', () => {
  it.each([
    ['Ctrl+C', CTRL_C],
    ['Esc', ESC],
    ['Ctrl+D (EOF)', CTRL_D],
  ])('%s at the password prompt of cert lab: the cancellation line, exit 130, nothing written', async (_label, key) => {
    const result = await runInPty(['cert', 'lab', '--service-name', 'contosocmg.contoso.com', '--out', 'lab'], { cwd, steps: [{ waitFor: 'Password for the two lab .pfx files (server, client)', send: key }] });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(130);
    expect(result.screen).toContain(`\n${CANCELLED}\n`);
    expect(result.screen).not.toContain('internal error');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    ['Ctrl+C', CTRL_C],
    ['Esc', ESC],
    ['Ctrl+D (EOF)', CTRL_D],
  ])('%s at the wizard\'s first question (a list): the same', async (_label, key) => {
    const result = await runInPty([], { cwd, steps: [{ waitFor: 'Deployment model', send: key }] });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(130);
    expect(result.screen).toContain(`\n${CANCELLED}\n`);
    expect(result.screen).not.toContain('internal error');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('Esc at a text question after an answer: the same', async () => {
    const result = await runInPty([], {
      cwd,
      steps: [
        { waitFor: 'Deployment model', send: '\r' },
        // The prompt itself: the general heading already says "the Azure cloud", and an Enter sent
        // on that would reach the model's list, not the cloud's.
        { waitFor: '? Azure cloud', send: '\r' },
        { waitFor: 'ConfigMgr site version', send: ESC },
      ],
    });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(130);
    expect(result.screen).toContain(`\n${CANCELLED}\n`);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('Ctrl+D (EOF) at a text question after an answer: the same', async () => {
    const result = await runInPty([], {
      cwd,
      steps: [
        { waitFor: 'Deployment model', send: '\r' },
        // The prompt itself: the general heading already says "the Azure cloud", and an Enter sent
        // on that would reach the model's list, not the cloud's.
        { waitFor: '? Azure cloud', send: '\r' },
        { waitFor: 'ConfigMgr site version', send: CTRL_D },
      ],
    });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(130);
    expect(result.screen).toContain(`\n${CANCELLED}\n`);
    expect(result.screen).not.toContain('internal error');
    expect(readdirSync(cwd)).toEqual([]);
  });

  // A select prompt hides the cursor; a signal ends the process before the prompt's own clean-up,
  // so the CLI shows the cursor itself (DESIGN.md exit codes: 130, cancelled).
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s while a list is shown: exit 130, the cancelled line, the cursor shown again', async (signal) => {
    const result = await runInPty([], { cwd, steps: [{ waitFor: 'Deployment model', signal }] });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(130);
    expect(result.raw).toContain(HIDE_CURSOR);
    expect(result.raw.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(result.raw.lastIndexOf(HIDE_CURSOR));
    expect(result.screen).toContain(CANCELLED);
    expect(result.screen).not.toContain('internal error');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('in French, the French line', async () => {
    const result = await runInPty(['--lang', 'fr'], { cwd, steps: [{ waitFor: 'Modèle de déploiement', send: CTRL_C }] });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(130);
    expect(result.screen).toContain(`\n${ANNULE}\n`);
    expect(result.screen).not.toContain('erreur interne');
  });
});
