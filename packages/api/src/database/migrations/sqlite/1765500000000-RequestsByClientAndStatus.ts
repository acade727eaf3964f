import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestsByClientAndStatus1765500000000 implements MigrationInterface {
  name = 'RequestsByClientAndStatus1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_client_requests_client_status" ON "client_requests" ("clientId", "status", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_client_requests_client_status"');
  }
}
