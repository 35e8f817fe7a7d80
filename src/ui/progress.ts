import type { Terminal } from './terminal.ts';

/**
 * A spinner on stderr while something slow runs (RSA key generation), only where a person
 * watches a terminal: never in CI, with --json or when stderr is a file (ora decides on its own
 * CI rule otherwise, which differs from ours).
 */
export async function withProgress<T>(terminal: Pick<Terminal, 'canPrompt' | 'json'>, text: string, work: () => Promise<T>): Promise<T> {
  if (!terminal.canPrompt || terminal.json || process.stderr.isTTY !== true) return work();
  const { default: ora } = await import('ora');
  // discardStdin: false keeps stdin out of raw mode, so a prompt after the spinner still works.
  const spinner = ora({ text, stream: process.stderr, isEnabled: true, discardStdin: false }).start();
  try {
    const result = await work();
    spinner.succeed();
    return result;
  } catch (error) {
    spinner.fail();
    throw error;
  }
}
