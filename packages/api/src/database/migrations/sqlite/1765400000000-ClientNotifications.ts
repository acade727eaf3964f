import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientNotifications1765400000000 implements MigrationInterface {
  name = 'ClientNotifications1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "client_notifications" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "kind" varchar(32) NOT NULL, "area" varchar(16) NOT NULL, "recordType" varchar(16) NOT NULL, "recordId" integer NOT NULL, "recordNumber" varchar(32) NOT NULL, "recordName" varchar(300) NOT NULL, "status" varchar(32), "readAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_notifications_client" ON "client_notifications" ("clientId", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_notifications_unread" ON "client_notifications" ("clientId", "readAt", "area") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_notifications_unread"');
    await queryRunner.query('DROP INDEX "IDX_notifications_client"');
    await queryRunner.query('DROP TABLE "client_notifications"');
  }
}
