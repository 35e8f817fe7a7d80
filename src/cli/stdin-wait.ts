import type { Terminal } from '../ui/terminal.ts';

/**
 * How long `--<name>-stdin` waits for the end of its input. A secret piped from a file or a
 * command (`Get-Content pw.txt | cmg-setup …`, `cat pw.txt | …`) ends in milliseconds; a pipe
 * that is never closed (the stdin of some CI runners and service wrappers) would otherwise hold
 * the run forever, against DESIGN.md's "never a hang".
 */
export const STDIN_WAIT_MS = 10_000;

/**
 * No bound when a person is at the terminal (prompting is possible, so stdin is a TTY): they type
 * the secret and press Ctrl+D, at their own pace.
 *
 * CMG_SETUP_STDIN_TIMEOUT_MS is a test-only hook, like CMG_SETUP_FAULT: it lets the tests of the
 * bound run in a fraction of a second. It is not a setting for users and is not documented as one.
 */
export function stdinWaitMs(terminal: Pick<Terminal, 'canPrompt'>, env: NodeJS.ProcessEnv): number | undefined {
  if (terminal.canPrompt) return undefined;
  const forTests = Number(env.CMG_SETUP_STDIN_TIMEOUT_MS);
  return Number.isSafeInteger(forTests) && forTests > 0 ? forTests : STDIN_WAIT_MS;
}
