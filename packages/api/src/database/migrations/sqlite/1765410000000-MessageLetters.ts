import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageLetters1765410000000 implements MigrationInterface {
  name = 'MessageLetters1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "message_digests" ("clientId" integer PRIMARY KEY NOT NULL, "coveredUntil" datetime NOT NULL)');
    await queryRunner.query('DROP INDEX "IDX_clients_status"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query(
      'CREATE TABLE "temporary_clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), "storageUsedBytes" bigint NOT NULL DEFAULT (0), "messageLetters" varchar(16) NOT NULL DEFAULT (\'IMMEDIATELY\'), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash", "storageUsedBytes") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash", "storageUsedBytes" FROM "clients"',
    );
    await queryRunner.query('DROP TABLE "clients"');
    await queryRunner.query('ALTER TABLE "temporary_clients" RENAME TO "clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_status" ON "clients" ("status", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_clients_updated"');
    await queryRunner.query('DROP INDEX "IDX_clients_effective_group_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_status_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_email"');
    await queryRunner.query('DROP INDEX "IDX_clients_name"');
    await queryRunner.query('DROP INDEX "IDX_clients_status"');
    await queryRunner.query('ALTER TABLE "clients" RENAME TO "temporary_clients"');
    await queryRunner.query(
      'CREATE TABLE "clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "usernameKey" varchar(50) NOT NULL, "name" varchar(200) NOT NULL, "nameKey" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "email" varchar(254), "emailKey" varchar(254), "assignToStatus" boolean NOT NULL DEFAULT (1), "groupId" integer, "effectiveGroupId" integer, "portalAccessAllowed" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime, "lastFailedLoginAt" datetime, "preferredLanguage" varchar(5) NOT NULL DEFAULT (\'EN\'), "formatPreferences" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedBy" varchar(200), "passwordHash" varchar(255), "storageUsedBytes" bigint NOT NULL DEFAULT (0), CONSTRAINT "UQ_c231f3af6031216ac08bb797152" UNIQUE ("usernameKey"), CONSTRAINT "FK_ad3cacec9cdd72a1a8cc6da9010" FOREIGN KEY ("groupId") REFERENCES "client_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "clients"("id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash", "storageUsedBytes") SELECT "id", "username", "usernameKey", "name", "nameKey", "status", "email", "emailKey", "assignToStatus", "groupId", "effectiveGroupId", "portalAccessAllowed", "lastLoginAt", "lastFailedLoginAt", "preferredLanguage", "formatPreferences", "version", "createdAt", "updatedAt", "updatedBy", "passwordHash", "storageUsedBytes" FROM "temporary_clients"',
    );
    await queryRunner.query('DROP TABLE "temporary_clients"');
    await queryRunner.query('CREATE INDEX "IDX_clients_updated" ON "clients" ("updatedAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_effective_group_name" ON "clients" ("effectiveGroupId", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status_name" ON "clients" ("status", "nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_email" ON "clients" ("emailKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_name" ON "clients" ("nameKey", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_clients_status" ON "clients" ("status", "id") ');
    await queryRunner.query('DROP TABLE "message_digests"');
  }
}
