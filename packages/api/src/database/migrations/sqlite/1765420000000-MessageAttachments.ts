import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageAttachments1765420000000 implements MigrationInterface {
  name = 'MessageAttachments1765420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_files_request"');
    await queryRunner.query('DROP INDEX "IDX_files_project"');
    await queryRunner.query('DROP INDEX "IDX_files_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_stored_files" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer, "requestId" integer, "role" varchar(16) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "sizeBytes" integer NOT NULL, "storageKey" varchar(64) NOT NULL, "uploadedBy" varchar(300) NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "uploadedByKind" varchar(32) NOT NULL DEFAULT (\'STAFF\'), "messageId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_stored_files"("id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt", "uploadedByKind") SELECT "id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt", "uploadedByKind" FROM "stored_files"',
    );
    await queryRunner.query('DROP TABLE "stored_files"');
    await queryRunner.query('ALTER TABLE "temporary_stored_files" RENAME TO "stored_files"');
    await queryRunner.query('CREATE INDEX "IDX_files_request" ON "stored_files" ("requestId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_project" ON "stored_files" ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_client" ON "stored_files" ("clientId", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_files_message" ON "stored_files" ("messageId") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_files_message"');
    await queryRunner.query('DROP INDEX "IDX_files_client"');
    await queryRunner.query('DROP INDEX "IDX_files_project"');
    await queryRunner.query('DROP INDEX "IDX_files_request"');
    await queryRunner.query('ALTER TABLE "stored_files" RENAME TO "temporary_stored_files"');
    await queryRunner.query(
      'CREATE TABLE "stored_files" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer, "requestId" integer, "role" varchar(16) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "sizeBytes" integer NOT NULL, "storageKey" varchar(64) NOT NULL, "uploadedBy" varchar(300) NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "uploadedByKind" varchar(32) NOT NULL DEFAULT (\'STAFF\'))',
    );
    await queryRunner.query(
      'INSERT INTO "stored_files"("id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt", "uploadedByKind") SELECT "id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt", "uploadedByKind" FROM "temporary_stored_files"',
    );
    await queryRunner.query('DROP TABLE "temporary_stored_files"');
    await queryRunner.query('CREATE INDEX "IDX_files_client" ON "stored_files" ("clientId", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_files_project" ON "stored_files" ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_request" ON "stored_files" ("requestId") ');
  }
}
