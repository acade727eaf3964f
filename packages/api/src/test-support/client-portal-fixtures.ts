import { createTestClient, saveSystemAccount } from './fixtures';
import type { GraphQLTestClient } from './graphql-client';
import { linkSecret } from './test-mailbox';
import { startTestApp, type TestApp } from './test-app';
import { startTestMailbox, type TestMailbox } from './test-mailbox';

export const CLIENT_PASSWORD = 'portal password 2026';

export async function enablePortal2(admin: GraphQLTestClient): Promise<void> {
  await admin.data('mutation { enableClientPortal2(confirm: true) { portalVersion } }');
}

/** An active client with portal access, an e-mail and (unless told otherwise) a password set through the welcome letter. */
export async function portalClient(
  test: TestApp,
  admin: GraphQLTestClient,
  mailbox: TestMailbox,
  options: { language?: string; setPassword?: boolean; status?: string } = {},
): Promise<Record<string, any>> {
  const created = await createTestClient(admin, { status: options.status ?? 'ACTIVE' });
  const saved = await saveSystemAccount(admin, created, { portalAccessAllowed: true, preferredLanguage: options.language ?? 'EN' });
  const client = saved.data!.updateSystemAccount;
  if (options.setPassword === false) return client;
  await admin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { status } }', { id: client.id });
  const { secret } = linkSecret(await mailbox.nextLetterTo(client.email));
  await test
    .anonymous()
    .data('mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }', { t: secret, p: CLIENT_PASSWORD });
  return client;
}

export const CLIENT_SIGN_IN =
  'mutation($u: String!, $p: String!) { clientSignIn(username: $u, password: $p) { username rights { area actions } impersonation { staffName } } }';
export const CLIENT_VIEWER =
  '{ clientViewer { username name preferredLanguage previousSignInAt impersonation { staffName startedAt expiresAt allowChanges reason } rights { area actions } } }';

/** A browser signed in to the Client Portal as the client. */
export async function signedInClient(test: TestApp, client: Record<string, any>): Promise<GraphQLTestClient> {
  const browser = test.anonymous();
  await browser.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
  return browser;
}

/** A test app on its own database with a real SMTP mailbox, Client Portal 2.0 on and an administrator signed in. */
export async function startPortalTestApp(
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ test: TestApp; mailbox: TestMailbox; admin: GraphQLTestClient }> {
  const mailbox = await startTestMailbox();
  const test = await startTestApp({ SMTP_URL: mailbox.smtpUrl, ...extraEnv });
  const admin = await test.signedInStaff();
  await enablePortal2(admin);
  return { test, mailbox, admin };
}

export async function stopPortalTestApp(test: TestApp, mailbox: TestMailbox): Promise<void> {
  await test.stop();
  await mailbox.stop();
}
