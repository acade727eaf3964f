import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One password policy per portal, starting as Portico's rules were before policies existed (at least
 * 10 characters) plus the list of commonly used passwords. Only new passwords are checked against it.
 */
export class PasswordPolicyRows1765000000001 implements MigrationInterface {
  name = 'PasswordPolicyRows1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const portal of ['HOME_PORTAL', 'CLIENT_PORTAL']) {
      await queryRunner.query(
        'INSERT INTO password_policies (portal, strength, minLength, rejectCommonPasswords, version) VALUES (?, ?, ?, ?, 1)',
        [portal, 'WEAK', 10, 1],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM password_policies');
  }
}
