import type { EntityManager } from 'typeorm';
import { porticoDataSourceOf } from './data-source';

/**
 * Runs `work` (writes that need the row `table.id` to exist, such as a project for a client) so that
 * a concurrent delete of that row cannot slip in between, and tells whether the row was there.
 *
 * MySQL/MariaDB: the row is read with a shared lock first; a delete of it (which takes an exclusive
 * lock) waits until this transaction commits and then sees what `work` wrote. SQLite has one writer
 * and no row locks, and a read before the first write could fail beside another process's writer:
 * there the row is read after `work`, while this transaction holds the write lock, so a delete
 * committed before it is seen and the transaction rolls back.
 */
export async function whileRowExists<T>(
  manager: EntityManager,
  table: string,
  id: number,
  work: () => Promise<T>,
): Promise<{ exists: true; result: T } | { exists: false }> {
  const kind = porticoDataSourceOf(manager.connection).kind;
  const rowThere = async (locking: boolean) => {
    const rows: unknown[] = await manager.query(`SELECT id FROM ${table} WHERE id = ?${locking ? ' LOCK IN SHARE MODE' : ''}`, [id]);
    return rows.length > 0;
  };
  if (kind === 'mysql') {
    if (!(await rowThere(true))) return { exists: false };
    return { exists: true, result: await work() };
  }
  const result = await work();
  return (await rowThere(false)) ? { exists: true, result } : { exists: false };
}
