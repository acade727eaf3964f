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
 * Administrators user group. Written with the query builder so one migration serves every engine.
 */
export class BuiltInGroups1763900000000 implements MigrationInterface {
  name = 'BuiltInGroups1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statusGroups = [
      { name: 'Active', statusGroupFor: 'ACTIVE', accessAllowed: true, rights: ACTIVE_CLIENT_RIGHTS },
      { name: 'Potential', statusGroupFor: 'POTENTIAL', accessAllowed: false, rights: { QUOTES: ['BROWSE', 'DISPLAY'], REQUESTS: ['BROWSE', 'DISPLAY', 'ADD'], PROFILE: ['DISPLAY', 'EDIT'] } },
      { name: 'Inactive', statusGroupFor: 'INACTIVE', accessAllowed: false, rights: {} },
    ];
    for (const group of statusGroups) {
      await queryRunner.manager
        .createQueryBuilder()
        .insert()
        .into('client_groups')
        .values({
          name: group.name,
          nameKey: group.name.toLowerCase(),
          accessAllowed: group.accessAllowed,
          statusGroupFor: group.statusGroupFor,
          rightsMatrix: JSON.stringify(group.rights),
          version: 1,
        })
        .execute();
    }
    await queryRunner.manager
      .createQueryBuilder()
      .insert()
      .into('user_groups')
      .values({
        name: 'Administrators',
        nameKey: 'administrators',
        isAdministrators: true,
        rightsMatrix: JSON.stringify({}),
        specialRights: JSON.stringify([]),
        version: 1,
      })
      .execute();
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager.createQueryBuilder().delete().from('user_groups').where('isAdministrators = :yes', { yes: true }).execute();
    await queryRunner.manager.createQueryBuilder().delete().from('client_groups').where('statusGroupFor IS NOT NULL').execute();
  }
}
