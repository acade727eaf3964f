import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageLetters1765410000000 implements MigrationInterface {
  name = 'MessageLetters1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `message_digests` (`clientId` int NOT NULL, `coveredUntil` datetime NOT NULL, PRIMARY KEY (`clientId`)) ENGINE=InnoDB',
    );
    await queryRunner.query("ALTER TABLE `clients` ADD `messageLetters` varchar(16) NOT NULL DEFAULT 'IMMEDIATELY'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `clients` DROP COLUMN `messageLetters`');
    await queryRunner.query('DROP TABLE `message_digests`');
  }
}
