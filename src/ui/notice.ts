import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';

/** The one line an interrupted run leaves (synchronous: it is written from a signal handler). */
export function printInterrupted(lang: Lang): void {
  process.stderr.write(`\n${catalogue(lang).ui.cancelled}\n`);
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
