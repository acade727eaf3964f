import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactorSignIn1765000000000 implements MigrationInterface {
  name = 'TwoFactorSignIn1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "password_policies" ("portal" varchar(16) PRIMARY KEY NOT NULL, "strength" varchar(8) NOT NULL, "minLength" integer NOT NULL, "rejectCommonPasswords" boolean NOT NULL, "version" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "two_factor_enrolments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "accountKind" varchar(8) NOT NULL, "accountId" integer NOT NULL, "secretCiphertext" varchar(255) NOT NULL, "confirmedAt" datetime, "lastUsedTimeStep" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_two_factor_enrolments_account" ON "two_factor_enrolments" ("accountKind", "accountId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "two_factor_recovery_codes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enrolmentId" integer NOT NULL, "codeHash" varchar(64) NOT NULL, "usedAt" datetime)',
    );
    await queryRunner.query('CREATE INDEX "IDX_two_factor_recovery_codes_enrolment" ON "two_factor_recovery_codes" ("enrolmentId") ');
    await queryRunner.query(
      'CREATE TABLE "sign_in_challenges" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "accountKind" varchar(8) NOT NULL, "accountId" integer NOT NULL, "purpose" varchar(8) NOT NULL, "expiresAt" datetime NOT NULL, "inUseUntil" datetime, "usedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_sign_in_challenges_expires" ON "sign_in_challenges" ("expiresAt") ');
    await queryRunner.query('DROP INDEX "IDX_sessions_client"');
    await queryRunner.query('DROP INDEX "IDX_sessions_staff"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sessions" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "revokedAt" datetime, "ipAddress" varchar(64), "userAgent" varchar(255), "clientId" integer, "signInAsPartnerSessionId" integer, "secondFactor" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sessions"("tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent", "clientId", "signInAsPartnerSessionId") SELECT "tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent", "clientId", "signInAsPartnerSessionId" FROM "sessions"',
    );
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('ALTER TABLE "temporary_sessions" RENAME TO "sessions"');
    await queryRunner.query('CREATE INDEX "IDX_sessions_client" ON "sessions" ("clientId") ');
    await queryRunner.query('CREATE INDEX "IDX_sessions_staff" ON "sessions" ("staffUserId") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "nameKey" varchar(100) NOT NULL, "accessAllowed" boolean NOT NULL DEFAULT (0), "statusGroupFor" varchar(16), "rightsMatrix" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "twoFactorRequired" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_f4af2a894c3d60aba1dc16a7692" UNIQUE ("statusGroupFor"), CONSTRAINT "UQ_5b26c2c4fa82d7c8424010eeaa6" UNIQUE ("nameKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_groups"("id", "name", "nameKey", "accessAllowed", "statusGroupFor", "rightsMatrix", "version", "createdAt", "updatedAt") SELECT "id", "name", "nameKey", "accessAllowed", "statusGroupFor", "rightsMatrix", "version", "createdAt", "updatedAt" FROM "client_groups"',
    );
    await queryRunner.query('DROP TABLE "client_groups"');
    await queryRunner.query('ALTER TABLE "temporary_client_groups" RENAME TO "client_groups"');
    await queryRunner.query(
      'CREATE TABLE "temporary_user_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "nameKey" varchar(100) NOT NULL, "isAdministrators" boolean NOT NULL DEFAULT (0), "rightsMatrix" text NOT NULL, "specialRights" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "twoFactorRequired" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_4fa2541901c80e5ee295ebdf5cc" UNIQUE ("nameKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_user_groups"("id", "name", "nameKey", "isAdministrators", "rightsMatrix", "specialRights", "version", "createdAt", "updatedAt") SELECT "id", "name", "nameKey", "isAdministrators", "rightsMatrix", "specialRights", "version", "createdAt", "updatedAt" FROM "user_groups"',
    );
    await queryRunner.query('DROP TABLE "user_groups"');
    await queryRunner.query('ALTER TABLE "temporary_user_groups" RENAME TO "user_groups"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_groups" RENAME TO "temporary_user_groups"');
    await queryRunner.query(
      'CREATE TABLE "user_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "nameKey" varchar(100) NOT NULL, "isAdministrators" boolean NOT NULL DEFAULT (0), "rightsMatrix" text NOT NULL, "specialRights" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_4fa2541901c80e5ee295ebdf5cc" UNIQUE ("nameKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "user_groups"("id", "name", "nameKey", "isAdministrators", "rightsMatrix", "specialRights", "version", "createdAt", "updatedAt") SELECT "id", "name", "nameKey", "isAdministrators", "rightsMatrix", "specialRights", "version", "createdAt", "updatedAt" FROM "temporary_user_groups"',
    );
    await queryRunner.query('DROP TABLE "temporary_user_groups"');
    await queryRunner.query('ALTER TABLE "client_groups" RENAME TO "temporary_client_groups"');
    await queryRunner.query(
      'CREATE TABLE "client_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "nameKey" varchar(100) NOT NULL, "accessAllowed" boolean NOT NULL DEFAULT (0), "statusGroupFor" varchar(16), "rightsMatrix" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_f4af2a894c3d60aba1dc16a7692" UNIQUE ("statusGroupFor"), CONSTRAINT "UQ_5b26c2c4fa82d7c8424010eeaa6" UNIQUE ("nameKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "client_groups"("id", "name", "nameKey", "accessAllowed", "statusGroupFor", "rightsMatrix", "version", "createdAt", "updatedAt") SELECT "id", "name", "nameKey", "accessAllowed", "statusGroupFor", "rightsMatrix", "version", "createdAt", "updatedAt" FROM "temporary_client_groups"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_groups"');
    await queryRunner.query('DROP INDEX "IDX_sessions_staff"');
    await queryRunner.query('DROP INDEX "IDX_sessions_client"');
    await queryRunner.query('ALTER TABLE "sessions" RENAME TO "temporary_sessions"');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "revokedAt" datetime, "ipAddress" varchar(64), "userAgent" varchar(255), "clientId" integer, "signInAsPartnerSessionId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "sessions"("tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent", "clientId", "signInAsPartnerSessionId") SELECT "tokenHash", "kind", "staffUserId", "createdAt", "expiresAt", "lastSeenAt", "revokedAt", "ipAddress", "userAgent", "clientId", "signInAsPartnerSessionId" FROM "temporary_sessions"',
    );
    await queryRunner.query('DROP TABLE "temporary_sessions"');
    await queryRunner.query('CREATE INDEX "IDX_sessions_staff" ON "sessions" ("staffUserId") ');
    await queryRunner.query('CREATE INDEX "IDX_sessions_client" ON "sessions" ("clientId") ');
    await queryRunner.query('DROP INDEX "IDX_sign_in_challenges_expires"');
    await queryRunner.query('DROP TABLE "sign_in_challenges"');
    await queryRunner.query('DROP INDEX "IDX_two_factor_recovery_codes_enrolment"');
    await queryRunner.query('DROP TABLE "two_factor_recovery_codes"');
    await queryRunner.query('DROP INDEX "IDX_two_factor_enrolments_account"');
    await queryRunner.query('DROP TABLE "two_factor_enrolments"');
    await queryRunner.query('DROP TABLE "password_policies"');
  }
}
