import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageAttachments1765420000000 implements MigrationInterface {
  name = 'MessageAttachments1765420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `stored_files` ADD `messageId` int NULL');
    await queryRunner.query('CREATE INDEX `IDX_files_message` ON `stored_files` (`messageId`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_files_message` ON `stored_files`');
    await queryRunner.query('ALTER TABLE `stored_files` DROP COLUMN `messageId`');
  }
}
