import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillClientSearchWords } from '../../../clients/client-search';

/** Fills the search word index from the clients there are, a thousand at a time in id order. */
export class ClientSearchWordsFilled1765100000001 implements MigrationInterface {
  name = 'ClientSearchWordsFilled1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const kind = queryRunner.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
    await fillClientSearchWords((sql, parameters) => queryRunner.query(sql, parameters), kind);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM client_search_words');
  }
}
