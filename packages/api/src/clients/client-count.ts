import type { DataSource, EntityManager } from 'typeorm';
import { ClientCount } from './client-count.entity';

/** The id of the one row of client_count. */
export const CLIENT_COUNT_ID = 1;

/** How many clients there are, from the counter (one primary-key read). */
export async function countAllClients(dataSource: DataSource): Promise<number> {
  const row = await dataSource.getRepository(ClientCount).findOneBy({ id: CLIENT_COUNT_ID });
  return row?.total ?? 0;
}

/** Moves the counter by `delta`, in the transaction that adds or deletes the clients. */
export async function adjustClientCount(manager: EntityManager, delta: number): Promise<void> {
  if (delta === 0) return;
  await manager
    .createQueryBuilder()
    .update(ClientCount)
    .set({ total: () => `total + ${Math.trunc(delta)}` })
    .where('id = :id', { id: CLIENT_COUNT_ID })
    .execute();
}

/**
 * Sets the counter to the number of rows. Run at start (after migrations and demo data) and after
 * bulk loads that write the table directly (the bench), so a counter left behind by hand-made SQL mends itself.
 */
export async function recountClients(dataSource: DataSource): Promise<void> {
  // One statement, so a client added meanwhile by another process is neither lost nor counted twice.
  await dataSource.query('UPDATE client_count SET total = (SELECT COUNT(*) FROM clients) WHERE id = ?', [CLIENT_COUNT_ID]);
}
