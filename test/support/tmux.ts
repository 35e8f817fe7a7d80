/**
 * The BUILT binary at a real terminal, as an admin sees it: tmux (Debian's package; `.ci/run`
 * installs it) runs an interactive `bash --norc --noprofile -i` in a detached session of a given
 * size, so job control works (Ctrl+Z, `fg`), and what is asserted is the RENDERED screen
 * (`capture-pane -p`), not the raw bytes. Each terminal has its own server, on a socket in its own
 * temporary folder (`tmux -S <folder>/tmux.sock -f /dev/null`; tmux leaves the socket file behind
 * after kill-server, and the folder goes with it).
 *
 * - `cmg-setup` on the shell's PATH is a wrapper around `node bin/cmg-setup.cjs`: the typed
 *   command line is short and reads as the admin's would.
 * - The exit status: the shell's PROMPT_COMMAND appends `$?` to a file when a command has finished
 *   and no job is left stopped (after Ctrl+Z it appends nothing; after `fg`, the job's status).
 * - Nothing waits on time: `waitFor` polls the screen until a text shows (it fails, showing the
 *   screen, only after a generous limit), keys are sent once the screen asks for them.
 * - `close()` always kills the session's server (use it in afterEach; `closeAll()` closes all).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { BIN, cliEnv } from './run-cli.ts';

/** Set by .ci/run: without tmux the terminal tests fail instead of being skipped. */
export const REQUIRE_VARIABLE = 'CMG_REQUIRE_TMUX';
const INSTALL_HINT = 'apt-get install -y tmux (as .ci/run does)';

export const hasTmux = (): boolean => spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

/**
 * `describe` for a file of terminal scenarios: runs it when tmux is there; skips it, saying why
 * (one line on the console, and in the suite's name), when not; under CMG_REQUIRE_TMUX=1 without tmux, one failing test that says how to install it.
 */
export function describeTerminal(name: string, body: () => void): void {
  if (hasTmux()) describe(name, body);
  else if (process.env[REQUIRE_VARIABLE] !== '1') {
    const reason = `skipped: tmux is not installed; ${INSTALL_HINT}`;
    console.warn(`${name}: ${reason}`);
    describe.skip(`${name} (${reason})`, body);
  }
  else
    describe(name, () => {
      it(`needs tmux (${REQUIRE_VARIABLE}=1)`, () => {
        throw new Error(`tmux is required (${REQUIRE_VARIABLE}=1) but is not on PATH. Install it with: ${INSTALL_HINT}`);
      });
    });
}

/** The keys `press` sends by name (tmux's key names; BTab is Shift+Tab). */
export type Key = 'Enter' | 'Escape' | 'C-c' | 'C-d' | 'C-u' | 'C-z' | 'BTab' | 'Tab' | 'Up' | 'Down' | 'Left' | 'Right' | 'Space' | 'BSpace';

export interface TerminalOptions {
  /** The working folder of the shell (and so of the CLI). */
  cwd: string;
  /** Changes to the CLI's environment (cliEnv with ci: false: no CI, NO_COLOR=1, LANG=C.UTF-8). */
  env?: Record<string, string | undefined>;
  /** The window's size; 80x24 unless said. */
  columns?: number;
  rows?: number;
}

export interface WaitOptions {
  /** Look in the whole history, lines joined where they wrapped (`capture-pane -J -S -`), not only the visible screen. */
  scrollback?: boolean;
  /** A limit for a broken run only (the test's own timeout is the real bound); 20 s unless said. */
  limitMs?: number;
}

