import { ALL_INPUTS } from '../steps/declarations.ts';
import { envName, flagName, kebabCase, secretFlags } from '../model/inputs.ts';
import type { Resolution } from '../model/plan.ts';
import { Secret } from '../model/secret.ts';
import { visible } from '../messages/visible.ts';

/**
 * POSIX shell quoting, for a command line to copy. A value with a control or invisible character
 * (a file name can hold one) is written in dollar-single-quotes (POSIX.1-2024, bash, zsh, ksh),
 * whose backslash escapes give the same bytes back while the terminal shows only printable text.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  if (visible(value) !== value) return `$'${visible(value.replace(/[\\']/g, (character) => `\\${character}`))}'`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * After an interactive run, the same run as one command line (sv's "to skip prompts next time").
 * Secrets become their environment variable, never their value.
 */
export function equivalentCommand(resolution: Resolution, command: 'run' | 'plan', extra: readonly string[] = []): string {
  const parts = ['cmg-setup', ...(command === 'plan' ? ['plan'] : [])];
  for (const spec of ALL_INPUTS) {
    const source = resolution.sources[spec.key];
    const value = (resolution.answers as unknown as Record<string, unknown>)[spec.key];
    if (value === undefined || source === undefined || source === 'default') continue;
    if (value instanceof Secret) {
      parts.push(secretFlags(spec.key).env, envName(spec.key));
    } else if (typeof value === 'boolean') {
      parts.push(value ? flagName(spec.key) : `--no-${kebabCase(spec.key)}`);
    } else if (spec.kind === 'records') {
      parts.push(flagName(spec.key), shellQuote(JSON.stringify(value)));
    } else if (Array.isArray(value)) {
      if (value.length > 0) parts.push(flagName(spec.key), shellQuote(value.join(',')));
    } else {
      parts.push(flagName(spec.key), shellQuote(String(value)));
    }
  }
  parts.push(...extra.map(shellQuote), '--yes');
  return parts.join(' ');
}
