import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientSearchWords1765100000000 implements MigrationInterface {
  name = 'ClientSearchWords1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "client_search_words" ("word" varchar(100) NOT NULL, "clientId" integer NOT NULL, PRIMARY KEY ("word", "clientId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_search_words_client" ON "client_search_words" ("clientId", "word") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_client_search_words_client"');
    await queryRunner.query('DROP TABLE "client_search_words"');
  }
}
