import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountableSignInAsPartner1764100000000 implements MigrationInterface {
  name = 'AccountableSignInAsPartner1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `one_time_tokens` ADD `payload` text NULL');
    await queryRunner.query('ALTER TABLE `client_portal_settings` ADD `showStaffIdentityToClients` tinyint NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE `client_portal_settings` ADD `notifyClientsOfChangeSessions` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `impersonations` ADD `reason` varchar(500) NOT NULL');
    await queryRunner.query('ALTER TABLE `impersonations` ADD `allowChanges` tinyint NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `impersonations` DROP COLUMN `allowChanges`');
    await queryRunner.query('ALTER TABLE `impersonations` DROP COLUMN `reason`');
    await queryRunner.query('ALTER TABLE `client_portal_settings` DROP COLUMN `notifyClientsOfChangeSessions`');
    await queryRunner.query('ALTER TABLE `client_portal_settings` DROP COLUMN `showStaffIdentityToClients`');
    await queryRunner.query('ALTER TABLE `one_time_tokens` DROP COLUMN `payload`');
  }
}
