/**
 * Runs the BUILT binary in a real pseudo-terminal, as an admin at a console does: util-linux's
 * `script` (Debian's bsdutils, an essential package, so on every machine) gives the child a pty,
 * copies what the test writes into the keyboard side and the screen side back out. Keys are sent
 * when the screen shows a text, never after a delay, so the test does not depend on timing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { BIN, cliEnv } from './run-cli.ts';

export type PtyStep = {
  /** Wait until the screen (without escape sequences) contains this text... */
  waitFor: string;
} & (
  | {
      /** ...then type this (`\x03` Ctrl+C, `\x1b` Esc, `\x04` Ctrl+D, `\r` Enter)... */
      send: string;
    }
  | {
      /** ...or send this signal to the CLI's process (not to `script` or its shell). */
      signal: NodeJS.Signals;
    }
);

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed, escape sequences removed, CRLF as LF. */
  screen: string;
  timedOut: boolean;
  /** Everything the terminal was sent, escape sequences and all. */
  raw: string;
}

/** The process running the built CLI under `script` (a child or grandchild, through the shell). */
function cliProcess(root: number): number | undefined {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // `pid (comm) state ppid ...`: comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let parent = parents.get(pid); parent !== undefined && parent > 1; parent = parents.get(parent)) if (parent === root) return true;
    return false;
  };
  for (const pid of parents.keys()) {
    if (!isDescendant(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(BIN)) return pid;
    } catch {
      // As above.
    }
  }
  return undefined;
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
      if ('send' in step) child.stdin.write(step.send);
      else {
        // The screen shows the prompt, so the CLI is running and its pid is found.
        const pid = child.pid === undefined ? undefined : cliProcess(child.pid);
        if (pid !== undefined) process.kill(pid, step.signal);
      }
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
      resolve({ code, screen: stripAnsi(raw), timedOut, raw });
    });
  });
}
