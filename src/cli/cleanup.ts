/**
 * Work to undo if the run is interrupted (a temporary lab folder, a staging folder). The SIGINT
 * handler in main.ts runs these; normal code paths remove their own.
 */
const tasks = new Set<() => void>();

export function onInterrupt(task: () => void): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export function runInterruptTasks(): void {
  for (const task of tasks) {
    try {
      task();
    } catch {
      // Best effort: an interrupted run must still exit promptly.
    }
  }
  tasks.clear();
}
