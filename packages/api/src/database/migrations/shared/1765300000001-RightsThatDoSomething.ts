import type { MigrationInterface, QueryRunner } from 'typeorm';
import { selectRows } from '../../select-rows';

// What each area and domain checked when this migration was written, copied rather than imported:
// a migration must do the same thing forever, whatever @portico/domain offers later.
const CLIENT_AREAS: Record<string, string[]> = {
  PROJECTS: ['BROWSE', 'DISPLAY', 'EDIT'],
  QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'],
  REQUESTS: ['BROWSE', 'DISPLAY', 'ADD'],
  FEEDBACK: ['BROWSE', 'ADD'],
  FILES: ['BROWSE', 'DISPLAY', 'ADD'],
  MESSAGES: ['BROWSE', 'ADD'],
  PROFILE: ['DISPLAY', 'EDIT'],
};
const STAFF_DOMAINS: Record<string, string[]> = {
  CLIENTS: ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT', 'DELETE'],
  CLIENT_GROUPS: ['BROWSE', 'CREATE', 'EDIT', 'DELETE'],
  USER_MANAGEMENT: ['BROWSE', 'CREATE', 'EDIT', 'DELETE'],
  PORTAL_CONFIGURATION: ['DISPLAY', 'EDIT'],
  PROJECTS: ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT'],
  QUOTES: ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT'],
  CLIENT_REQUESTS: ['BROWSE', 'DISPLAY', 'EDIT'],
  FEEDBACK: ['BROWSE', 'EDIT'],
  FILES: ['BROWSE', 'DISPLAY', 'CREATE'],
};

function onlyOffered(matrix: Record<string, string[]>, offered: Record<string, string[]>): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [row, actions] of Object.entries(matrix)) {
    const useful = (offered[row] ?? []).filter((action) => actions.includes(action));
    if (useful.length) kept[row] = useful;
  }
  return kept;
}

/**
 * The rights grids offer only rights that do something; stored matrices drop the others (Export,
 * Delete of projects for clients, ...), so what a group holds is what its grid shows and what a user
 * manager may be asked to hold. Nothing checked those rights, so no one can do less than before.
 */
export class RightsThatDoSomething1765300000001 implements MigrationInterface {
  name = 'RightsThatDoSomething1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, offered] of [
      ['client_groups', CLIENT_AREAS],
      ['user_groups', STAFF_DOMAINS],
    ] as const) {
      const groups = await selectRows<{ id: number; rightsMatrix: string }>(queryRunner, `SELECT id, rightsMatrix FROM ${table}`);
      for (const group of groups) {
        const stored = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
        const kept = JSON.stringify(onlyOffered(stored, offered));
        if (kept !== JSON.stringify(stored)) await queryRunner.query(`UPDATE ${table} SET rightsMatrix = ? WHERE id = ?`, [kept, group.id]);
      }
    }
  }

  async down(): Promise<void> {
    // The rights dropped did nothing; there is nothing to give back.
  }
}
