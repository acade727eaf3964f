import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WelcomeTranslations1765440000000 implements MigrationInterface {
  name = 'WelcomeTranslations1765440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "temporary_client_portal_settings" ("id" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL, "portalVersion" varchar(16) NOT NULL, "publicUrl" varchar(500), "portalName" varchar(100) NOT NULL, "logoUrl" text, "primaryColor" varchar(7) NOT NULL, "welcomeText" varchar(1000) NOT NULL, "offeredAreas" text NOT NULL, "classicCustomization" text, "version" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "showStaffIdentityToClients" boolean NOT NULL DEFAULT (1), "notifyClientsOfChangeSessions" boolean NOT NULL DEFAULT (0), "welcomeTranslations" text)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_portal_settings"("id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt", "showStaffIdentityToClients", "notifyClientsOfChangeSessions") SELECT "id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt", "showStaffIdentityToClients", "notifyClientsOfChangeSessions" FROM "client_portal_settings"',
    );
    await queryRunner.query('DROP TABLE "client_portal_settings"');
    await queryRunner.query('ALTER TABLE "temporary_client_portal_settings" RENAME TO "client_portal_settings"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "client_portal_settings" RENAME TO "temporary_client_portal_settings"');
    await queryRunner.query(
      'CREATE TABLE "client_portal_settings" ("id" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL, "portalVersion" varchar(16) NOT NULL, "publicUrl" varchar(500), "portalName" varchar(100) NOT NULL, "logoUrl" text, "primaryColor" varchar(7) NOT NULL, "welcomeText" varchar(1000) NOT NULL, "offeredAreas" text NOT NULL, "classicCustomization" text, "version" integer NOT NULL, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "showStaffIdentityToClients" boolean NOT NULL DEFAULT (1), "notifyClientsOfChangeSessions" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "client_portal_settings"("id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt", "showStaffIdentityToClients", "notifyClientsOfChangeSessions") SELECT "id", "enabled", "portalVersion", "publicUrl", "portalName", "logoUrl", "primaryColor", "welcomeText", "offeredAreas", "classicCustomization", "version", "updatedAt", "showStaffIdentityToClients", "notifyClientsOfChangeSessions" FROM "temporary_client_portal_settings"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_portal_settings"');
  }
}
