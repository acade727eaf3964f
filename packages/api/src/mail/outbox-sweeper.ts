import { startPeriodicTask } from '../common/periodic-task';
import type { PorticoDataSource } from '../database/data-source';
import type { Mailer } from './mailer';
import { sweepPendingLetters } from './outbox.service';

/**
 * Every process sweeps the outbox now and then for letters whose sender died before sending them.
 * Returns a function that stops the sweeping (resolving when a sweep in progress has finished).
 */
export function startOutboxSweeper(database: PorticoDataSource, mailer: Mailer, everyMs = 15_000): () => Promise<void> {
  if (!mailer.configured) return () => Promise.resolve();
  return startPeriodicTask('Outbox sweep', everyMs, () => sweepPendingLetters(database, mailer));
}
