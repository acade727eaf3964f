import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sessions" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "staffUserId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "revokedAt" datetime, "ipAddress" varchar(64), "userAgent" varchar(255))',
    );
    await queryRunner.query('CREATE INDEX "IDX_sessions_staff" ON "sessions" ("staffUserId") ');
    await queryRunner.query(
      'CREATE TABLE "client_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "nameKey" varchar(100) NOT NULL, "accessAllowed" boolean NOT NULL DEFAULT (0), "statusGroupFor" varchar(16), "rightsMatrix" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_5b26c2c4fa82d7c8424010eeaa6" UNIQUE ("nameKey"), CONSTRAINT "UQ_f4af2a894c3d60aba1dc16a7692" UNIQUE ("statusGroupFor"))',
    );
    await queryRunner.query(
      'CREATE TABLE "clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query(
      'CREATE TABLE "partner_aliases" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "tool" varchar(20) NOT NULL, "externalUsername" varchar(255) NOT NULL, "externalUsernameKey" varchar(255) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_aliases_tool_username" ON "partner_aliases" ("tool", "externalUsernameKey") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_aliases_client_tool" ON "partner_aliases" ("clientId", "tool") ');
    await queryRunner.query(
      'CREATE TABLE "user_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "nameKey" varchar(100) NOT NULL, "isAdministrators" boolean NOT NULL DEFAULT (0), "rightsMatrix" text NOT NULL, "specialRights" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_4fa2541901c80e5ee295ebdf5cc" UNIQUE ("nameKey"))',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "fullName" varchar(200) NOT NULL, "email" varchar(254), "passwordHash" varchar(255) NOT NULL, "groupId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastSignInAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_ea5d9aa3d8c4d3c2f0c3e5f8284" UNIQUE ("usernameKey"))',
    );
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy" FROM "clients"',
    );
    await queryRunner.query('DROP TABLE "clients"');
    await queryRunner.query('ALTER TABLE "temporary_clients" RENAME TO "clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('DROP INDEX "UQ_partner_aliases_tool_username"');
    await queryRunner.query('DROP INDEX "UQ_partner_aliases_client_tool"');
    await queryRunner.query(
      'CREATE TABLE "temporary_partner_aliases" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "tool" varchar(20) NOT NULL, "externalUsername" varchar(255) NOT NULL, "externalUsernameKey" varchar(255) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_f2397077cf85b3206036a802751" FOREIGN KEY ("clientId") REFERENCES "clients" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_partner_aliases"("id", "clientId", "tool", "externalUsername", "externalUsernameKey", "createdAt") SELECT "id", "clientId", "tool", "externalUsername", "externalUsernameKey", "createdAt" FROM "partner_aliases"',
    );
    await queryRunner.query('DROP TABLE "partner_aliases"');
    await queryRunner.query('ALTER TABLE "temporary_partner_aliases" RENAME TO "partner_aliases"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_aliases_tool_username" ON "partner_aliases" ("tool", "externalUsernameKey") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_aliases_client_tool" ON "partner_aliases" ("clientId", "tool") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "fullName" varchar(200) NOT NULL, "email" varchar(254), "passwordHash" varchar(255) NOT NULL, "groupId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastSignInAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_ea5d9aa3d8c4d3c2f0c3e5f8284" UNIQUE ("usernameKey"), CONSTRAINT "FK_f840754920160a9c2810861f104" FOREIGN KEY ("groupId") REFERENCES "user_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_users"("id", "username", "usernameKey", "fullName", "email", "passwordHash", "groupId", "active", "lastSignInAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "usernameKey", "fullName", "email", "passwordHash", "groupId", "active", "lastSignInAt", "version", "createdAt", "updatedAt" FROM "staff_users"',
    );
    await queryRunner.query('DROP TABLE "staff_users"');
    await queryRunner.query('ALTER TABLE "temporary_staff_users" RENAME TO "staff_users"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "staff_users" RENAME TO "temporary_staff_users"');
    await queryRunner.query(
      'CREATE TABLE "staff_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "fullName" varchar(200) NOT NULL, "email" varchar(254), "passwordHash" varchar(255) NOT NULL, "groupId" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastSignInAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "UQ_ea5d9aa3d8c4d3c2f0c3e5f8284" UNIQUE ("usernameKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_users"("id", "username", "usernameKey", "fullName", "email", "passwordHash", "groupId", "active", "lastSignInAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "usernameKey", "fullName", "email", "passwordHash", "groupId", "active", "lastSignInAt", "version", "createdAt", "updatedAt" FROM "temporary_staff_users"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_users"');
    await queryRunner.query('DROP INDEX "UQ_partner_aliases_client_tool"');
    await queryRunner.query('DROP INDEX "UQ_partner_aliases_tool_username"');
    await queryRunner.query('ALTER TABLE "partner_aliases" RENAME TO "temporary_partner_aliases"');
    await queryRunner.query(
      'CREATE TABLE "partner_aliases" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "tool" varchar(20) NOT NULL, "externalUsername" varchar(255) NOT NULL, "externalUsernameKey" varchar(255) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "partner_aliases"("id", "clientId", "tool", "externalUsername", "externalUsernameKey", "createdAt") SELECT "id", "clientId", "tool", "externalUsername", "externalUsernameKey", "createdAt" FROM "temporary_partner_aliases"',
    );
    await queryRunner.query('DROP TABLE "temporary_partner_aliases"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_aliases_client_tool" ON "partner_aliases" ("clientId", "tool") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_aliases_tool_username" ON "partner_aliases" ("tool", "externalUsernameKey") ');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('ALTER TABLE "clients" RENAME TO "temporary_clients"');
    await queryRunner.query(
      'CREATE TABLE "clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy" FROM "temporary_clients"',
    );
    await queryRunner.query('DROP TABLE "temporary_clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('DROP TABLE "staff_users"');
    await queryRunner.query('DROP TABLE "user_groups"');
    await queryRunner.query('DROP INDEX "UQ_partner_aliases_client_tool"');
    await queryRunner.query('DROP INDEX "UQ_partner_aliases_tool_username"');
    await queryRunner.query('DROP TABLE "partner_aliases"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('DROP TABLE "clients"');
    await queryRunner.query('DROP TABLE "client_groups"');
    await queryRunner.query('DROP INDEX "IDX_sessions_staff"');
    await queryRunner.query('DROP TABLE "sessions"');
  }
}
