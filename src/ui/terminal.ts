import type { Lang } from '../model/lang.ts';
import { redraws } from './redraws.ts';

/**
 * Facts about the terminal, decided once at start-up (gh's IOStreams): whether prompting is
 * possible, whether colour is wanted, and where human text goes.
 */
export interface Terminal {
  lang: Lang;
  json: boolean;
  canPrompt: boolean;
  /**
   * Set when prompting is off only because standard output is not a terminal (`cmg-setup | tee`,
   * `> log.txt`): a missing input then says so and names --interactive (issue 17), since nothing
   * else on the command line explains why a terminal user was asked nothing.
   */
  promptsOffBecauseOfStdout?: boolean;
  color: boolean;
  /** A spinner may redraw its line: stderr is a terminal that moves its cursor (animates); absent counts as yes. */
  animates?: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /**
   * The width of each stream that is a terminal, to wrap what people read there (findings, the
   * review, notices) between words (issue 17); absent for a pipe or a file, which keep whole lines.
   */
  columns: { stdout?: number; stderr?: number };
}

export interface TerminalFacts {
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  ci: boolean;
  env: NodeJS.ProcessEnv;
}

export interface TerminalOptions {
  json: boolean;
  yes: boolean;
  /** --interactive (true), --no-interactive (false), or neither (undefined: detect). */
  interactive: boolean | undefined;
  color: boolean;
}

/**
 * Prompt only when both ends are terminals (so `cmg-setup > log.txt` cannot hide a prompt),
 * and never in CI, with --json, --yes or --no-interactive. --interactive forces prompts for odd
 * terminals, but cannot make a closed stdin answer.
 */
export function canPrompt(facts: TerminalFacts, options: TerminalOptions): boolean {
  if (options.json || options.yes || options.interactive === false) return false;
  if (!facts.stdinIsTTY) return false;
  if (options.interactive === true) return true;
  return facts.stdoutIsTTY && !facts.ci;
}

/** no-color.org: NO_COLOR set and not empty turns colour off; --json and TERM=dumb too. */
export function wantsColor(facts: TerminalFacts, options: TerminalOptions): boolean {
  if (!options.color || options.json) return false;
  if (facts.env.NO_COLOR) return false;
  if (facts.env.TERM === 'dumb') return false;
  if (facts.env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(facts.env.FORCE_COLOR);
  return facts.stderrIsTTY;
}

/** Whether a spinner may redraw its line on stderr (redraws.ts). CI and --json are ruled out by the callers. */
export function animates(facts: Pick<TerminalFacts, 'stderrIsTTY' | 'env'>): boolean {
  return redraws(facts.stderrIsTTY, facts.env);
}

/** Where a command's human and machine text goes. */
export interface TerminalStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * A command's terminal, from the facts its IO reports and the options it was given: the one
 * place the rules above (prompting, colour) are applied.
 */
export function terminalFor(facts: TerminalFacts, streams: TerminalStreams, options: { json?: boolean; yes?: boolean; interactive?: boolean | undefined; color?: boolean }, lang: Lang, columns: Terminal['columns'] = {}): Terminal {
  const wanted: TerminalOptions = { json: options.json === true, yes: options.yes === true, interactive: options.interactive, color: options.color !== false };
  const prompts = canPrompt(facts, wanted);
  const byStdout = !prompts && canPrompt({ ...facts, stdoutIsTTY: true }, wanted);
  return { lang, json: wanted.json, canPrompt: prompts, ...(byStdout ? { promptsOffBecauseOfStdout: true } : {}), color: wantsColor(facts, wanted), animates: animates(facts), stdout: streams.stdout, stderr: streams.stderr, columns };
}
