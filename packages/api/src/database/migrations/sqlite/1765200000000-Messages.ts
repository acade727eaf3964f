import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1765200000000 implements MigrationInterface {
  name = 'Messages1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "conversations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "clientId" integer NOT NULL, "recordType" varchar(16) NOT NULL, "recordId" integer NOT NULL, "lastMessageAt" datetime NOT NULL, "awaitingAnswer" boolean NOT NULL DEFAULT (0), "clientReadUpTo" integer NOT NULL DEFAULT (0), "staffReadUpTo" integer NOT NULL DEFAULT (0), "clientLetterAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_conversations_awaiting" ON "conversations" ("awaitingAnswer", "lastMessageAt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_conversations_record" ON "conversations" ("recordType", "recordId") ');
    await queryRunner.query(
      'CREATE TABLE "messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conversationId" integer NOT NULL, "clientId" integer NOT NULL, "body" text NOT NULL, "authorKind" varchar(32) NOT NULL, "recordedAuthor" varchar(300) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_messages_conversation" ON "messages" ("conversationId", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_messages_conversation"');
    await queryRunner.query('DROP TABLE "messages"');
    await queryRunner.query('DROP INDEX "UQ_conversations_record"');
    await queryRunner.query('DROP INDEX "IDX_conversations_awaiting"');
    await queryRunner.query('DROP TABLE "conversations"');
  }
}
