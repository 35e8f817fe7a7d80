/**
 * Ctrl+C while a plain question waits for its line (src/ui/plain-prompter.ts). The terminal is in
 * its own line mode then (cooked: the kernel echoes and edits the line, a dumb terminal moves no
 * cursor), so Ctrl+C is not a key the program reads but SIGINT, which main.ts's handler would
 * turn into process.exit. Rich prompts see it as a key and end as a CancelledError, which the
 * wizard catches to keep its answers for --resume before the cancelled line and exit 130; a plain
 * question ends the same way by taking the signal here, and main.ts asks first (`answerInterrupted`).
 */
let waiting: (() => void) | undefined;

/** While `onInterrupt` is held, SIGINT ends the question waiting instead of the process; returns the release. */
export function holdInterrupt(onInterrupt: () => void): () => void {
  waiting = onInterrupt;
  return () => {
    if (waiting === onInterrupt) waiting = undefined;
  };
}

/** Called by the SIGINT handler: true when a plain question took the signal (the handler then does nothing). */
export function answerInterrupted(): boolean {
  const current = waiting;
  if (current === undefined) return false;
  waiting = undefined;
  current();
  return true;
}
