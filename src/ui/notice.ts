import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { redraws } from './redraws.ts';

/** The one line an interrupted run leaves (synchronous: it is written from a signal handler). */
export function printInterrupted(lang: Lang): void {
  process.stderr.write(`\n${catalogue(lang).ui.cancelled}\n`);
}

/** Shows the cursor again (DECTCEM): a select prompt hides it while it is open. */
export const SHOW_CURSOR = '\u001b[?25h';

type Streams = { stdin?: unknown; stdout: unknown; stderr: unknown; env?: NodeJS.ProcessEnv };

/**
 * Gives the terminal back as it was before a prompt, from a signal handler (SIGTERM, SIGHUP,
 * SIGINT outside a prompt) that leaves with process.exit, so the prompt's own clean-up never
 * runs: the cursor shown on every stream that is a terminal, line editing (cooked mode) back.
 * Synchronous, and never throws: after SIGHUP the terminal may already be gone.
 * A terminal that does not move its cursor (`redraws`, terminal.ts: TERM=dumb) only ever had the
 * plain prompts, which hide nothing: it is sent no escape sequence (issue 17).
 */
export function restoreTerminal(streams: Streams = process): void {
  const tty = (stream: unknown): stream is { write: (text: string) => unknown; isTTY: true } => typeof stream === 'object' && stream !== null && (stream as { isTTY?: unknown }).isTTY === true;
  for (const stream of new Set([streams.stdout, streams.stderr])) {
    try {
      if (tty(stream) && redraws(stream.isTTY, streams.env ?? {})) stream.write(SHOW_CURSOR);
    } catch {
      // The terminal is gone (hung up): nothing to restore.
    }
  }
  try {
    const stdin = streams.stdin as { isTTY?: boolean; isRaw?: boolean; setRawMode?: (mode: boolean) => unknown } | undefined;
    if (stdin?.isTTY === true && stdin.isRaw === true) stdin.setRawMode?.(false);
  } catch {
    // As above.
  }
}

/** The error code of a cancelled run in --json documents; its text is the ui line above, not a catalogue code. */
export const CANCELLED_CODE = 'CANCELLED';

/**
 * The --json document of a run stopped by Ctrl+C or SIGTERM: built here, without the renderer,
 * because a signal handler cannot wait for a module to load. Same shape as error-document.ts.
 */
export function cancelledDocument(lang: Lang, command: string) {
  return { schemaVersion: 1, command, ok: false, exitCode: 130, error: { kind: 'cancelled', code: CANCELLED_CODE, message: catalogue(lang).ui.cancelled, problems: [] } } as const;
}
