import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Inserts one row without reading it back: TypeORM's own insert selects the columns the database
 * filled in afterwards, a statement for nothing where nobody needs them (on the sign-in's path).
 */
export async function insertRow<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<Entity>,
  values: QueryDeepPartialEntity<Entity>,
): Promise<void> {
  await dataSource.createQueryBuilder().insert().into(entity).values(values).updateEntity(false).execute();
}
