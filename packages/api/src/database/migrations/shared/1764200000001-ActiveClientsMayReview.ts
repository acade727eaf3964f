import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = {
  PROJECTS: ['BROWSE', 'DISPLAY'],
  QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'],
  REQUESTS: ['BROWSE', 'DISPLAY', 'ADD'],
  FEEDBACK: ['BROWSE', 'DISPLAY', 'ADD'],
  INVOICES: ['BROWSE', 'DISPLAY'],
  FILES: ['BROWSE', 'DISPLAY', 'ADD'],
  PROFILE: ['DISPLAY', 'EDIT'],
};
const AFTER = { ...BEFORE, PROJECTS: ['BROWSE', 'DISPLAY', 'EDIT'] };

/**
 * Reviewing a delivered translation (sending it back with comments) is a Projects Edit right. Active
 * clients get it by default, unless staff already changed the Active group's rights.
 */
export class ActiveClientsMayReview1764200000001 implements MigrationInterface {
  name = 'ActiveClientsMayReview1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE client_groups SET rightsMatrix = ? WHERE statusGroupFor = 'ACTIVE' AND rightsMatrix = ?", [
      JSON.stringify(AFTER),
      JSON.stringify(BEFORE),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE client_groups SET rightsMatrix = ? WHERE statusGroupFor = 'ACTIVE' AND rightsMatrix = ?", [
      JSON.stringify(BEFORE),
      JSON.stringify(AFTER),
    ]);
  }
}
