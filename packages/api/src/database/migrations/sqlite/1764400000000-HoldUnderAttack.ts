import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HoldUnderAttack1764400000000 implements MigrationInterface {
  name = 'HoldUnderAttack1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "staff_sign_in_attempts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffUserId" integer, "usernameTried" varchar(100) NOT NULL, "outcome" varchar(24) NOT NULL, "attemptedAt" datetime NOT NULL, "ipAddress" varchar(64), "userAgent" varchar(255))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_staff_sign_in_attempts_user_at" ON "staff_sign_in_attempts" ("staffUserId", "attemptedAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "rate_limit_buckets" ("bucket" varchar(120) PRIMARY KEY NOT NULL, "hits" integer NOT NULL DEFAULT (0), "windowStartedAt" datetime NOT NULL, "blockedUntil" datetime, "blockCount" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash" FROM "clients"',
    );
    await queryRunner.query('DROP TABLE "clients"');
    await queryRunner.query('ALTER TABLE "temporary_clients" RENAME TO "clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('DROP INDEX "IDX_audit_events_at"');
    await queryRunner.query(
      'CREATE TABLE "temporary_audit_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "action" varchar(48) NOT NULL, "occurredAt" datetime NOT NULL, "actorName" varchar(200), "actorStaffUserId" integer, "clientId" integer, "ipAddress" varchar(64), "details" text NOT NULL, "subjectStaffUserId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_audit_events"("id", "action", "occurredAt", "actorName", "actorStaffUserId", "clientId", "ipAddress", "details") SELECT "id", "action", "occurredAt", "actorName", "actorStaffUserId", "clientId", "ipAddress", "details" FROM "audit_events"',
    );
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query('ALTER TABLE "temporary_audit_events" RENAME TO "audit_events"');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("occurredAt") ');
    await queryRunner.query('DROP INDEX "IDX_one_time_tokens_client_purpose"');
    await queryRunner.query(
      'CREATE TABLE "temporary_one_time_tokens" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "purpose" varchar(24) NOT NULL, "clientId" integer NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "consumedAt" datetime, "payload" text, "letterId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_one_time_tokens"("tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt", "payload") SELECT "tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt", "payload" FROM "one_time_tokens"',
    );
    await queryRunner.query('DROP TABLE "one_time_tokens"');
    await queryRunner.query('ALTER TABLE "temporary_one_time_tokens" RENAME TO "one_time_tokens"');
    await queryRunner.query('CREATE INDEX "IDX_one_time_tokens_client_purpose" ON "one_time_tokens" ("clientId", "purpose") ');
    await queryRunner.query('DROP INDEX "IDX_outbox_status"');
    await queryRunner.query('DROP INDEX "IDX_outbox_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_outbox_letters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(24) NOT NULL, "clientId" integer, "recipient" varchar(254) NOT NULL, "subject" varchar(255) NOT NULL, "language" varchar(5) NOT NULL, "textBody" text NOT NULL, "htmlBody" text NOT NULL, "status" varchar(16) NOT NULL, "error" varchar(1000), "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sentAt" datetime, "claimedBy" varchar(64), "claimedAt" datetime, "requestedBy" varchar(200), "linkPurpose" varchar(24), "linkLifetimeMinutes" integer, "linkReplacesOlder" boolean NOT NULL DEFAULT (0), "linkStaffUserId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_outbox_letters"("id", "kind", "clientId", "recipient", "subject", "language", "textBody", "htmlBody", "status", "error", "attempts", "createdAt", "sentAt", "claimedBy", "claimedAt", "requestedBy") SELECT "id", "kind", "clientId", "recipient", "subject", "language", "textBody", "htmlBody", "status", "error", "attempts", "createdAt", "sentAt", "claimedBy", "claimedAt", "requestedBy" FROM "outbox_letters"',
    );
    await queryRunner.query('DROP TABLE "outbox_letters"');
    await queryRunner.query('ALTER TABLE "temporary_outbox_letters" RENAME TO "outbox_letters"');
    await queryRunner.query('CREATE INDEX "IDX_outbox_status" ON "outbox_letters" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_outbox_client" ON "outbox_letters" ("clientId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_impersonations_staff"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_client"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_started"');
    await queryRunner.query(
      'CREATE TABLE "temporary_impersonations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffUserId" integer NOT NULL, "staffName" varchar(200) NOT NULL, "clientId" integer NOT NULL, "clientUsername" varchar(50) NOT NULL, "startedAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "endedAtRecorded" datetime, "endReasonRecorded" varchar(32), "ipAddress" varchar(64), "userAgent" varchar(255), "reason" varchar(500) NOT NULL, "allowChanges" boolean NOT NULL DEFAULT (0), "runningForStaffUserId" integer, CONSTRAINT "UQ_7c918462a7b9a0fe85997ec7d9c" UNIQUE ("runningForStaffUserId"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_impersonations"("id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent", "reason", "allowChanges") SELECT "id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent", "reason", "allowChanges" FROM "impersonations"',
    );
    await queryRunner.query('DROP TABLE "impersonations"');
    await queryRunner.query('ALTER TABLE "temporary_impersonations" RENAME TO "impersonations"');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_staff" ON "impersonations" ("staffUserId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_client" ON "impersonations" ("clientId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_started" ON "impersonations" ("startedAt") ');
    await queryRunner.query('DROP INDEX "UQ_feedback_project"');
    await queryRunner.query('DROP INDEX "IDX_feedback_client"');
    await queryRunner.query('DROP INDEX "IDX_feedback_answered"');
    await queryRunner.query(
      'CREATE TABLE "temporary_feedback" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer NOT NULL, "score" integer NOT NULL, "category" varchar(16) NOT NULL, "comment" varchar(4000) NOT NULL, "isComplaint" boolean NOT NULL DEFAULT (0), "givenBy" varchar(300) NOT NULL, "answer" varchar(4000), "answeredAt" datetime, "answeredBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "givenByKind" varchar(32) NOT NULL DEFAULT (\'CLIENT\'))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_feedback"("id", "clientId", "projectId", "score", "category", "comment", "isComplaint", "givenBy", "answer", "answeredAt", "answeredBy", "createdAt") SELECT "id", "clientId", "projectId", "score", "category", "comment", "isComplaint", "givenBy", "answer", "answeredAt", "answeredBy", "createdAt" FROM "feedback"',
    );
    await queryRunner.query('DROP TABLE "feedback"');
    await queryRunner.query('ALTER TABLE "temporary_feedback" RENAME TO "feedback"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_feedback_project" ON "feedback" ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_feedback_client" ON "feedback" ("clientId", "createdAt") ');
    await queryRunner.query('CREATE INDEX "IDX_feedback_answered" ON "feedback" ("answeredAt", "id") ');
    await queryRunner.query('DROP INDEX "IDX_files_client"');
    await queryRunner.query('DROP INDEX "IDX_files_project"');
    await queryRunner.query('DROP INDEX "IDX_files_request"');
    await queryRunner.query(
      'CREATE TABLE "temporary_stored_files" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer, "requestId" integer, "role" varchar(16) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "sizeBytes" integer NOT NULL, "storageKey" varchar(64) NOT NULL, "uploadedBy" varchar(300) NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "uploadedByKind" varchar(32) NOT NULL DEFAULT (\'STAFF\'))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_stored_files"("id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt") SELECT "id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt" FROM "stored_files"',
    );
    await queryRunner.query('DROP TABLE "stored_files"');
    await queryRunner.query('ALTER TABLE "temporary_stored_files" RENAME TO "stored_files"');
    await queryRunner.query('CREATE INDEX "IDX_files_client" ON "stored_files" ("clientId", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_files_project" ON "stored_files" ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_request" ON "stored_files" ("requestId") ');
    await queryRunner.query('DROP INDEX "IDX_project_reviews_project"');
    await queryRunner.query(
      'CREATE TABLE "temporary_project_reviews" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "comments" varchar(4000) NOT NULL, "sentBy" varchar(300) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sentByKind" varchar(32) NOT NULL DEFAULT (\'CLIENT\'))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_project_reviews"("id", "projectId", "comments", "sentBy", "createdAt") SELECT "id", "projectId", "comments", "sentBy", "createdAt" FROM "project_reviews"',
    );
    await queryRunner.query('DROP TABLE "project_reviews"');
    await queryRunner.query('ALTER TABLE "temporary_project_reviews" RENAME TO "project_reviews"');
    await queryRunner.query('CREATE INDEX "IDX_project_reviews_project" ON "project_reviews" ("projectId", "createdAt") ');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), "storageUsedBytes" bigint NOT NULL DEFAULT (0), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash" FROM "clients"',
    );
    await queryRunner.query('DROP TABLE "clients"');
    await queryRunner.query('ALTER TABLE "temporary_clients" RENAME TO "clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_action" ON "audit_events" ("action", "occurredAt") ');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_client" ON "audit_events" ("clientId", "occurredAt") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_audit_events_client"');
    await queryRunner.query('DROP INDEX "IDX_audit_events_action"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('ALTER TABLE "clients" RENAME TO "temporary_clients"');
    await queryRunner.query(
      'CREATE TABLE "clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash" FROM "temporary_clients"',
    );
    await queryRunner.query('DROP TABLE "temporary_clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('DROP INDEX "IDX_project_reviews_project"');
    await queryRunner.query('ALTER TABLE "project_reviews" RENAME TO "temporary_project_reviews"');
    await queryRunner.query(
      'CREATE TABLE "project_reviews" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "comments" varchar(4000) NOT NULL, "sentBy" varchar(300) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "project_reviews"("id", "projectId", "comments", "sentBy", "createdAt") SELECT "id", "projectId", "comments", "sentBy", "createdAt" FROM "temporary_project_reviews"',
    );
    await queryRunner.query('DROP TABLE "temporary_project_reviews"');
    await queryRunner.query('CREATE INDEX "IDX_project_reviews_project" ON "project_reviews" ("projectId", "createdAt") ');
    await queryRunner.query('DROP INDEX "IDX_files_request"');
    await queryRunner.query('DROP INDEX "IDX_files_project"');
    await queryRunner.query('DROP INDEX "IDX_files_client"');
    await queryRunner.query('ALTER TABLE "stored_files" RENAME TO "temporary_stored_files"');
    await queryRunner.query(
      'CREATE TABLE "stored_files" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer, "requestId" integer, "role" varchar(16) NOT NULL, "fileName" varchar(255) NOT NULL, "contentType" varchar(100) NOT NULL, "sizeBytes" integer NOT NULL, "storageKey" varchar(64) NOT NULL, "uploadedBy" varchar(300) NOT NULL, "uploadedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "stored_files"("id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt") SELECT "id", "clientId", "projectId", "requestId", "role", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedBy", "uploadedAt" FROM "temporary_stored_files"',
    );
    await queryRunner.query('DROP TABLE "temporary_stored_files"');
    await queryRunner.query('CREATE INDEX "IDX_files_request" ON "stored_files" ("requestId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_project" ON "stored_files" ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_files_client" ON "stored_files" ("clientId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_feedback_answered"');
    await queryRunner.query('DROP INDEX "IDX_feedback_client"');
    await queryRunner.query('DROP INDEX "UQ_feedback_project"');
    await queryRunner.query('ALTER TABLE "feedback" RENAME TO "temporary_feedback"');
    await queryRunner.query(
      'CREATE TABLE "feedback" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "projectId" integer NOT NULL, "score" integer NOT NULL, "category" varchar(16) NOT NULL, "comment" varchar(4000) NOT NULL, "isComplaint" boolean NOT NULL DEFAULT (0), "givenBy" varchar(300) NOT NULL, "answer" varchar(4000), "answeredAt" datetime, "answeredBy" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "feedback"("id", "clientId", "projectId", "score", "category", "comment", "isComplaint", "givenBy", "answer", "answeredAt", "answeredBy", "createdAt") SELECT "id", "clientId", "projectId", "score", "category", "comment", "isComplaint", "givenBy", "answer", "answeredAt", "answeredBy", "createdAt" FROM "temporary_feedback"',
    );
    await queryRunner.query('DROP TABLE "temporary_feedback"');
    await queryRunner.query('CREATE INDEX "IDX_feedback_answered" ON "feedback" ("answeredAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_feedback_client" ON "feedback" ("clientId", "createdAt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_feedback_project" ON "feedback" ("projectId") ');
    await queryRunner.query('DROP INDEX "IDX_impersonations_started"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_client"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_staff"');
    await queryRunner.query('ALTER TABLE "impersonations" RENAME TO "temporary_impersonations"');
    await queryRunner.query(
      'CREATE TABLE "impersonations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffUserId" integer NOT NULL, "staffName" varchar(200) NOT NULL, "clientId" integer NOT NULL, "clientUsername" varchar(50) NOT NULL, "startedAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "endedAtRecorded" datetime, "endReasonRecorded" varchar(32), "ipAddress" varchar(64), "userAgent" varchar(255), "reason" varchar(500) NOT NULL, "allowChanges" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "impersonations"("id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent", "reason", "allowChanges") SELECT "id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent", "reason", "allowChanges" FROM "temporary_impersonations"',
    );
    await queryRunner.query('DROP TABLE "temporary_impersonations"');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_started" ON "impersonations" ("startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_client" ON "impersonations" ("clientId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_staff" ON "impersonations" ("staffUserId", "startedAt") ');
    await queryRunner.query('DROP INDEX "IDX_outbox_client"');
    await queryRunner.query('DROP INDEX "IDX_outbox_status"');
    await queryRunner.query('ALTER TABLE "outbox_letters" RENAME TO "temporary_outbox_letters"');
    await queryRunner.query(
      'CREATE TABLE "outbox_letters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(24) NOT NULL, "clientId" integer, "recipient" varchar(254) NOT NULL, "subject" varchar(255) NOT NULL, "language" varchar(5) NOT NULL, "textBody" text NOT NULL, "htmlBody" text NOT NULL, "status" varchar(16) NOT NULL, "error" varchar(1000), "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sentAt" datetime, "claimedBy" varchar(64), "claimedAt" datetime, "requestedBy" varchar(200))',
    );
    await queryRunner.query(
      'INSERT INTO "outbox_letters"("id", "kind", "clientId", "recipient", "subject", "language", "textBody", "htmlBody", "status", "error", "attempts", "createdAt", "sentAt", "claimedBy", "claimedAt", "requestedBy") SELECT "id", "kind", "clientId", "recipient", "subject", "language", "textBody", "htmlBody", "status", "error", "attempts", "createdAt", "sentAt", "claimedBy", "claimedAt", "requestedBy" FROM "temporary_outbox_letters"',
    );
    await queryRunner.query('DROP TABLE "temporary_outbox_letters"');
    await queryRunner.query('CREATE INDEX "IDX_outbox_client" ON "outbox_letters" ("clientId", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_outbox_status" ON "outbox_letters" ("status", "id") ');
    await queryRunner.query('DROP INDEX "IDX_one_time_tokens_client_purpose"');
    await queryRunner.query('ALTER TABLE "one_time_tokens" RENAME TO "temporary_one_time_tokens"');
    await queryRunner.query(
      'CREATE TABLE "one_time_tokens" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "purpose" varchar(24) NOT NULL, "clientId" integer NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "consumedAt" datetime, "payload" text)',
    );
    await queryRunner.query(
      'INSERT INTO "one_time_tokens"("tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt", "payload") SELECT "tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt", "payload" FROM "temporary_one_time_tokens"',
    );
    await queryRunner.query('DROP TABLE "temporary_one_time_tokens"');
    await queryRunner.query('CREATE INDEX "IDX_one_time_tokens_client_purpose" ON "one_time_tokens" ("clientId", "purpose") ');
    await queryRunner.query('DROP INDEX "IDX_audit_events_at"');
    await queryRunner.query('ALTER TABLE "audit_events" RENAME TO "temporary_audit_events"');
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "action" varchar(48) NOT NULL, "occurredAt" datetime NOT NULL, "actorName" varchar(200), "actorStaffUserId" integer, "clientId" integer, "ipAddress" varchar(64), "details" text NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "audit_events"("id", "action", "occurredAt", "actorName", "actorStaffUserId", "clientId", "ipAddress", "details") SELECT "id", "action", "occurredAt", "actorName", "actorStaffUserId", "clientId", "ipAddress", "details" FROM "temporary_audit_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_audit_events"');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("occurredAt") ');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('ALTER TABLE "clients" RENAME TO "temporary_clients"');
    await queryRunner.query(
      'CREATE TABLE "clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), "lockedUntil" datetime, "failuresCountedFrom" datetime, CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash" FROM "temporary_clients"',
    );
    await queryRunner.query('DROP TABLE "temporary_clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('DROP TABLE "rate_limit_buckets"');
    await queryRunner.query('DROP INDEX "IDX_staff_sign_in_attempts_user_at"');
    await queryRunner.query('DROP TABLE "staff_sign_in_attempts"');
  }
}
