import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsListAtScale1764600000000 implements MigrationInterface {
  name = 'ClientsListAtScale1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "client_count" ("id" integer PRIMARY KEY NOT NULL, "total" integer NOT NULL)');
    await queryRunner.query('CREATE INDEX "IDX_clients_status" ON "clients" ("status", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_clients_status"');
    await queryRunner.query('DROP TABLE "client_count"');
  }
}
