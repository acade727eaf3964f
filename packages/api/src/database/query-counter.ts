import type { Logger, QueryRunner } from 'typeorm';
import { log } from '../ops/logger';

/**
 * TypeORM logger that counts every SQL statement. The count is how tests prove that a list
 * resolves in a constant number of statements (no N+1); LOG_SQL=true also logs them.
 */
export class CountingLogger implements Logger {
  statements = 0;

  constructor(private readonly printStatements: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.statements += 1;
    if (this.printStatements) log().info({ sql: query, sqlParameters: parameters ?? [] }, 'SQL');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    if (this.printStatements) log().info({ err: error, sql: query, sqlParameters: parameters ?? [] }, 'SQL failed');
  }

  logQuerySlow(time: number, query: string): void {
    log().warn({ durationMs: time, sql: query }, 'Slow SQL statement');
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.printStatements) log().info({ migration: message }, 'Migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') log().warn({ typeorm: message }, 'TypeORM warning');
  }
}
