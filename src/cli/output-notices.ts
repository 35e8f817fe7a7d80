import { recoverLeftovers } from '../output/leftovers.ts';
import type { WriteResult } from '../output/write-output.ts';
import { catalogue } from '../messages/i18n.ts';
import type { Terminal } from '../ui/terminal.ts';
import { writeWrapped } from '../ui/wrap.ts';

/**
 * Before a command looks at --out: what a killed run left beside it is repaired (or, under plan,
 * only reported), one line on stderr per leftover.
 */
export function repairLeftovers(out: string, repair: boolean, terminal: Pick<Terminal, 'lang' | 'stderr' | 'columns'>): void {
  const text = catalogue(terminal.lang).ui;
  recoverLeftovers(out, {
    repair,
    notify: ({ action, path, out: target }) => {
      const line = { restored: text.leftoverRestored, removed: text.leftoverRemoved, kept: text.leftoverKept, found: text.leftoverFound }[action]({ path, out: target });
      writeWrapped(terminal, 'stderr', line);
    },
  });
}

/** What --force replaced or could not delete, said aloud: a key file is never replaced silently. */
export function reportReplaced(written: WriteResult, terminal: Pick<Terminal, 'lang' | 'stderr' | 'columns'>): void {
  const text = catalogue(terminal.lang).ui;
  for (const key of written.replacedKeyFiles) writeWrapped(terminal, 'stderr', text.keyReplaced({ path: key }));
  if (written.retiredKept) writeWrapped(terminal, 'stderr', text.retiredKept({ path: written.retiredKept }));
}
