import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WelcomeTranslations1765440000000 implements MigrationInterface {
  name = 'WelcomeTranslations1765440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `client_portal_settings` ADD `welcomeTranslations` text NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `client_portal_settings` DROP COLUMN `welcomeTranslations`');
  }
}
