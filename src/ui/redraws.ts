/**
 * Whether a stream can be redrawn: it is a terminal, and not one that declares it cannot move its
 * cursor (TERM=dumb: Emacs's shell, some serial consoles and CI log viewers), where each redraw
 * would be printed as escape codes (issue 17). The one TERM=dumb rule, applied to the stream that
 * is redrawn: stderr for a spinner (`animates`), stdout for the prompts (src/cli/process-io.ts
 * picks the rich ones, which redraw, or the plain ones, which write lines), each stream a cursor
 * may have been hidden on (restoreTerminal, notice.ts).
 * A file of its own: notice.ts is loaded at start-up (main.ts's signal handlers) and must not pull
 * in the terminal's other rules and their chunk (test/cli/start-files.test.ts).
 */
export function redraws(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return isTTY && env.TERM !== 'dumb';
}
