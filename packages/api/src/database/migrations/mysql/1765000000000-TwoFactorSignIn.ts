import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactorSignIn1765000000000 implements MigrationInterface {
  name = 'TwoFactorSignIn1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `password_policies` (`portal` varchar(16) NOT NULL, `strength` varchar(8) NOT NULL, `minLength` int NOT NULL, `rejectCommonPasswords` tinyint NOT NULL, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`portal`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `two_factor_enrolments` (`id` int NOT NULL AUTO_INCREMENT, `accountKind` varchar(8) NOT NULL, `accountId` int NOT NULL, `secretCiphertext` varchar(255) NOT NULL, `confirmedAt` datetime NULL, `lastUsedTimeStep` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_two_factor_enrolments_account` (`accountKind`, `accountId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `two_factor_recovery_codes` (`id` int NOT NULL AUTO_INCREMENT, `enrolmentId` int NOT NULL, `codeHash` varchar(64) NOT NULL, `usedAt` datetime NULL, INDEX `IDX_two_factor_recovery_codes_enrolment` (`enrolmentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `sign_in_challenges` (`tokenHash` varchar(64) NOT NULL, `accountKind` varchar(8) NOT NULL, `accountId` int NOT NULL, `purpose` varchar(8) NOT NULL, `expiresAt` datetime NOT NULL, `inUseUntil` datetime NULL, `usedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_sign_in_challenges_expires` (`expiresAt`), PRIMARY KEY (`tokenHash`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `sessions` ADD `secondFactor` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `client_groups` ADD `twoFactorRequired` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `user_groups` ADD `twoFactorRequired` tinyint NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `user_groups` DROP COLUMN `twoFactorRequired`');
    await queryRunner.query('ALTER TABLE `client_groups` DROP COLUMN `twoFactorRequired`');
    await queryRunner.query('ALTER TABLE `sessions` DROP COLUMN `secondFactor`');
    await queryRunner.query('DROP INDEX `IDX_sign_in_challenges_expires` ON `sign_in_challenges`');
    await queryRunner.query('DROP TABLE `sign_in_challenges`');
    await queryRunner.query('DROP INDEX `IDX_two_factor_recovery_codes_enrolment` ON `two_factor_recovery_codes`');
    await queryRunner.query('DROP TABLE `two_factor_recovery_codes`');
    await queryRunner.query('DROP INDEX `IDX_two_factor_enrolments_account` ON `two_factor_enrolments`');
    await queryRunner.query('DROP TABLE `two_factor_enrolments`');
    await queryRunner.query('DROP TABLE `password_policies`');
  }
}
