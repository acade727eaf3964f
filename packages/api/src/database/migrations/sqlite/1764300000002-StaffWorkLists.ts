import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffWorkLists1764300000002 implements MigrationInterface {
  name = 'StaffWorkLists1764300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_projects_status" ON "projects" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_quotes_status" ON "quotes" ("storedStatus", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_quotes_status"');
    await queryRunner.query('DROP INDEX "IDX_projects_status"');
  }
}
