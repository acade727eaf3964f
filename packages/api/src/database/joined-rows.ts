import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reading a row of a few joined entities through TypeORM's query builder costs more CPU than the
 * statement itself (per request, for the session). These build the SELECT list once and hydrate the
 * row the way TypeORM does (booleans, dates, JSON), from one plain statement.
 */
const selectLists = new WeakMap<EntityMetadata, Map<string, string>>();

/** `alias.column AS alias_column, ...` for every column of the entity. */
export function selectedColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = selectLists.get(metadata);
  if (!byAlias) selectLists.set(metadata, (byAlias = new Map<string, string>()));
  let list = byAlias.get(alias);
  if (!list) {
    const escape = (name: string) => dataSource.driver.escape(name);
    list = metadata.columns
      .map((column) => `${escape(alias)}.${escape(column.databaseName)} AS ${escape(`${alias}_${column.databaseName}`)}`)
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
}

/** The entity of `alias` in a row selected with selectedColumns, or null when a left join found none. */
export function hydrated<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<Entity>,
  row: Record<string, unknown>,
  alias: string,
): Entity | null {
  const metadata = dataSource.getMetadata(entity);
  const primary = metadata.primaryColumns[0];
  const id = primary ? row[`${alias}_${primary.databaseName}`] : undefined;
  if (id === null || id === undefined) return null;
  const result = metadata.create() as Entity;
  for (const column of metadata.columns) {
    column.setEntityValue(result, dataSource.driver.prepareHydratedValue(row[`${alias}_${column.databaseName}`], column));
  }
  return result;
}
