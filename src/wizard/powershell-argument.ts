import { psQuote } from '../emit/powershell-quote.ts';
import { visible } from '../messages/visible.ts';

/**
 * One argument of a native command typed at a PowerShell prompt, quoted so that the program gets
 * exactly `value`. Left bare only when no character can mean anything to PowerShell's argument
 * mode: `,` makes an array (`a,b` reaches the program as two words), and `@ $ ; ( ) { } # < > | &
 * ' "`, the backtick, `~`, `%` (`--%` stops parsing) and white space all change what is passed
 * (about_Parsing, "Argument mode":
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing).
 * Anything else is a single-quoted literal (psQuote, the generated scripts' quoting: `'` and its
 * four Unicode look-alikes doubled). A character a terminal would not show as itself (a control
 * or invisible character, which a single-quoted literal cannot hold safely) is written as
 * `[char]0xNN`, the pieces joined in a parenthesised expression, one argument in Windows
 * PowerShell 5.1 and PowerShell 7 alike; the terminal shows only printable text, as shellQuote's
 * $'…' does for POSIX shells. A word starting with `-` is read as a parameter name, which ends at
 * `:` or `.`, and the rest is passed as another argument (pwsh 7.6.10 gives `-a:b` as `-a:` `b`
 * and `-a.b` as `-a` `.b`): bare only when it is a flag (a letter, then letters, digits, hyphens). A word starting
 * with another digit may be read as a number: quoted.
 */
const BARE = /^(?:[0-9]+|--?[A-Za-z][A-Za-z0-9-]*|[A-Za-z/\\.][A-Za-z0-9_/\\.:=+-]*)$/;

export function powershellArgument(value: string): string {
  if (BARE.test(value)) return value;
  if (visible(value) === value) return psQuote(value);
  const pieces: string[] = [];
  let run = '';
  for (const character of value) {
    if (visible(character) === character) {
      run += character;
      continue;
    }
    if (run !== '') pieces.push(psQuote(run));
    run = '';
    pieces.push(`[char]0x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  }
  if (run !== '') pieces.push(psQuote(run));
  // `+` concatenates text only when its left operand is text: a value starting with [char] starts from ''.
  if (pieces[0]?.startsWith('[char]')) pieces.unshift("''");
  return `(${pieces.join(' + ')})`;
}

/**
 * Windows PowerShell 5.1 (and PowerShell 7 under $PSNativeCommandArgumentPassing = 'Legacy', the
 * default for .cmd and .bat files such as npm's cmg-setup.cmd even in 7.3+) builds a native
 * command's command line without escaping: an embedded `"` is dropped or splits the argument, a
 * quoted argument ending in `\` swallows its closing quote, and an empty argument disappears
 * (about_Parsing, "Passing arguments that contain quote characters";
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables#psnativecommandargumentpassing).
 * A records input is JSON, so always holds `"`. No quoting typed at the prompt avoids it there,
 * so a command with such an argument is not printed for PowerShell: the answers file is.
 */
export function breaksInWindowsPowerShell(value: string): boolean {
  return value === '' || value.includes('"') || (/\s/.test(value) && value.endsWith('\\'));
}
