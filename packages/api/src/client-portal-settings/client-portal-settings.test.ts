import { ClientPortalSettings } from './client-portal-settings.entity';
import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';

const SETTINGS =
  '{ clientPortalSettings { enabled portalVersion publicUrl portalName logoUrl primaryColor welcomeText offeredAreas hasClassicCustomization version } }';
const ENABLE =
  'mutation($confirm: Boolean!) { enableClientPortal2(confirm: $confirm) { portalVersion enabled portalName primaryColor logoUrl welcomeText hasClassicCustomization } }';
const UPDATE =
  'mutation($input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(input: $input) { portalName primaryColor offeredAreas publicUrl version } }';

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

describe('Client Portal 2.0 switch', () => {
  it('starts on the previous portal, where 2.0 refuses sign-ins and says it is unavailable', async () => {
    expect((await admin.data(SETTINGS)).clientPortalSettings).toMatchObject({ portalVersion: 'CLASSIC', enabled: true });
    expect((await test.anonymous().data('{ clientPortalBranding { available portalName } }')).clientPortalBranding).toEqual({
      available: false,
      portalName: 'Client Portal',
    });
  });

  it('asks for explicit confirmation, then discards the old customization, resets branding, keeps all data and is audited', async () => {
    const { dataSource } = test.app.database;
    await dataSource.getRepository(ClientPortalSettings).update(
      { id: 1 },
      {
        classicCustomization: { customCss: 'body { color: hotpink }', headerHtml: '<b>Old portal</b>' },
        portalName: 'Old Portal',
        primaryColor: '#ff00aa',
        logoUrl: 'https://agency.example/logo.png',
      },
    );
    const client = await createTestClient(admin, { name: 'Kept Client' });
    await saveSystemAccount(admin, client, { portalAccessAllowed: true, preferredLanguage: 'DE' });
    const { clientGroups: groupsBefore } = await admin.data('{ clientGroups { id name accessAllowed rights { area actions } } }');
    const before = await admin.data('{ clients(first: 100) { totalCount } }');

    const refused = await admin.error(ENABLE, { confirm: false });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirm', reason: 'CONFIRMATION_REQUIRED' });
    expect((await admin.data(SETTINGS)).clientPortalSettings.portalVersion).toBe('CLASSIC');

    const { enableClientPortal2 } = await admin.data(ENABLE, { confirm: true });
    expect(enableClientPortal2).toEqual({
      portalVersion: 'V2',
      enabled: true,
      portalName: 'Client Portal',
      primaryColor: '#1c7ed6',
      logoUrl: null,
      welcomeText: expect.any(String),
      hasClassicCustomization: false,
    });
    const after = await admin.data('{ clients(first: 100) { totalCount } }');
    expect(after.clients.totalCount).toBe(before.clients.totalCount);
    const { client: kept } = await admin.data('query($id: ID!) { client(id: $id) { name preferredLanguage portalAccessAllowed } }', {
      id: client.id,
    });
    expect(kept).toEqual({ name: 'Kept Client', preferredLanguage: 'DE', portalAccessAllowed: true });
    expect((await admin.data('{ clientGroups { id name accessAllowed rights { area actions } } }')).clientGroups).toEqual(groupsBefore);
    expect((await test.anonymous().data('{ clientPortalBranding { available } }')).clientPortalBranding.available).toBe(true);

    const { auditEvents } = await admin.data('{ auditEvents { action actorName details } }');
    expect(auditEvents[0]).toMatchObject({
      action: 'CLIENT_PORTAL_2_ENABLED',
      actorName: expect.stringMatching(/^Staff/),
      details: {
        discardedCustomization: { customCss: 'body { color: hotpink }', headerHtml: '<b>Old portal</b>' },
        previousBranding: expect.objectContaining({ portalName: 'Old Portal' }),
      },
    });
    expect((await admin.error(ENABLE, { confirm: true })).extensions).toMatchObject({ reason: 'ALREADY_ENABLED' });
  });

  it('saves branding and offered areas, validates them, and refuses a stale version', async () => {
    const { clientPortalSettings: current } = await admin.data(SETTINGS);
    const input = {
      version: current.version,
      enabled: true,
      publicUrl: 'https://portal.agency.example/portal/',
      portalName: 'Agency Portal',
      logoUrl: null,
      primaryColor: '#2B8A3E',
      welcomeText: 'Hello',
      offeredAreas: ['QUOTES', 'PROJECTS', 'PROJECTS'],
      showStaffIdentityToClients: true,
      notifyClientsOfChangeSessions: false,
    };
    const { updateClientPortalSettings } = await admin.data(UPDATE, { input });
    expect(updateClientPortalSettings).toMatchObject({
      portalName: 'Agency Portal',
      primaryColor: '#2b8a3e',
      offeredAreas: ['PROJECTS', 'QUOTES'],
    });
    expect((await admin.error(UPDATE, { input })).extensions?.code).toBe('CONFLICT');
    const fresh = { ...input, version: updateClientPortalSettings.version };
    expect((await admin.error(UPDATE, { input: { ...fresh, primaryColor: 'green' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'primaryColor',
    });
    expect((await admin.error(UPDATE, { input: { ...fresh, publicUrl: 'portal.example' } })).extensions).toMatchObject({
      field: 'publicUrl',
    });
    expect((await admin.error(UPDATE, { input: { ...fresh, logoUrl: 'javascript:alert(1)' } })).extensions).toMatchObject({
      field: 'logoUrl',
    });
  });

  it('is for staff with the portal configuration rights only', async () => {
    const clientsOnly = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: Object.values(StaffAction) } });
    expect((await clientsOnly.error(SETTINGS)).extensions?.code).toBe('FORBIDDEN');
    expect((await clientsOnly.error(ENABLE, { confirm: true })).extensions?.code).toBe('FORBIDDEN');
    const displayOnly = await test.signedInStaff({ rights: { [StaffDomain.PORTAL_CONFIGURATION]: [StaffAction.DISPLAY] } });
    expect((await displayOnly.data(SETTINGS)).clientPortalSettings.portalVersion).toBe('V2');
    expect((await displayOnly.error(ENABLE, { confirm: true })).extensions?.code).toBe('FORBIDDEN');
    expect((await test.anonymous().error(SETTINGS)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
