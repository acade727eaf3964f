import type { MigrationInterface, QueryRunner } from 'typeorm';
import { selectRows } from '../../select-rows';

const ACTION_ORDER = ['BROWSE', 'DISPLAY', 'ADD', 'EDIT', 'DELETE'];

/**
 * Clients may now edit or withdraw a request until the agency answers it, with the Requests area's
 * Edit right. A group that could send requests (Requests Add) gets it, so taking back one's own
 * request works where asking did; staff can take it away in Client Groups and Rights.
 */
export class ClientsEditTheirRequests1765500000001 implements MigrationInterface {
  name = 'ClientsEditTheirRequests1765500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const groups = await selectRows<{ id: number; rightsMatrix: string }>(queryRunner, 'SELECT id, rightsMatrix FROM client_groups');
    for (const group of groups) {
      const rights = JSON.parse(group.rightsMatrix) as Record<string, string[]>;
      const requests = rights.REQUESTS ?? [];
      if (!requests.includes('ADD') || requests.includes('EDIT')) continue;
      rights.REQUESTS = ACTION_ORDER.filter((action) => action === 'EDIT' || requests.includes(action));
      await queryRunner.query('UPDATE client_groups SET rightsMatrix = ? WHERE id = ?', [JSON.stringify(rights), group.id]);
    }
  }

  async down(): Promise<void> {
    // Which groups had Edit before cannot be told apart afterwards; the right stays.
  }
}
