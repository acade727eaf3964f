import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkRecords1764200000000 implements MigrationInterface {
  name = 'WorkRecords1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `client_requests` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(200) NOT NULL, `services` text NOT NULL, `sourceLanguage` varchar(16) NOT NULL, `targetLanguages` text NOT NULL, `deadline` datetime NOT NULL, `instructions` varchar(4000) NOT NULL, `status` varchar(24) NOT NULL, `quoteId` int NULL, `projectId` int NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_client_requests_status` (`status`, `id`), INDEX `IDX_client_requests_client_created` (`clientId`, `createdAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `feedback` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `projectId` int NOT NULL, `score` int NOT NULL, `category` varchar(16) NOT NULL, `comment` varchar(4000) NOT NULL, `isComplaint` tinyint NOT NULL DEFAULT 0, `givenBy` varchar(300) NOT NULL, `answer` varchar(4000) NULL, `answeredAt` datetime NULL, `answeredBy` varchar(200) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_feedback_answered` (`answeredAt`, `id`), INDEX `IDX_feedback_client` (`clientId`, `createdAt`), UNIQUE INDEX `UQ_feedback_project` (`projectId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `stored_files` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `projectId` int NULL, `requestId` int NULL, `role` varchar(16) NOT NULL, `fileName` varchar(255) NOT NULL, `contentType` varchar(100) NOT NULL, `sizeBytes` int NOT NULL, `storageKey` varchar(64) NOT NULL, `uploadedBy` varchar(300) NOT NULL, `uploadedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_files_request` (`requestId`), INDEX `IDX_files_project` (`projectId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `history_entries` (`id` int NOT NULL AUTO_INCREMENT, `recordType` varchar(16) NOT NULL, `recordId` int NOT NULL, `event` varchar(32) NOT NULL, `status` varchar(24) NULL, `occurredAt` datetime NOT NULL, `actorName` varchar(300) NOT NULL, `actorKind` varchar(32) NOT NULL, `note` varchar(2000) NULL, INDEX `IDX_history_record` (`recordType`, `recordId`, `occurredAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `projects` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `name` varchar(200) NOT NULL, `services` text NOT NULL, `sourceLanguage` varchar(16) NOT NULL, `targetLanguages` text NOT NULL, `orderedAt` datetime NOT NULL, `deadline` datetime NOT NULL, `deliveredAt` datetime NULL, `status` varchar(16) NOT NULL, `totalCostMinor` int NOT NULL, `currency` varchar(3) NOT NULL, `catTool` varchar(20) NULL, `quoteId` int NULL, `requestId` int NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_projects_client_status` (`clientId`, `status`, `id`), INDEX `IDX_projects_client_ordered` (`clientId`, `orderedAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `project_reviews` (`id` int NOT NULL AUTO_INCREMENT, `projectId` int NOT NULL, `comments` varchar(4000) NOT NULL, `sentBy` varchar(300) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_project_reviews_project` (`projectId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `quotes` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `name` varchar(200) NOT NULL, `services` text NOT NULL, `sourceLanguage` varchar(16) NOT NULL, `targetLanguages` text NOT NULL, `priceLines` text NOT NULL, `currency` varchar(3) NOT NULL, `validUntil` datetime NOT NULL, `proposedDeadline` datetime NOT NULL, `storedStatus` varchar(16) NOT NULL, `rejectionReason` varchar(1000) NULL, `decidedAt` datetime NULL, `requestId` int NULL, `projectId` int NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_quotes_client_status` (`clientId`, `storedStatus`, `id`), INDEX `IDX_quotes_client_created` (`clientId`, `createdAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_quotes_client_created` ON `quotes`');
    await queryRunner.query('DROP INDEX `IDX_quotes_client_status` ON `quotes`');
    await queryRunner.query('DROP TABLE `quotes`');
    await queryRunner.query('DROP INDEX `IDX_project_reviews_project` ON `project_reviews`');
    await queryRunner.query('DROP TABLE `project_reviews`');
    await queryRunner.query('DROP INDEX `IDX_projects_client_ordered` ON `projects`');
    await queryRunner.query('DROP INDEX `IDX_projects_client_status` ON `projects`');
    await queryRunner.query('DROP TABLE `projects`');
    await queryRunner.query('DROP INDEX `IDX_history_record` ON `history_entries`');
    await queryRunner.query('DROP TABLE `history_entries`');
    await queryRunner.query('DROP INDEX `IDX_files_project` ON `stored_files`');
    await queryRunner.query('DROP INDEX `IDX_files_request` ON `stored_files`');
    await queryRunner.query('DROP TABLE `stored_files`');
    await queryRunner.query('DROP INDEX `UQ_feedback_project` ON `feedback`');
    await queryRunner.query('DROP INDEX `IDX_feedback_client` ON `feedback`');
    await queryRunner.query('DROP INDEX `IDX_feedback_answered` ON `feedback`');
    await queryRunner.query('DROP TABLE `feedback`');
    await queryRunner.query('DROP INDEX `IDX_client_requests_client_created` ON `client_requests`');
    await queryRunner.query('DROP INDEX `IDX_client_requests_status` ON `client_requests`');
    await queryRunner.query('DROP TABLE `client_requests`');
  }
}
