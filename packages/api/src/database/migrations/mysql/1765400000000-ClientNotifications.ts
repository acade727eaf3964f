import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientNotifications1765400000000 implements MigrationInterface {
  name = 'ClientNotifications1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `client_notifications` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `kind` varchar(32) NOT NULL, `area` varchar(16) NOT NULL, `recordType` varchar(16) NOT NULL, `recordId` int NOT NULL, `recordNumber` varchar(32) NOT NULL, `recordName` varchar(300) NOT NULL, `status` varchar(32) NULL, `readAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_notifications_client` (`clientId`, `id`), INDEX `IDX_notifications_unread` (`clientId`, `readAt`, `area`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_notifications_unread` ON `client_notifications`');
    await queryRunner.query('DROP INDEX `IDX_notifications_client` ON `client_notifications`');
    await queryRunner.query('DROP TABLE `client_notifications`');
  }
}
