import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkRecords1764200000000 implements MigrationInterface {
  name = 'WorkRecords1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "client_requests" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(200) NOT NULL, "services" text NOT NULL, "sourceLanguage" varchar(16) NOT NULL, "targetLanguages" text NOT NULL, "deadline" datetime NOT NULL, "instructions" varchar(4000) NOT NULL, "status" varchar(24) NOT NULL, "quoteId" integer, "projectId" integer, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_requests_status" ON "client_requests" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_client_requests_client_created" ON "client_requests" ("clientId", "createdAt", "id") ');
    await queryRunner.query(
      'CREATE TABLE "feedback" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer NOT NULL, "score" integer NOT NULL, "category" varchar(16) NOT NULL, "comment" varchar(4000) NOT NULL, "isComplaint" boolean NOT NULL DEFAULT (0), "givenBy" varchar(300) NOT NULL, "answer" varchar(4000), "answeredAt" datetime, "answeredBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_feedback_answered" ON "feedback" ("answeredAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_feedback_client" ON "feedback" ("clientId", "createdAt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_feedback_project" ON "feedback" ("projectId") ');
    await queryRunner.query(
      'CREATE TABLE "stored_files" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer, "requestId" integer, "role" varchar(16) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "sizeBytes" integer NOT NULL, "storageKey" varchar(64) NOT NULL, "uploadedBy" varchar(300) NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_files_request" ON "stored_files" ("requestId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_project" ON "stored_files" ("projectId") ');
    await queryRunner.query(
      'CREATE TABLE "history_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "recordType" varchar(16) NOT NULL, "recordId" integer NOT NULL, "event" varchar(32) NOT NULL, "status" varchar(24), "occurredAt" datetime NOT NULL, "actorName" varchar(300) NOT NULL, "actorKind" varchar(32) NOT NULL, "note" varchar(2000))',
    );
    await queryRunner.query('CREATE INDEX "IDX_history_record" ON "history_entries" ("recordType", "recordId", "occurredAt") ');
    await queryRunner.query(
      'CREATE TABLE "projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "name" varchar(200) NOT NULL, "services" text NOT NULL, "sourceLanguage" varchar(16) NOT NULL, "targetLanguages" text NOT NULL, "orderedAt" datetime NOT NULL, "deadline" datetime NOT NULL, "deliveredAt" datetime, "status" varchar(16) NOT NULL, "totalCostMinor" integer NOT NULL, "currency" varchar(3) NOT NULL, "catTool" varchar(20), "quoteId" integer, "requestId" integer, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_projects_client_status" ON "projects" ("clientId", "status", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_projects_client_ordered" ON "projects" ("clientId", "orderedAt", "id") ');
    await queryRunner.query(
      'CREATE TABLE "project_reviews" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "comments" varchar(4000) NOT NULL, "sentBy" varchar(300) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_project_reviews_project" ON "project_reviews" ("projectId", "createdAt") ');
    await queryRunner.query(
      'CREATE TABLE "quotes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "name" varchar(200) NOT NULL, "services" text NOT NULL, "sourceLanguage" varchar(16) NOT NULL, "targetLanguages" text NOT NULL, "priceLines" text NOT NULL, "currency" varchar(3) NOT NULL, "validUntil" datetime NOT NULL, "proposedDeadline" datetime NOT NULL, "storedStatus" varchar(16) NOT NULL, "rejectionReason" varchar(1000), "decidedAt" datetime, "requestId" integer, "projectId" integer, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_quotes_client_status" ON "quotes" ("clientId", "storedStatus", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_quotes_client_created" ON "quotes" ("clientId", "createdAt", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_quotes_client_created"');
    await queryRunner.query('DROP INDEX "IDX_quotes_client_status"');
    await queryRunner.query('DROP TABLE "quotes"');
    await queryRunner.query('DROP INDEX "IDX_project_reviews_project"');
    await queryRunner.query('DROP TABLE "project_reviews"');
    await queryRunner.query('DROP INDEX "IDX_projects_client_ordered"');
    await queryRunner.query('DROP INDEX "IDX_projects_client_status"');
    await queryRunner.query('DROP TABLE "projects"');
    await queryRunner.query('DROP INDEX "IDX_history_record"');
    await queryRunner.query('DROP TABLE "history_entries"');
    await queryRunner.query('DROP INDEX "IDX_files_project"');
    await queryRunner.query('DROP INDEX "IDX_files_request"');
    await queryRunner.query('DROP TABLE "stored_files"');
    await queryRunner.query('DROP INDEX "UQ_feedback_project"');
    await queryRunner.query('DROP INDEX "IDX_feedback_client"');
    await queryRunner.query('DROP INDEX "IDX_feedback_answered"');
    await queryRunner.query('DROP TABLE "feedback"');
    await queryRunner.query('DROP INDEX "IDX_client_requests_client_created"');
    await queryRunner.query('DROP INDEX "IDX_client_requests_status"');
    await queryRunner.query('DROP TABLE "client_requests"');
  }
}
