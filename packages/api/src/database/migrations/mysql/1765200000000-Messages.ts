import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1765200000000 implements MigrationInterface {
  name = 'Messages1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `conversations` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `recordType` varchar(16) NOT NULL, `recordId` int NOT NULL, `lastMessageAt` datetime NOT NULL, `awaitingAnswer` tinyint NOT NULL DEFAULT 0, `clientReadUpTo` int NOT NULL DEFAULT '0', `staffReadUpTo` int NOT NULL DEFAULT '0', `clientLetterAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_conversations_awaiting` (`awaitingAnswer`, `lastMessageAt`), UNIQUE INDEX `UQ_conversations_record` (`recordType`, `recordId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `messages` (`id` int NOT NULL AUTO_INCREMENT, `conversationId` int NOT NULL, `clientId` int NOT NULL, `body` text NOT NULL, `authorKind` varchar(32) NOT NULL, `recordedAuthor` varchar(300) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_messages_conversation` (`conversationId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_messages_conversation` ON `messages`');
    await queryRunner.query('DROP TABLE `messages`');
    await queryRunner.query('DROP INDEX `UQ_conversations_record` ON `conversations`');
    await queryRunner.query('DROP INDEX `IDX_conversations_awaiting` ON `conversations`');
    await queryRunner.query('DROP TABLE `conversations`');
  }
}
