/**
 * Runs `task` every `everyMs` in this process, never two runs at once, logging failures instead of
 * letting them end the process. Every API process runs the same tasks; each task claims its work in
 * the database, so running it on several processes at once is safe. Returns a function that stops it.
 */
export function startPeriodicTask(name: string, everyMs: number, task: () => Promise<unknown>): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((error) => console.error(`${name} failed`, error))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
