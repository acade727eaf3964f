import { log } from '../ops/logger';

/**
 * Runs `task` every `everyMs` in this process, never two runs at once, logging failures instead of
 * letting them end the process. Every API process runs the same tasks; each task claims its work in
 * the database, so running it on several processes at once is safe. Returns a function that stops
 * it and resolves once a run in progress has finished (so a shutdown can close the database after).
 */
export function startPeriodicTask(name: string, everyMs: number, task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .then(() => undefined)
      .catch((error: unknown) => log().error({ err: error, task: name }, `${name} failed`))
      .finally(() => (running = null));
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
