import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The clients counter's one row, starting at the number of clients there are. */
export class ClientCountRow1764600000001 implements MigrationInterface {
  name = 'ClientCountRow1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('INSERT INTO client_count (id, total) SELECT 1, COUNT(*) FROM clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM client_count WHERE id = 1');
  }
}
