import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FilesByClient1764300000000 implements MigrationInterface {
  name = 'FilesByClient1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_files_client" ON "stored_files" ("clientId", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_files_client"');
  }
}
