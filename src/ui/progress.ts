import type { Terminal } from './terminal.ts';

/** Writes one line to stderr; above the spinner while there is one, so neither garbles the other. */
export type PrintLine = (line: string) => void;

/**
 * A spinner on stderr while something slow runs (RSA key generation), only where a person
 * watches a terminal: never in CI, with --json or when stderr is a file (ora decides on its own
 * CI rule otherwise, which differs from ours). `work` gets a way to print a line meanwhile (a
 * device-code sign-in's instructions, a warning before the first Azure request).
 */
export async function withProgress<T>(terminal: Pick<Terminal, 'canPrompt' | 'json' | 'stderr' | 'animates'>, text: string, work: (print: PrintLine) => Promise<T>): Promise<T> {
  const plain: PrintLine = (line) => terminal.stderr.write(`${line}\n`);
  if (!terminal.canPrompt || terminal.json || terminal.animates === false || (terminal.stderr as { isTTY?: boolean }).isTTY !== true) return work(plain);
  const { default: ora } = await import('ora');
  // discardStdin: false keeps stdin out of raw mode, so a prompt after the spinner still works.
  const spinner = ora({ text, stream: terminal.stderr, isEnabled: true, discardStdin: false }).start();
  const print: PrintLine = (line) => {
    spinner.clear();
    plain(line);
    spinner.render();
  };
  try {
    const result = await work(print);
    spinner.succeed();
    return result;
  } catch (error) {
    spinner.fail();
    throw error;
  }
}
