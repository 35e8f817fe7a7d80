import { catalogue, type Lang } from './i18n.ts';

/** The one line an interrupted run leaves (synchronous: it is written from a signal handler). */
export function printInterrupted(lang: Lang): void {
  process.stderr.write(`\n${catalogue(lang).ui.cancelled}\n`);
}
