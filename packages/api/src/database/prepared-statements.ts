import type { DataSource } from 'typeorm';
import { porticoDataSourceOf } from './data-source';
import { retryRead } from './transient-failures';

interface SqliteStatement {
  all(...parameters: unknown[]): unknown[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface MysqlConnection {
  execute(sql: string, parameters: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
  release(): void;
  destroy(): void;
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
  const driver = database.dataSource.driver as unknown as {
    databaseConnection?: SqliteConnection;
    obtainMasterConnection(): Promise<MysqlConnection>;
  };
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
  // The connection comes from the driver as TypeORM's own do (on Galera: with causal reads set), and one
  // that failed is discarded rather than handed out again.
  return retryRead(async () => {
    const connection = await driver.obtainMasterConnection();
    try {
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) =>
        connection.execute(sql, parameters, (error, found) => (error ? reject(error) : resolve(found as Record<string, unknown>[]))),
      );
      connection.release();
      return rows;
    } catch (error) {
      connection.destroy();
      throw error;
    }
  });
}
