import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The single Client Portal configuration row. A new installation starts on the previous (classic)
 * portal without customization; staff enable Client Portal 2.0 deliberately.
 */
export class ClientPortalSettingsRow1764000000001 implements MigrationInterface {
  name = 'ClientPortalSettingsRow1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'INSERT INTO client_portal_settings (id, enabled, portalVersion, publicUrl, portalName, logoUrl, primaryColor, welcomeText, offeredAreas, classicCustomization, version) VALUES (1, 1, ?, NULL, ?, NULL, ?, ?, ?, NULL, 1)',
      [
        'CLASSIC',
        'Client Portal',
        '#1c7ed6',
        'Welcome! Follow your projects, decide on quotes and send new requests here.',
        JSON.stringify(['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'INVOICES', 'FILES', 'PROFILE']),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM client_portal_settings WHERE id = 1');
  }
}
