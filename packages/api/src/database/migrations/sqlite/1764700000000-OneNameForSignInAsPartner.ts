import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = { started: '"startedAt"', client: '"clientId", "startedAt"', staff: '"staffUserId", "startedAt"' };

/** "Sign in as Partner" is the one name: the sessions table and the sessions' link to it are renamed, rows kept. */
export class OneNameForSignInAsPartner1764700000000 implements MigrationInterface {
  name = 'OneNameForSignInAsPartner1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.rename(queryRunner, 'impersonations', 'sign_in_as_partner_sessions');
    await queryRunner.query('ALTER TABLE "sessions" RENAME COLUMN "impersonationId" TO "signInAsPartnerSessionId"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sessions" RENAME COLUMN "signInAsPartnerSessionId" TO "impersonationId"');
    await this.rename(queryRunner, 'sign_in_as_partner_sessions', 'impersonations');
  }

  // SQLite cannot rename an index: each is made again under the table's new name.
  private async rename(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
    for (const index of Object.keys(INDEXES)) await queryRunner.query(`DROP INDEX "IDX_${from}_${index}"`);
    await queryRunner.query(`ALTER TABLE "${from}" RENAME TO "${to}"`);
    for (const [index, columns] of Object.entries(INDEXES))
      await queryRunner.query(`CREATE INDEX "IDX_${to}_${index}" ON "${to}" (${columns})`);
  }
}
