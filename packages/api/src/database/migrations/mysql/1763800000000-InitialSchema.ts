import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `sessions` (`tokenHash` varchar(64) NOT NULL, `kind` varchar(16) NOT NULL, `staffUserId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `expiresAt` datetime NOT NULL, `lastSeenAt` datetime NOT NULL, `revokedAt` datetime NULL, `ipAddress` varchar(64) NULL, `userAgent` varchar(255) NULL, INDEX `IDX_sessions_staff` (`staffUserId`), PRIMARY KEY (`tokenHash`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_groups` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `nameKey` varchar(100) NOT NULL, `accessAllowed` tinyint NOT NULL DEFAULT 0, `statusGroupFor` varchar(16) NULL, `rightsMatrix` text NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_5b26c2c4fa82d7c8424010eeaa` (`nameKey`), UNIQUE INDEX `IDX_f4af2a894c3d60aba1dc16a769` (`statusGroupFor`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `clients` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(50) NOT NULL, `usernameKey` varchar(50) NOT NULL, `name` varchar(200) NOT NULL, `nameKey` varchar(200) NOT NULL, `status` varchar(16) NOT NULL, `email` varchar(254) NULL, `emailKey` varchar(254) NULL, `assignToStatus` tinyint NOT NULL DEFAULT 1, `groupId` int NULL, `effectiveGroupId` int NULL, `portalAccessAllowed` tinyint NOT NULL DEFAULT 0, `lastLoginAt` datetime NULL, `lastFailedLoginAt` datetime NULL, `preferredLanguage` varchar(5) NOT NULL DEFAULT 'EN', `formatPreferences` text NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `updatedBy` varchar(200) NULL, INDEX `IDX_clients_updated` (`updatedAt`, `id`), INDEX `IDX_clients_effective_group_name` (`effectiveGroupId`, `nameKey`, `id`), INDEX `IDX_clients_status_name` (`status`, `nameKey`, `id`), INDEX `IDX_clients_email` (`emailKey`, `id`), INDEX `IDX_clients_name` (`nameKey`, `id`), UNIQUE INDEX `IDX_c231f3af6031216ac08bb79715` (`usernameKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `partner_aliases` (`id` int NOT NULL AUTO_INCREMENT, `clientId` int NOT NULL, `tool` varchar(20) NOT NULL, `externalUsername` varchar(255) NOT NULL, `externalUsernameKey` varchar(255) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_partner_aliases_tool_username` (`tool`, `externalUsernameKey`), UNIQUE INDEX `UQ_partner_aliases_client_tool` (`clientId`, `tool`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `user_groups` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `nameKey` varchar(100) NOT NULL, `isAdministrators` tinyint NOT NULL DEFAULT 0, `rightsMatrix` text NOT NULL, `specialRights` text NOT NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_4fa2541901c80e5ee295ebdf5c` (`nameKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `staff_users` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(50) NOT NULL, `usernameKey` varchar(50) NOT NULL, `fullName` varchar(200) NOT NULL, `email` varchar(254) NULL, `passwordHash` varchar(255) NOT NULL, `groupId` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `lastSignInAt` datetime NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_ea5d9aa3d8c4d3c2f0c3e5f828` (`usernameKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `clients` ADD CONSTRAINT `FK_ad3cacec9cdd72a1a8cc6da9010` FOREIGN KEY (`groupId`) REFERENCES `client_groups`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `partner_aliases` ADD CONSTRAINT `FK_f2397077cf85b3206036a802751` FOREIGN KEY (`clientId`) REFERENCES `clients`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `staff_users` ADD CONSTRAINT `FK_f840754920160a9c2810861f104` FOREIGN KEY (`groupId`) REFERENCES `user_groups`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `staff_users` DROP FOREIGN KEY `FK_f840754920160a9c2810861f104`');
    await queryRunner.query('ALTER TABLE `partner_aliases` DROP FOREIGN KEY `FK_f2397077cf85b3206036a802751`');
    await queryRunner.query('ALTER TABLE `clients` DROP FOREIGN KEY `FK_ad3cacec9cdd72a1a8cc6da9010`');
    await queryRunner.query('DROP INDEX `IDX_ea5d9aa3d8c4d3c2f0c3e5f828` ON `staff_users`');
    await queryRunner.query('DROP TABLE `staff_users`');
    await queryRunner.query('DROP INDEX `IDX_4fa2541901c80e5ee295ebdf5c` ON `user_groups`');
    await queryRunner.query('DROP TABLE `user_groups`');
    await queryRunner.query('DROP INDEX `UQ_partner_aliases_client_tool` ON `partner_aliases`');
    await queryRunner.query('DROP INDEX `UQ_partner_aliases_tool_username` ON `partner_aliases`');
    await queryRunner.query('DROP TABLE `partner_aliases`');
    await queryRunner.query('DROP INDEX `IDX_c231f3af6031216ac08bb79715` ON `clients`');
    await queryRunner.query('DROP INDEX `IDX_clients_name` ON `clients`');
    await queryRunner.query('DROP INDEX `IDX_clients_email` ON `clients`');
    await queryRunner.query('DROP INDEX `IDX_clients_status_name` ON `clients`');
    await queryRunner.query('DROP INDEX `IDX_clients_effective_group_name` ON `clients`');
    await queryRunner.query('DROP INDEX `IDX_clients_updated` ON `clients`');
    await queryRunner.query('DROP TABLE `clients`');
    await queryRunner.query('DROP INDEX `IDX_f4af2a894c3d60aba1dc16a769` ON `client_groups`');
    await queryRunner.query('DROP INDEX `IDX_5b26c2c4fa82d7c8424010eeaa` ON `client_groups`');
    await queryRunner.query('DROP TABLE `client_groups`');
    await queryRunner.query('DROP INDEX `IDX_sessions_staff` ON `sessions`');
    await queryRunner.query('DROP TABLE `sessions`');
  }
}
