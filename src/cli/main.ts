import { CommanderError } from 'commander';
import { runInterruptTasks } from './cleanup.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { buildProgram, languageFromArgv } from './program.ts';
import { printInterrupted } from '../ui/notice.ts';

/**
 * The one exit point: every command returns or throws, and only here does an outcome become
 * an exit code (src/cli/exit-codes.ts holds the mapping).
 */
async function main(argv: string[]): Promise<number> {
  const lang = languageFromArgv(argv, process.env);
  // Ctrl+C outside a prompt (prompts turn it into ExitPromptError themselves): undo what is half
  // done, say so, leave with 130. Output files are written synchronously, so no signal lands mid-file.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      runInterruptTasks();
      printInterrupted(lang);
      process.exit(EXIT.cancelled);
    });
  }
  const program = buildProgram(lang);
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its text: help or the version (its exit code 0), or what
      // was wrong with the command line (unknown option, missing value, missing subcommand).
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { reportError } = await import('../ui/render.ts');
    reportError(error, lang);
    return exitCodeFor(error);
  }
}

// `cmg-setup --help | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
});

const code = await main(process.argv);
process.exitCode = code;
// Nothing should keep the process alive now; if something does (a stray handle), do not hang.
setTimeout(() => process.exit(code), 2000).unref();
