import type { MigrationInterface, QueryRunner } from 'typeorm';
import { selectRows } from '../../select-rows';

/**
 * The Invoices area is not part of Client Portal 2.0 here: Portico has no invoicing yet, and an
 * area that can be granted but shows nothing misleads staff and clients. Its rights and its place
 * among the offered areas are removed; no data is lost, since nothing was ever stored under it.
 */
export class InvoicesAreaRetired1764300000001 implements MigrationInterface {
  name = 'InvoicesAreaRetired1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const groups = await selectRows<{ id: number; rightsMatrix: string }>(queryRunner, 'SELECT id, rightsMatrix FROM client_groups');
    for (const group of groups) {
      const rights = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
      if (!('INVOICES' in rights)) continue;
      delete rights.INVOICES;
      await queryRunner.query('UPDATE client_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(rights), group.id]);
    }
    const settings = await selectRows<{ id: number; offeredAreas: string }>(
      queryRunner,
      'SELECT id, offeredAreas FROM client_portal_settings',
    );
    for (const row of settings) {
      const areas = JSON.parse(row.offeredAreas) as string[];
      if (!areas.includes('INVOICES')) continue;
      await queryRunner.query('UPDATE client_portal_settings SET offeredAreas = ? WHERE id = ?', [
        JSON.stringify(areas.filter((area) => area !== 'INVOICES')),
        row.id,
      ]);
    }
  }

  async down(): Promise<void> {
    // Nothing to restore: the area held no records, and granting it again is a staff decision.
  }
}
