import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientPortalSignIn1764000000000 implements MigrationInterface {
  name = 'ClientPortalSignIn1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "action" varchar(48) NOT NULL, "occurredAt" datetime NOT NULL, "actorName" varchar(200), "actorStaffUserId" integer, "clientId" integer, "ipAddress" varchar(64), "details" text NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("occurredAt") ');
    await queryRunner.query(
      'CREATE TABLE "one_time_tokens" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "purpose" varchar(24) NOT NULL, "clientId" integer NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "consumedAt" datetime)',
    );
    await queryRunner.query('CREATE INDEX "IDX_one_time_tokens_client_purpose" ON "one_time_tokens" ("clientId", "purpose") ');
    await queryRunner.query(
      'CREATE TABLE "client_sign_in_attempts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer, "usernameTried" varchar(100) NOT NULL, "outcome" varchar(24) NOT NULL, "attemptedAt" datetime NOT NULL, "ipAddress" varchar(64), "userAgent" varchar(255))',
    );
    await queryRunner.query('CREATE INDEX "IDX_sign_in_attempts_client_at" ON "client_sign_in_attempts" ("clientId", "attemptedAt") ');
    await queryRunner.query(
      'CREATE TABLE "client_portal_settings" ("id" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL, "portalVersion" varchar(16) NOT NULL, "publicUrl" varchar(500), "portalName" varchar(100) NOT NULL, "logoUrl" text, "primaryColor" varchar(7) NOT NULL, "welcomeText" varchar(1000) NOT NULL, "offeredAreas" text NOT NULL, "classicCustomization" text, "version" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_letters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(24) NOT NULL, "clientId" integer, "recipient" varchar(254) NOT NULL, "subject" varchar(255) NOT NULL, "language" varchar(5) NOT NULL, "textBody" text NOT NULL, "htmlBody" text NOT NULL, "status" varchar(16) NOT NULL, "error" varchar(1000), "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sentAt" datetime, "claimedBy" varchar(64), "claimedAt" datetime, "requestedBy" varchar(200))',
    );
    await queryRunner.query('CREATE INDEX "IDX_outbox_client" ON "outbox_letters" ("clientId", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_outbox_status" ON "outbox_letters" ("status", "id") ');
    await queryRunner.query(
      'CREATE TABLE "impersonations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffUserId" integer NOT NULL, "staffName" varchar(200) NOT NULL, "clientId" integer NOT NULL, "clientUsername" varchar(50) NOT NULL, "startedAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "endedAtRecorded" datetime, "endReasonRecorded" varchar(32), "ipAddress" varchar(64), "userAgent" varchar(255))',
    );
    await queryRunner.query('CREATE INDEX "IDX_impersonations_staff" ON "impersonations" ("staffUserId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_client" ON "impersonations" ("clientId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_started" ON "impersonations" ("startedAt") ');
    await queryRunner.query('DROP INDEX "IDX_sessions_staff"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sessions" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "revokedAt" datetime, "ipAddress" varchar(64), "userAgent" varchar(255), "clientId" integer, "impersonationId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sessions"("tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent") SELECT "tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent" FROM "sessions"',
    );
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('ALTER TABLE "temporary_sessions" RENAME TO "sessions"');
    await queryRunner.query('CREATE INDEX "IDX_sessions_staff" ON "sessions" ("staffUserId") ');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query(
      'CREATE TABLE "temporary_clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), "lockedUntil" datetime, "failuresCountedFrom" datetime, CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy" FROM "clients"',
    );
    await queryRunner.query('DROP TABLE "clients"');
    await queryRunner.query('ALTER TABLE "temporary_clients" RENAME TO "clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_sessions_client" ON "sessions" ("clientId") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_sessions_client"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('ALTER TABLE "clients" RENAME TO "temporary_clients"');
    await queryRunner.query(
      'CREATE TABLE "clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy" FROM "temporary_clients"',
    );
    await queryRunner.query('DROP TABLE "temporary_clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('DROP INDEX "IDX_sessions_staff"');
    await queryRunner.query('ALTER TABLE "sessions" RENAME TO "temporary_sessions"');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "revokedAt" datetime, "ipAddress" varchar(64), "userAgent" varchar(255))',
    );
    await queryRunner.query(
      'INSERT INTO "sessions"("tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent") SELECT "tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent" FROM "temporary_sessions"',
    );
    await queryRunner.query('DROP TABLE "temporary_sessions"');
    await queryRunner.query('CREATE INDEX "IDX_sessions_staff" ON "sessions" ("staffUserId") ');
    await queryRunner.query('DROP INDEX "IDX_impersonations_started"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_client"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_staff"');
    await queryRunner.query('DROP TABLE "impersonations"');
    await queryRunner.query('DROP INDEX "IDX_outbox_status"');
    await queryRunner.query('DROP INDEX "IDX_outbox_client"');
    await queryRunner.query('DROP TABLE "outbox_letters"');
    await queryRunner.query('DROP TABLE "client_portal_settings"');
    await queryRunner.query('DROP INDEX "IDX_sign_in_attempts_client_at"');
    await queryRunner.query('DROP TABLE "client_sign_in_attempts"');
    await queryRunner.query('DROP INDEX "IDX_one_time_tokens_client_purpose"');
    await queryRunner.query('DROP TABLE "one_time_tokens"');
    await queryRunner.query('DROP INDEX "IDX_audit_events_at"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
