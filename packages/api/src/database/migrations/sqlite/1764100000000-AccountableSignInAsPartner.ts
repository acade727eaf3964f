import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountableSignInAsPartner1764100000000 implements MigrationInterface {
  name = 'AccountableSignInAsPartner1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_one_time_tokens_client_purpose"');
    await queryRunner.query(
      'CREATE TABLE "temporary_one_time_tokens" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "purpose" varchar(24) NOT NULL, "clientId" integer NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "consumedAt" datetime, "payload" text)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_one_time_tokens"("tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt") SELECT "tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt" FROM "one_time_tokens"',
    );
    await queryRunner.query('DROP TABLE "one_time_tokens"');
    await queryRunner.query('ALTER TABLE "temporary_one_time_tokens" RENAME TO "one_time_tokens"');
    await queryRunner.query('CREATE INDEX "IDX_one_time_tokens_client_purpose" ON "one_time_tokens" ("clientId", "purpose") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_portal_settings" ("id" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL, "portalVersion" varchar(16) NOT NULL, "publicUrl" varchar(500), "portalName" varchar(100) NOT NULL, "logoUrl" text, "primaryColor" varchar(7) NOT NULL, "welcomeText" varchar(1000) NOT NULL, "offeredAreas" text NOT NULL, "classicCustomization" text, "version" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "showStaffIdentityToClients" boolean NOT NULL DEFAULT (1), "notifyClientsOfChangeSessions" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_portal_settings"("id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt") SELECT "id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt" FROM "client_portal_settings"',
    );
    await queryRunner.query('DROP TABLE "client_portal_settings"');
    await queryRunner.query('ALTER TABLE "temporary_client_portal_settings" RENAME TO "client_portal_settings"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_started"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_client"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_staff"');
    await queryRunner.query(
      'CREATE TABLE "temporary_impersonations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffUserId" integer NOT NULL, "staffName" varchar(200) NOT NULL, "clientId" integer NOT NULL, "clientUsername" varchar(50) NOT NULL, "startedAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "endedAtRecorded" datetime, "endReasonRecorded" varchar(32), "ipAddress" varchar(64), "userAgent" varchar(255), "reason" varchar(500) NOT NULL, "allowChanges" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_impersonations"("id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent") SELECT "id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent" FROM "impersonations"',
    );
    await queryRunner.query('DROP TABLE "impersonations"');
    await queryRunner.query('ALTER TABLE "temporary_impersonations" RENAME TO "impersonations"');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_started" ON "impersonations" ("startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_client" ON "impersonations" ("clientId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_staff" ON "impersonations" ("staffUserId", "startedAt") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_impersonations_staff"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_client"');
    await queryRunner.query('DROP INDEX "IDX_impersonations_started"');
    await queryRunner.query('ALTER TABLE "impersonations" RENAME TO "temporary_impersonations"');
    await queryRunner.query(
      'CREATE TABLE "impersonations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffUserId" integer NOT NULL, "staffName" varchar(200) NOT NULL, "clientId" integer NOT NULL, "clientUsername" varchar(50) NOT NULL, "startedAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "endedAtRecorded" datetime, "endReasonRecorded" varchar(32), "ipAddress" varchar(64), "userAgent" varchar(255))',
    );
    await queryRunner.query(
      'INSERT INTO "impersonations"("id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent") SELECT "id", "staffUserId", "staffName", "clientId", "clientUsername", "startedAt", "expiresAt", "endedAtRecorded", "endReasonRecorded", "ipAddress", "userAgent" FROM "temporary_impersonations"',
    );
    await queryRunner.query('DROP TABLE "temporary_impersonations"');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_staff" ON "impersonations" ("staffUserId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_client" ON "impersonations" ("clientId", "startedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_impersonations_started" ON "impersonations" ("startedAt") ');
    await queryRunner.query('ALTER TABLE "client_portal_settings" RENAME TO "temporary_client_portal_settings"');
    await queryRunner.query(
      'CREATE TABLE "client_portal_settings" ("id" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL, "portalVersion" varchar(16) NOT NULL, "publicUrl" varchar(500), "portalName" varchar(100) NOT NULL, "logoUrl" text, "primaryColor" varchar(7) NOT NULL, "welcomeText" varchar(1000) NOT NULL, "offeredAreas" text NOT NULL, "classicCustomization" text, "version" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "client_portal_settings"("id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt") SELECT "id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt" FROM "temporary_client_portal_settings"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_portal_settings"');
    await queryRunner.query('DROP INDEX "IDX_one_time_tokens_client_purpose"');
    await queryRunner.query('ALTER TABLE "one_time_tokens" RENAME TO "temporary_one_time_tokens"');
    await queryRunner.query(
      'CREATE TABLE "one_time_tokens" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "purpose" varchar(24) NOT NULL, "clientId" integer NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "consumedAt" datetime)',
    );
    await queryRunner.query(
      'INSERT INTO "one_time_tokens"("tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt") SELECT "tokenHash", "purpose", "clientId", "staffUserId", "createdAt", "expiresAt", "consumedAt" FROM "temporary_one_time_tokens"',
    );
    await queryRunner.query('DROP TABLE "temporary_one_time_tokens"');
    await queryRunner.query('CREATE INDEX "IDX_one_time_tokens_client_purpose" ON "one_time_tokens" ("clientId", "purpose") ');
  }
}
