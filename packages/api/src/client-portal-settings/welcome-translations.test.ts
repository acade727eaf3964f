import { startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

const SETTINGS =
  '{ clientPortalSettings { version enabled publicUrl portalName logoUrl primaryColor welcomeText offeredAreas showStaffIdentityToClients notifyClientsOfChangeSessions welcomeTranslations { language text } } }';
const UPDATE =
  'mutation($input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(input: $input) { version welcomeTranslations { language text } } }';
const BRANDING = '{ clientPortalBranding { welcomeText welcomeTranslations { language text } } }';

async function save(changes: Record<string, unknown>) {
  const { clientPortalSettings: current } = await admin.data(SETTINGS);
  const { welcomeTranslations: _stored, ...rest } = current;
  return admin.request(UPDATE, { input: { ...rest, ...changes } });
}

describe('the welcome text in each portal language', () => {
  it('keeps a translation per language, drops empty ones, and shows everyone the default where none exists', async () => {
    const saved = await save({
      welcomeText: 'Welcome to Lingua.',
      welcomeTranslations: [
        { language: 'PL', text: '  Witamy w Lingua.  ' },
        { language: 'DE', text: 'Willkommen bei Lingua.' },
        { language: 'FR', text: '   ' },
      ],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateClientPortalSettings.welcomeTranslations).toEqual([
      { language: 'DE', text: 'Willkommen bei Lingua.' },
      { language: 'PL', text: 'Witamy w Lingua.' },
    ]);
    // Visitors of the sign-in page get them too (the portal picks the reader's language, or the default).
    const { clientPortalBranding } = await test.anonymous().data(BRANDING);
    expect(clientPortalBranding).toEqual({
      welcomeText: 'Welcome to Lingua.',
      welcomeTranslations: [
        { language: 'DE', text: 'Willkommen bei Lingua.' },
        { language: 'PL', text: 'Witamy w Lingua.' },
      ],
    });

    // Saving without translations (an older form) leaves them as they are.
    await save({ welcomeText: 'Welcome to Lingua!' });
    expect((await test.anonymous().data(BRANDING)).clientPortalBranding.welcomeTranslations).toHaveLength(2);
  });

  it('refuses a translation over 1,000 characters, naming its language', async () => {
    const refused = await save({ welcomeTranslations: [{ language: 'ES', text: 'x'.repeat(1001) }] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'welcomeTranslations.ES' });
  });
});
