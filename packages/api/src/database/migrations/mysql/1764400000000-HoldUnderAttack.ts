import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HoldUnderAttack1764400000000 implements MigrationInterface {
  name = 'HoldUnderAttack1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `staff_sign_in_attempts` (`id` int NOT NULL AUTO_INCREMENT, `staffUserId` int NULL, `usernameTried` varchar(100) NOT NULL, `outcome` varchar(24) NOT NULL, `attemptedAt` datetime NOT NULL, `ipAddress` varchar(64) NULL, `userAgent` varchar(255) NULL, INDEX `IDX_staff_sign_in_attempts_user_at` (`staffUserId`, `attemptedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `rate_limit_buckets` (`bucket` varchar(120) NOT NULL, `hits` int NOT NULL DEFAULT '0', `windowStartedAt` datetime NOT NULL, `blockedUntil` datetime NULL, `blockCount` int NOT NULL DEFAULT '0', PRIMARY KEY (`bucket`)) ENGINE=InnoDB",
    );
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `lockedUntil`');
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `failuresCountedFrom`');
    await queryRunner.query('ALTER TABLE `audit_events` ADD `subjectStaffUserId` int NULL');
    await queryRunner.query('ALTER TABLE `one_time_tokens` ADD `letterId` int NULL');
    await queryRunner.query('ALTER TABLE `outbox_letters` ADD `linkPurpose` varchar(24) NULL');
    await queryRunner.query('ALTER TABLE `outbox_letters` ADD `linkLifetimeMinutes` int NULL');
    await queryRunner.query('ALTER TABLE `outbox_letters` ADD `linkReplacesOlder` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `outbox_letters` ADD `linkStaffUserId` int NULL');
    await queryRunner.query('ALTER TABLE `impersonations` ADD `runningForStaffUserId` int NULL');
    await queryRunner.query('ALTER TABLE `impersonations` ADD UNIQUE INDEX `IDX_fc638eb043f90d2b6a2013f285` (`runningForStaffUserId`)');
    await queryRunner.query("ALTER TABLE `feedback` ADD `givenByKind` varchar(32) NOT NULL DEFAULT 'CLIENT'");
    await queryRunner.query("ALTER TABLE `stored_files` ADD `uploadedByKind` varchar(32) NOT NULL DEFAULT 'STAFF'");
    await queryRunner.query("ALTER TABLE `project_reviews` ADD `sentByKind` varchar(32) NOT NULL DEFAULT 'CLIENT'");
    await queryRunner.query("ALTER TABLE `clients` ADD `storageUsedBytes` bigint NOT NULL DEFAULT '0'");
    await queryRunner.query('CREATE INDEX `IDX_audit_events_action` ON `audit_events` (`action`, `occurredAt`)');
    await queryRunner.query('CREATE INDEX `IDX_audit_events_client` ON `audit_events` (`clientId`, `occurredAt`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_audit_events_client` ON `audit_events`');
    await queryRunner.query('DROP INDEX `IDX_audit_events_action` ON `audit_events`');
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `storageUsedBytes`');
    await queryRunner.query('ALTER TABLE `project_reviews` DROP COLUMN `sentByKind`');
    await queryRunner.query('ALTER TABLE `stored_files` DROP COLUMN `uploadedByKind`');
    await queryRunner.query('ALTER TABLE `feedback` DROP COLUMN `givenByKind`');
    await queryRunner.query('ALTER TABLE `impersonations` DROP INDEX `IDX_fc638eb043f90d2b6a2013f285`');
    await queryRunner.query('ALTER TABLE `impersonations` DROP COLUMN `runningForStaffUserId`');
    await queryRunner.query('ALTER TABLE `outbox_letters` DROP COLUMN `linkStaffUserId`');
    await queryRunner.query('ALTER TABLE `outbox_letters` DROP COLUMN `linkReplacesOlder`');
    await queryRunner.query('ALTER TABLE `outbox_letters` DROP COLUMN `linkLifetimeMinutes`');
    await queryRunner.query('ALTER TABLE `outbox_letters` DROP COLUMN `linkPurpose`');
    await queryRunner.query('ALTER TABLE `one_time_tokens` DROP COLUMN `letterId`');
    await queryRunner.query('ALTER TABLE `audit_events` DROP COLUMN `subjectStaffUserId`');
    await queryRunner.query('ALTER TABLE `clients` ADD `failuresCountedFrom` datetime NULL');
    await queryRunner.query('ALTER TABLE `clients` ADD `lockedUntil` datetime NULL');
    await queryRunner.query('DROP TABLE `rate_limit_buckets`');
    await queryRunner.query('DROP INDEX `IDX_staff_sign_in_attempts_user_at` ON `staff_sign_in_attempts`');
    await queryRunner.query('DROP TABLE `staff_sign_in_attempts`');
  }
}
