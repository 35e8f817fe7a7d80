import type { Command } from 'commander';
import { UsageError } from '../model/errors.ts';
import { commandPath, redactOptionValues, secretValueProblems, wantsJson } from './argv.ts';
import { runInterruptTasks } from './cleanup.ts';
import { EXIT } from './exit-codes.ts';
import { printErrorDocument, reportFailure, type OutcomeContext } from './outcome.ts';
import { cancelledDocument, printInterrupted, restoreTerminal } from '../ui/notice.ts';
import { answerInterrupted } from '../ui/line-interrupt.ts';
import { catalogue, loadCatalogues } from '../messages/i18n.ts';
import { visible } from '../messages/visible.ts';
import { jsonText } from '../ui/json-text.ts';
import { startEarlyWork } from './early-work.ts';

/**
 * The one exit point: every command returns or throws, and only here does an outcome become
 * an exit code (src/cli/exit-codes.ts holds the mapping).
 */
async function main(argv: string[]): Promise<number> {
  // First, with nothing but its own small chunks loaded (rolldown.config.mjs): the PFX worker and
  // the RSA keys the command line asks for start while this thread loads the program.
  await startEarlyWork(argv.slice(2), process.env);
  const [{ CommanderError }, { buildProgram, languageFromArgv, rootOptionsLater, takesNoInput }] = await Promise.all([import('commander'), import('./program.ts')]);
  const lang = languageFromArgv(argv, process.env);
  // The run's language and English, whose commander texts the help compares with (program.ts).
  await loadCatalogues(lang === 'en' ? ['en'] : [lang, 'en']);
  const args = argv.slice(2);
  const streams = { stdout: process.stdout, stderr: process.stderr };
  const context: OutcomeContext = { lang, json: wantsJson(args), command: commandPath(args) };
  // Ctrl+C outside a prompt (prompts turn it into ExitPromptError themselves), SIGTERM and SIGHUP
  // (the terminal closed) anywhere: undo what is half done, give the terminal back (a select
  // prompt hides the cursor, and its own clean-up cannot run before process.exit), say so, leave
  // with 130 (DESIGN.md exit codes: cancelled). Output files are written synchronously, so no
  // signal lands mid-file.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      // Ctrl+C at a plain question (TERM=dumb) ends that question as a rich prompt's Ctrl+C does.
      if (signal === 'SIGINT' && answerInterrupted()) return;
      runInterruptTasks();
      restoreTerminal();
      printInterrupted(lang);
      if (wantsJson(args)) process.stdout.write(jsonText(cancelledDocument(lang, commandPath(args))));
      process.exit(EXIT.cancelled);
    });
  }
  try {
    // The input declarations and their options, but for the commands that take no input (issue 15).
    const inputs = takesNoInput(args) ? undefined : await import('./input-options.ts');
    // Before commander, which would echo `--server-cert-password=<the secret>` back as unknown.
    const secrets = secretValueProblems(args, inputs?.ALL_INPUTS ?? []);
    if (secrets.length > 0) throw new UsageError(secrets);
    const program = buildProgram(lang, inputs?.addInputOptions, rootOptionsLater(args) ? 'later' : 'now');
    // Commander's own error lines (unknown option...) without any `--flag=value` value in them;
    // subcommands copied their output settings when they were made, so each gets it.
    // Commander quotes options as typed, so a control character in one is shown escaped, line by line.
    const redact = { outputError: (text: string, write: (text: string) => void) => write(redactOptionValues(text, args).split('\n').map(visible).join('\n')) };
    const configure = (command: Command): void => {
      command.configureOutput(redact);
      command.commands.forEach(configure);
    };
    configure(program);
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its text: help or the version (its exit code 0), or what
      // was wrong with the command line (unknown option, missing value, missing subcommand).
      if (error.exitCode === 0) return EXIT.ok;
      const { CommandLineProblem } = await import('../ui/error-document.ts');
      const prefix = catalogue(lang).commander.errorPrefix;
      // Without its final full stop: the document's message adds its own after it.
      const detail = redactOptionValues(error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message, args).replace(/\.$/, '');
      await printErrorDocument(new CommandLineProblem(detail), streams, context, EXIT.usage);
      return EXIT.usage;
    }
    return reportFailure(error, streams, context);
  }
}

// `cmg-setup --help | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
});

/** Once what was written to `stream` is out (a Windows console writes later); at once when nothing waits. */
function whenWritten(stream: NodeJS.WriteStream, next: () => void): void {
  if (stream.writableLength > 0) stream.write('', next);
  else next();
}

// A promise, not a top-level await: the bundle is CommonJS (code-cache.ts).
void main(process.argv).then((code) => {
  process.exitCode = code;
  // The run is over once its output is written: it ends then, not when Node's event loop is
  // empty. An RSA key started early and not taken (the command failed first, early-work.ts) is
  // not waited for; nor is Node's tear-down of the heaps, which a natural end does page by page
  // and process.exit skips (a plan with a .pfx: 161 munmap calls instead of 230, under strace):
  // 1-3% of a run (issue 15; farm-bench, paired against the natural end: plan 0.97, cert
  // inspect of a .cer 0.98, plan with a .pfx 0.98-0.99).
  whenWritten(process.stdout, () => whenWritten(process.stderr, () => process.exit(code)));
  // Should a stream never finish writing (a reader that stopped reading), do not hang.
  setTimeout(() => process.exit(code), 2000).unref();
});
