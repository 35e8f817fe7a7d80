import type { Lang } from '../model/lang.ts';
import { inputSpec } from '../steps/declarations.ts';
import { psQuote } from '../emit/powershell-quote.ts';
import { argumentList, shellQuote, type EquivalentArguments, type SecretVariable } from './equivalent-command.ts';
import { breaksInWindowsPowerShell, powershellArgument } from './powershell-argument.ts';

/** The shells the re-run lines are written for (src/cli/shell.ts says which one is in use). */
export type Shell = 'powershell' | 'posix';

const QUOTE: Record<Shell, (value: string) => string> = { powershell: powershellArgument, posix: shellQuote };

/** One word of a command line to copy, quoted for `shell`. */
export const quoteFor = (shell: Shell): ((value: string) => string) => QUOTE[shell];

/**
 * A line ends with the shell's line continuation: PowerShell's backtick, which must be the line's
 * last character (about_Parsing, "Line continuation"), a POSIX shell's backslash-newline
 * (POSIX.1-2024, Shell Command Language 2.2.1, Escape Character).
 */
const CONTINUATION: Record<Shell, string> = { powershell: ' `', posix: ' \\' };

/** `cmg-setup [plan]`, then one option per line, indented, every line but the last continued. */
export function commandLines(command: EquivalentArguments, shell: Shell): string[] {
  const quote = QUOTE[shell];
  const lines = [['cmg-setup', ...command.mode.map(quote)].join(' '), ...command.options.map((words) => `  ${words.map(quote).join(' ')}`)];
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}${CONTINUATION[shell]}` : line));
}

/** Whether Windows PowerShell 5.1 would pass every argument as it is (breaksInWindowsPowerShell). */
export function fitsWindowsPowerShell(command: EquivalentArguments): boolean {
  return !argumentList(command).some(breaksInWindowsPowerShell);
}

/**
 * How to set each variable the command reads, the secret typed without echo and kept out of the
 * shell's history (only the line that asks for it is recorded). PowerShell: Read-Host
 * -AsSecureString masks what is typed, and NetworkCredential gives its text back, in Windows
 * PowerShell 5.1 and PowerShell 7 alike
 * (https://learn.microsoft.com/dotnet/api/system.net.networkcredential.-ctor, the (string,
 * SecureString) form; ConvertFrom-SecureString -AsPlainText is 7 only). POSIX: `read -s` (bash and
 * zsh) does not echo; printf says what is asked, since bash's `read -p` and zsh's `read '?…'` differ.
 */
export function secretLines(secrets: readonly SecretVariable[], shell: Shell, lang: Lang): string[] {
  return secrets.map(({ key, name }) => {
    const prompt = inputSpec(key).texts[lang].prompt;
    return shell === 'powershell'
      ? `$env:${name} = [System.Net.NetworkCredential]::new('', (Read-Host -AsSecureString ${psQuote(prompt)})).Password`
      : `printf '%s: ' ${shellQuote(prompt)} && read -rs ${name} && echo && export ${name}`;
  });
}

/** The shorter form: the run's answers file, and the options that are not answers (--out). */
export function answersCommandLine(path: string, command: Pick<EquivalentArguments, 'mode'>, extra: ReadonlyArray<readonly string[]>, shell: Shell): string {
  return ['cmg-setup', ...command.mode, '--answers', path, ...extra.flat(), '--yes'].map(QUOTE[shell]).join(' ');
}
