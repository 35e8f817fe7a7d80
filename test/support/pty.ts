/**
 * Runs the BUILT binary in a real pseudo-terminal, as an admin at a console does: util-linux's
 * `script` (Debian's bsdutils, an essential package, so on every machine) gives the child a pty,
 * copies what the test writes into the keyboard side and the screen side back out. Keys are sent
 * when the screen shows a text, never after a delay, so the test does not depend on timing.
 */
import { spawn } from 'node:child_process';
import { BIN, cliEnv } from './run-cli.ts';

export interface PtyStep {
  /** Wait until the screen (without escape sequences) contains this text... */
  waitFor: string;
  /** ...then type this (`\x03` Ctrl+C, `\x1b` Esc, `\r` Enter). */
  send: string;
}

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed, escape sequences removed, CRLF as LF. */
  screen: string;
  timedOut: boolean;
}

/** CSI and OSC sequences and lone escapes, as terminals consume them. */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g, '').replace(/\r\n/g, '\n');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function runInPty(args: readonly string[], options: { cwd: string; steps: readonly PtyStep[]; env?: Record<string, string | undefined>; timeoutMs?: number }): Promise<PtyResult> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  // Not a CI run: at a terminal the wizard may prompt, which is what these tests are about.
  const env = cliEnv({ ci: false, env: { TERM: 'xterm-256color', ...options.env } });
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let raw = '';
  let next = 0;
  const pending = [...options.steps];
  child.stdout.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
    const step = pending[next];
    if (step && stripAnsi(raw).includes(step.waitFor)) {
      next += 1;
      child.stdin.write(step.send);
    }
  });
  child.stdin.on('error', () => {});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 15_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: stripAnsi(raw), timedOut });
    });
  });
}
