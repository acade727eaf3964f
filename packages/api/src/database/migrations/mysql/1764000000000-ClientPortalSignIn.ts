import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientPortalSignIn1764000000000 implements MigrationInterface {
  name = 'ClientPortalSignIn1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `audit_events` (`id` int NOT NULL AUTO_INCREMENT, `action` varchar(48) NOT NULL, `occurredAt` datetime NOT NULL, `actorName` varchar(200) NULL, `actorStaffUserId` int NULL, `clientId` int NULL, `ipAddress` varchar(64) NULL, `details` text NOT NULL, INDEX `IDX_audit_events_at` (`occurredAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `one_time_tokens` (`tokenHash` varchar(64) NOT NULL, `purpose` varchar(24) NOT NULL, `clientId` int NOT NULL, `staffUserId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `expiresAt` datetime NOT NULL, `consumedAt` datetime NULL, INDEX `IDX_one_time_tokens_client_purpose` (`clientId`, `purpose`), PRIMARY KEY (`tokenHash`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_sign_in_attempts` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NULL, `usernameTried` varchar(100) NOT NULL, `outcome` varchar(24) NOT NULL, `attemptedAt` datetime NOT NULL, `ipAddress` varchar(64) NULL, `userAgent` varchar(255) NULL, INDEX `IDX_sign_in_attempts_client_at` (`clientId`, `attemptedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_portal_settings` (`id` int NOT NULL, `enabled` tinyint NOT NULL, `portalVersion` varchar(16) NOT NULL, `publicUrl` varchar(500) NULL, `portalName` varchar(100) NOT NULL, `logoUrl` text NULL, `primaryColor` varchar(7) NOT NULL, `welcomeText` varchar(1000) NOT NULL, `offeredAreas` text NOT NULL, `classicCustomization` text NULL, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `outbox_letters` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(24) NOT NULL, `clientId` int NULL, `recipient` varchar(254) NOT NULL, `subject` varchar(255) NOT NULL, `language` varchar(5) NOT NULL, `textBody` text NOT NULL, `htmlBody` text NOT NULL, `status` varchar(16) NOT NULL, `error` varchar(1000) NULL, `attempts` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `sentAt` datetime NULL, `claimedBy` varchar(64) NULL, `claimedAt` datetime NULL, `requestedBy` varchar(200) NULL, INDEX `IDX_outbox_client` (`clientId`, `id`), INDEX `IDX_outbox_status` (`status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `impersonations` (`id` int NOT NULL AUTO_INCREMENT, `staffUserId` int NOT NULL, `staffName` varchar(200) NOT NULL, `clientId` int NOT NULL, `clientUsername` varchar(50) NOT NULL, `startedAt` datetime NOT NULL, `expiresAt` datetime NOT NULL, `endedAtRecorded` datetime NULL, `endReasonRecorded` varchar(32) NULL, `ipAddress` varchar(64) NULL, `userAgent` varchar(255) NULL, INDEX `IDX_impersonations_staff` (`staffUserId`, `startedAt`), INDEX `IDX_impersonations_client` (`clientId`, `startedAt`), INDEX `IDX_impersonations_started` (`startedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `sessions` ADD `clientId` int NULL');
    await queryRunner.query('ALTER TABLE `sessions` ADD `impersonationId` int NULL');
    await queryRunner.query('ALTER TABLE `clients` ADD `passwordHash` varchar(255) NULL');
    await queryRunner.query('ALTER TABLE `clients` ADD `lockedUntil` datetime NULL');
    await queryRunner.query('ALTER TABLE `clients` ADD `failuresCountedFrom` datetime NULL');
    await queryRunner.query('CREATE INDEX `IDX_sessions_client` ON `sessions` (`clientId`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_sessions_client` ON `sessions`');
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `failuresCountedFrom`');
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `lockedUntil`');
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `passwordHash`');
    await queryRunner.query('ALTER TABLE `sessions` DROP COLUMN `impersonationId`');
    await queryRunner.query('ALTER TABLE `sessions` DROP COLUMN `clientId`');
    await queryRunner.query('DROP INDEX `IDX_impersonations_started` ON `impersonations`');
    await queryRunner.query('DROP INDEX `IDX_impersonations_client` ON `impersonations`');
    await queryRunner.query('DROP INDEX `IDX_impersonations_staff` ON `impersonations`');
    await queryRunner.query('DROP TABLE `impersonations`');
    await queryRunner.query('DROP INDEX `IDX_outbox_status` ON `outbox_letters`');
    await queryRunner.query('DROP INDEX `IDX_outbox_client` ON `outbox_letters`');
    await queryRunner.query('DROP TABLE `outbox_letters`');
    await queryRunner.query('DROP TABLE `client_portal_settings`');
    await queryRunner.query('DROP INDEX `IDX_sign_in_attempts_client_at` ON `client_sign_in_attempts`');
    await queryRunner.query('DROP TABLE `client_sign_in_attempts`');
    await queryRunner.query('DROP INDEX `IDX_one_time_tokens_client_purpose` ON `one_time_tokens`');
    await queryRunner.query('DROP TABLE `one_time_tokens`');
    await queryRunner.query('DROP INDEX `IDX_audit_events_at` ON `audit_events`');
    await queryRunner.query('DROP TABLE `audit_events`');
  }
}
