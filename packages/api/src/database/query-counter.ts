import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM logger that counts every SQL statement. The count is how tests prove that a list
 * resolves in a constant number of statements (no N+1); LOG_SQL=true also prints them.
 */
export class CountingLogger implements Logger {
  statements = 0;

  constructor(private readonly printStatements: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.statements += 1;
    if (this.printStatements) console.log('[sql]', query, parameters ?? []);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    if (this.printStatements) console.error('[sql error]', error, query, parameters ?? []);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`[sql slow ${time} ms]`, query);
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.printStatements) console.log('[migration]', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn('[typeorm]', message);
  }
}
