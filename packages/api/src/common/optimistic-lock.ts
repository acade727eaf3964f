import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError, NotFoundError } from './errors';

/**
 * Writes `changes` to the row only if its version is still `version` (the one the editor loaded),
 * then returns the row as stored. A stale version gets CONFLICT with the current version, so two
 * people editing the same record never silently overwrite each other.
 */
export async function updateIfVersionMatches<T extends ObjectLiteral & { id: number; version: number; updatedAt: Date }>(
  manager: DataSource | EntityManager,
  entity: EntityTarget<T>,
  what: string,
  target: { id: number; version: number },
  changes: Partial<T>,
  extra: (current: T) => Record<string, unknown> = () => ({}),
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(changes as never)
    .where('id = :id AND version = :version', target)
    .execute();
  const current = await manager.getRepository(entity).findOneBy({ id: target.id } as never);
  if (!current) throw new NotFoundError(what, target.id);
  if (!result.affected) {
    const details = extra(current);
    const who = typeof details.updatedBy === 'string' ? details.updatedBy : 'Someone';
    throw new ConflictError(
      `${who} saved this ${what.toLowerCase()} after you opened it (now version ${current.version}, yours ${target.version}). Reload to see the changes; your input is kept.`,
      {
        currentVersion: current.version,
        updatedAt: current.updatedAt.toISOString(),
        ...details,
      },
    );
  }
  return current;
}

/**
 * Values for an UPDATE that records what happened to a row (a sign-in date, a quota counter) without
 * counting as an edit: TypeORM bumps `version` and `updatedAt` unless the statement sets them itself,
 * and a bumped version would make the next staff save of the record fail with CONFLICT.
 */
export function withoutNewVersion<T extends Record<string, unknown>>(values: T): T & { version: () => string; updatedAt: () => string } {
  return { ...values, version: () => 'version', updatedAt: () => 'updatedAt' };
}
