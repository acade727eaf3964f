import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = ['started', 'client', 'staff'];
/** The one-running-session-per-staff unique index, named by TypeORM from the table's name. */
const RUNNING = { old: 'IDX_fc638eb043f90d2b6a2013f285', new: 'IDX_2c12ae3486b28ed08f88d2c535' };

/** "Sign in as Partner" is the one name: the sessions table and the sessions' link to it are renamed, rows kept. */
export class OneNameForSignInAsPartner1764700000000 implements MigrationInterface {
  name = 'OneNameForSignInAsPartner1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('RENAME TABLE `impersonations` TO `sign_in_as_partner_sessions`');
    for (const index of INDEXES)
      await queryRunner.query(
        `ALTER TABLE \`sign_in_as_partner_sessions\` RENAME INDEX \`IDX_impersonations_${index}\` TO \`IDX_sign_in_as_partner_sessions_${index}\``,
      );
    await queryRunner.query(`ALTER TABLE \`sign_in_as_partner_sessions\` RENAME INDEX \`${RUNNING.old}\` TO \`${RUNNING.new}\``);
    await queryRunner.query('ALTER TABLE `sessions` RENAME COLUMN `impersonationId` TO `signInAsPartnerSessionId`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `sessions` RENAME COLUMN `signInAsPartnerSessionId` TO `impersonationId`');
    await queryRunner.query(`ALTER TABLE \`sign_in_as_partner_sessions\` RENAME INDEX \`${RUNNING.new}\` TO \`${RUNNING.old}\``);
    for (const index of INDEXES)
      await queryRunner.query(
        `ALTER TABLE \`sign_in_as_partner_sessions\` RENAME INDEX \`IDX_sign_in_as_partner_sessions_${index}\` TO \`IDX_impersonations_${index}\``,
      );
    await queryRunner.query('RENAME TABLE `sign_in_as_partner_sessions` TO `impersonations`');
  }
}
