import type { MigrationInterface, QueryRunner } from 'typeorm';
import { selectRows } from '../../select-rows';

/**
 * Files became a staff area of their own (Browse sees them on a record, Display downloads, Create
 * uploads). Groups keep what they could do before: whoever saw projects or requests sees and
 * downloads their files, whoever edited projects uploads. Uploads sent with requests were the
 * clients' own, so they count toward the clients' storage.
 */
export class FilesRightsForStaff1764400000001 implements MigrationInterface {
  name = 'FilesRightsForStaff1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const groups = await selectRows<{ id: number; rightsMatrix: string }>(
      queryRunner,
      'SELECT id, rightsMatrix FROM user_groups WHERE isAdministrators = 0',
    );
    for (const group of groups) {
      const rights = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
      const sees = rights.PROJECTS?.includes('BROWSE') || rights.CLIENT_REQUESTS?.includes('BROWSE');
      const uploads = rights.PROJECTS?.includes('EDIT');
      if (!sees && !uploads) continue;
      rights.FILES = [...(sees ? ['BROWSE', 'DISPLAY'] : []), ...(uploads ? ['CREATE'] : [])];
      await queryRunner.query('UPDATE user_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(rights), group.id]);
    }
    await queryRunner.query("UPDATE stored_files SET uploadedByKind = 'CLIENT' WHERE requestId IS NOT NULL OR projectId IS NULL");
    const usage = await selectRows<{ clientId: number; used: number | string }>(
      queryRunner,
      "SELECT clientId, SUM(sizeBytes) AS used FROM stored_files WHERE uploadedByKind = 'CLIENT' GROUP BY clientId",
    );
    for (const row of usage)
      await queryRunner.query('UPDATE clients SET storageUsedBytes = ? WHERE id = ?', [Number(row.used), row.clientId]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const groups = await selectRows<{ id: number; rightsMatrix: string }>(
      queryRunner,
      'SELECT id, rightsMatrix FROM user_groups WHERE isAdministrators = 0',
    );
    for (const group of groups) {
      const rights = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
      if (!('FILES' in rights)) continue;
      delete rights.FILES;
      await queryRunner.query('UPDATE user_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(rights), group.id]);
    }
  }
}
