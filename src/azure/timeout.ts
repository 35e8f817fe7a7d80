/**
 * A signal that aborts after `ms`, held by its own timer. Node 20's AbortSignal.timeout() inside
 * AbortSignal.any() can be garbage-collected before it fires (the composite holds its sources
 * weakly), and a deadline that never fires is a hang; this one lives as long as its timer.
 * Call `clear()` when the work is over, so the timer does not keep the process alive.
 */
export interface TimeoutSignal {
  signal: AbortSignal;
  clear(): void;
}

export function timeoutSignal(ms: number): TimeoutSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