/** The shell's prompt: short, so a typed command line fits on one row. */
const PS1 = '$ ';
const POLL_MS = 25;
const live = new Set<Terminal>();

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export class Terminal {
  private readonly socket: string;
  private readonly folder: string;
  private readonly statusFile: string;
  private finishedBefore = 0;
  private closed = false;

  private constructor(options: TerminalOptions) {
    this.folder = mkdtempSync(join(tmpdir(), 'cmg-tmux-'));
    this.socket = join(this.folder, 'tmux.sock');
    this.statusFile = join(this.folder, 'status');
    const wrapper = join(this.folder, 'cmg-setup');
    writeFileSync(wrapper, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(BIN)} "$@"\n`);
    chmodSync(wrapper, 0o755);
    const env = cliEnv({ ci: false, env: { TERM: 'xterm-256color', ...options.env } });
    env.PATH = `${this.folder}:${env.PATH ?? ''}`;
    Object.assign(env, {
      PS1,
      HISTFILE: '',
      PROMPT_COMMAND: `__status=$?; if [ -n "$__ran" ] && [ -z "$(jobs -p)" ]; then echo "$__status" >> ${shellQuote(this.statusFile)}; fi; __ran=1`,
    });
    // tmux gives its panes TERM=default-terminal: `env` sets the one asked for.
    const size = ['-x', String(options.columns ?? 80), '-y', String(options.rows ?? 24)];
    execFileSync('tmux', [...this.base(), 'new-session', '-d', '-s', 'cmg', ...size, '-c', options.cwd, '--', 'env', `TERM=${env.TERM}`, 'bash', '--norc', '--noprofile', '-i'], { env, stdio: 'ignore' });
    live.add(this);
  }

  /** A shell in a new window, at its prompt. */
  static async start(options: TerminalOptions): Promise<Terminal> {
    const terminal = new Terminal(options);
    await terminal.waitFor(PS1.trim());
    return terminal;
  }

  private base(): string[] {
    return ['-S', this.socket, '-f', '/dev/null'];
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', [...this.base(), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Types `cmg-setup <args>` and Enter at the shell's prompt. */
  run(args: readonly string[]): void {
    this.shell(['cmg-setup', ...args].map(shellQuote).join(' '));
  }

  /** Types a shell command line (e.g. `fg`) and Enter at the shell's prompt. */
  shell(line: string): void {
    this.finishedBefore = this.finished().length;
    this.type(line);
    this.press('Enter');
  }

  /** Types text as it is (`send-keys -l`: no key names). */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'cmg', '-l', text);
  }

  /** Presses keys by name, in order. */
  press(...keys: Key[]): void {
    this.tmux('send-keys', '-t', 'cmg', ...keys);
  }

  /** The visible screen, one string per row (trailing spaces removed). */
  screen(): string[] {
    return this.capture(false);
  }

  /** The whole history and screen, lines joined where the terminal wrapped them (`capture-pane -J`), or as rows (`joined: false`). */
  scrollback(joined = true): string[] {
    return this.capture(true, joined);
  }

  private capture(history: boolean, joined = false): string[] {
    const args = ['capture-pane', '-p', '-t', 'cmg', ...(history ? ['-S', '-'] : []), ...(joined ? ['-J'] : [])];
    const lines = this.tmux(...args).split('\n').map((line) => line.trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /**
   * From now on, every byte the pane's programs write (the shell's echo and prompt, the CLI's
   * output) is appended to `file` as written, escape sequences included (`pipe-pane -o`): what
   * the screen shows cannot tell whether a sequence was sent, this can.
   */
  recordOutput(file: string): void {
    this.tmux('pipe-pane', '-o', '-t', 'cmg', `cat >> ${shellQuote(file)}`);
  }

  /** Whether the terminal shows its cursor now (tmux's cursor_flag). */
  cursorShown(): boolean {
    return this.tmux('display-message', '-p', '-t', 'cmg', '#{cursor_flag}').trim() === '1';
  }

  /**
   * Polls `read` until it gives a value, and returns it; fails after `limitMs` (a broken run
   * only: the test's own timeout is the real bound) with `what` and the screen.
   */
  private async poll<T>(read: () => T | undefined, what: string, limitMs = 20_000): Promise<T> {
    const limit = Date.now() + limitMs;
    for (;;) {
      if (this.closed) throw new Error(`${what}: the terminal was closed`);
      const value = read();
      if (value !== undefined) return value;
      if (Date.now() > limit) throw new Error(`${what}; the terminal shows:\n${this.screen().join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Polls the screen until it shows `text` (a substring, or a match of the rows joined by \n), and returns the rows then. */
  waitFor(text: string | RegExp, options: WaitOptions = {}): Promise<string[]> {
    return this.poll(
      () => {
        const rows = options.scrollback ? this.scrollback() : this.screen();
        const shown = rows.join('\n');
        return (typeof text === 'string' ? shown.includes(text) : text.test(shown)) ? rows : undefined;
      },
      `the terminal never showed ${String(text)}`,
      options.limitMs,
    );
  }

  /** Polls until the cursor is shown (or hidden): a prompt may hide it in a write of its own. */
  async waitForCursor(shown: boolean): Promise<void> {
    await this.poll(() => (this.cursorShown() === shown ? true : undefined), `the cursor never became ${shown ? 'shown' : 'hidden'}`);
  }

  private finished(): string[] {
    return existsSync(this.statusFile) ? readFileSync(this.statusFile, 'utf8').split('\n').filter(Boolean) : [];
  }

  /**
   * The exit status of the command typed last, once it has ended (not merely stopped) and the
   * shell's prompt is back on the screen: tmux has then drawn all the command wrote, so the screen
   * and the cursor can be asserted at once.
   */
  async exitCode(limitMs = 20_000): Promise<number> {
    const status = await this.poll(() => this.finished()[this.finishedBefore], 'the command never ended', limitMs);
    await this.poll(() => (this.screen().at(-1) === PS1.trim() ? true : undefined), 'the shell\'s prompt never came back', limitMs);
    return Number(status);
  }

  /** Kills the session's tmux server (and so the shell and the CLI) and removes its folder (wrapper, status, socket). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    live.delete(this);
    spawnSync('tmux', [...this.base(), 'kill-server'], { stdio: 'ignore' });
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** Closes every terminal still open (for afterEach). */
export function closeAll(): void {
  for (const terminal of [...live]) terminal.close();
}
