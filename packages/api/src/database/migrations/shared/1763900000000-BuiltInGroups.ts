import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an active client may do out of the box; staff tune it in Client Groups and Rights. */
const ACTIVE_CLIENT_RIGHTS = {
  PROJECTS: ['BROWSE', 'DISPLAY'],
  QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'],
  REQUESTS: ['BROWSE', 'DISPLAY', 'ADD'],
  FEEDBACK: ['BROWSE', 'DISPLAY', 'ADD'],
  INVOICES: ['BROWSE', 'DISPLAY'],
  FILES: ['BROWSE', 'DISPLAY', 'ADD'],
  PROFILE: ['DISPLAY', 'EDIT'],
};

/**
 * The groups that must always exist: the three status groups of "Assign to Status" and the
 * Administrators user group. One migration serves every engine.
 */
export class BuiltInGroups1763900000000 implements MigrationInterface {
  name = 'BuiltInGroups1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statusGroups = [
      { name: 'Active', statusGroupFor: 'ACTIVE', accessAllowed: true, rights: ACTIVE_CLIENT_RIGHTS },
      {
        name: 'Potential',
        statusGroupFor: 'POTENTIAL',
        accessAllowed: false,
        rights: { QUOTES: ['BROWSE', 'DISPLAY'], REQUESTS: ['BROWSE', 'DISPLAY', 'ADD'], PROFILE: ['DISPLAY', 'EDIT'] },
      },
      { name: 'Inactive', statusGroupFor: 'INACTIVE', accessAllowed: false, rights: {} },
    ];
    // Plain parameterised SQL that MySQL, MariaDB, TiDB and SQLite all accept.
    for (const group of statusGroups) {
      await queryRunner.query(
        'INSERT INTO client_groups (name, nameKey, accessAllowed, statusGroupFor, rightsMatrix, version) VALUES (?, ?, ?, ?, ?, 1)',
        [group.name, group.name.toLowerCase(), group.accessAllowed ? 1 : 0, group.statusGroupFor, JSON.stringify(group.rights)],
      );
    }
    await queryRunner.query(
      'INSERT INTO user_groups (name, nameKey, isAdministrators, rightsMatrix, specialRights, version) VALUES (?, ?, 1, ?, ?, 1)',
      ['Administrators', 'administrators', '{}', '[]'],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM user_groups WHERE isAdministrators = 1');
    await queryRunner.query('DELETE FROM client_groups WHERE statusGroupFor IS NOT NULL');
  }
}
