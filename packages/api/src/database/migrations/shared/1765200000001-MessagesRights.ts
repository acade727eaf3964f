import type { MigrationInterface, QueryRunner } from 'typeorm';
import { selectRows } from '../../select-rows';

/**
 * Messages became a Client Portal area (Browse reads conversations, Add writes). Groups keep in step
 * with what they could do before: a group that opens projects, quotes or requests reads their
 * conversations, and one that could also act on them (Requests Add, Quotes Edit or Projects Edit) may
 * write. The portal offers the area wherever it offered any of those three.
 */
export class MessagesRights1765200000001 implements MigrationInterface {
  name = 'MessagesRights1765200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const groups = await selectRows<{ id: number; rightsMatrix: string }>(queryRunner, 'SELECT id, rightsMatrix FROM client_groups');
    for (const group of groups) {
      const rights = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
      const opens = ['PROJECTS', 'QUOTES', 'REQUESTS'].some((area) => rights[area]?.includes('DISPLAY'));
      const acts = rights.REQUESTS?.includes('ADD') || rights.QUOTES?.includes('EDIT') || rights.PROJECTS?.includes('EDIT');
      if (!opens || 'MESSAGES' in rights) continue;
      rights.MESSAGES = acts ? ['BROWSE', 'ADD'] : ['BROWSE'];
      await queryRunner.query('UPDATE client_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(rights), group.id]);
    }
    const settings = await selectRows<{ id: number; offeredAreas: string }>(
      queryRunner,
      'SELECT id, offeredAreas FROM client_portal_settings',
    );
    for (const row of settings) {
      const areas = JSON.parse(row.offeredAreas) as string[];
      if (areas.includes('MESSAGES') || !areas.some((area) => ['PROJECTS', 'QUOTES', 'REQUESTS'].includes(area))) continue;
      await queryRunner.query('UPDATE client_portal_settings SET offeredAreas = ? WHERE id = ?', [
        JSON.stringify([...areas, 'MESSAGES']),
        row.id,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const groups = await selectRows<{ id: number; rightsMatrix: string }>(queryRunner, 'SELECT id, rightsMatrix FROM client_groups');
    for (const group of groups) {
      const rights = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
      if (!('MESSAGES' in rights)) continue;
      delete rights.MESSAGES;
      await queryRunner.query('UPDATE client_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(rights), group.id]);
    }
    const settings = await selectRows<{ id: number; offeredAreas: string }>(
      queryRunner,
      'SELECT id, offeredAreas FROM client_portal_settings',
    );
    for (const row of settings) {
      const areas = JSON.parse(row.offeredAreas) as string[];
      if (!areas.includes('MESSAGES')) continue;
      await queryRunner.query('UPDATE client_portal_settings SET offeredAreas = ? WHERE id = ?', [
        JSON.stringify(areas.filter((area) => area !== 'MESSAGES')),
        row.id,
      ]);
    }
  }
}
