import type { DataSource } from 'typeorm';
import { porticoDataSourceOf } from './data-source';

interface SqliteStatement {
  all(...parameters: unknown[]): unknown[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface MysqlPool {
  execute(sql: string, parameters: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}

const sqliteStatements = new WeakMap<object, Map<string, SqliteStatement>>();

/**
 * Rows of a read run on every request (the session), straight through the driver: a prepared
 * statement (kept by better-sqlite3 here, by mysql2 per connection) without TypeORM's query runner
 * around it. Counted like every other statement. Not for writes: those go through TypeORM.
 */
export function preparedRows(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
  const database = porticoDataSourceOf(dataSource);
  database.queryCounter.logQuery(sql, parameters);
  const driver = database.dataSource.driver as unknown as { databaseConnection?: SqliteConnection; pool?: MysqlPool };
  if (database.kind === 'sqlite') {
    const connection = driver.databaseConnection!;
    let statements = sqliteStatements.get(connection);
    if (!statements) sqliteStatements.set(connection, (statements = new Map<string, SqliteStatement>()));
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
    try {
      return Promise.resolve(statement.all(...parameters) as Record<string, unknown>[]);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  return new Promise((resolve, reject) =>
    driver.pool!.execute(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows as Record<string, unknown>[]))),
  );
}
