import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { CLIENT_PASSWORD, CLIENT_SIGN_IN, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { linkSecret, startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { OutboxLetter } from './outbox-letter.entity';

/** One-time secrets stay secret: only the recipient's mailbox ever holds a welcome or reset link. */

const SET_PASSWORD = 'mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }';
const LETTER_FIELDS = 'id status textBody htmlBody hasLink';

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

async function clientWithAccess(): Promise<Record<string, any>> {
  const created = await createTestClient(admin);
  return (await saveSystemAccount(admin, created, { portalAccessAllowed: true })).data!.updateSystemAccount;
}

async function storedBodies(letterId: string): Promise<string> {
  const stored = await test.app.database.dataSource.getRepository(OutboxLetter).findOneByOrFail({ id: Number(letterId) });
  return `${stored.textBody}${stored.htmlBody}`;
}

describe('with SMTP configured', () => {
  it("never stores or returns a letter's live link: the secret exists only in the message handed to SMTP", async () => {
    const client = await clientWithAccess();
    const { sendWelcomeEmail } = await admin.data(`mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { ${LETTER_FIELDS} } }`, {
      id: client.id,
    });
    expect(sendWelcomeEmail.status).toBe('SENT');
    const { secret } = linkSecret(await mailbox.nextLetterTo(client.email));
    expect(JSON.stringify(sendWelcomeEmail)).not.toContain(secret);
    expect(await storedBodies(sendWelcomeEmail.id)).not.toContain(secret);
    const { outboxLetters } = await admin.data(`query($id: ID!) { outboxLetters(clientId: $id) { ${LETTER_FIELDS} } }`, { id: client.id });
    expect(JSON.stringify(outboxLetters)).not.toContain(secret);
    expect(outboxLetters[0].textBody).toContain('#token=••••••••');
    // The secret the client received works.
    await test.anonymous().data(SET_PASSWORD, { t: secret, p: 'from the mailbox 1' });
  });

  it('keeps no secret in a letter that failed, and reveals none while SMTP is configured', async () => {
    const broken = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' });
    try {
      const brokenAdmin = await broken.signedInStaff();
      await enablePortal2(brokenAdmin);
      const created = await createTestClient(brokenAdmin);
      const client = (await saveSystemAccount(brokenAdmin, created, { portalAccessAllowed: true })).data!.updateSystemAccount;
      const { sendPasswordResetEmail } = await brokenAdmin.data(
        `mutation($id: ID!) { sendPasswordResetEmail(clientId: $id) { ${LETTER_FIELDS} error } }`,
        { id: client.id },
      );
      expect(sendPasswordResetEmail.status).toBe('FAILED');
      const stored = await broken.app.database.dataSource
        .getRepository(OutboxLetter)
        .findOneByOrFail({ id: Number(sendPasswordResetEmail.id) });
      expect(stored.textBody).not.toMatch(/#token=[A-Za-z0-9_-]{20,}/);
      expect(
        (await brokenAdmin.error('mutation($id: ID!) { revealLetterLink(id: $id) }', { id: sendPasswordResetEmail.id })).extensions,
      ).toMatchObject({ code: 'FORBIDDEN', reason: 'SMTP_CONFIGURED' });
    } finally {
      await broken.stop();
    }
  });
});

describe('without SMTP', () => {
  it('reveals a link only to staff who may send the letter', async () => {
    const outboxOnly = await startTestApp();
    try {
      const outboxAdmin = await outboxOnly.signedInStaff();
      await enablePortal2(outboxAdmin);
      const created = await createTestClient(outboxAdmin);
      const client = (await saveSystemAccount(outboxAdmin, created, { portalAccessAllowed: true })).data!.updateSystemAccount;
      const { sendWelcomeEmail } = await outboxAdmin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id } }', {
        id: client.id,
      });
      const reader = await outboxOnly.signedInStaff({ rights: { [StaffDomain.PORTAL_CONFIGURATION]: [StaffAction.DISPLAY] } });
      expect(
        (await reader.data('query($id: ID!) { outboxLetter(id: $id) { hasLink } }', { id: sendWelcomeEmail.id })).outboxLetter.hasLink,
      ).toBe(true);
      expect((await reader.error('mutation($id: ID!) { revealLetterLink(id: $id) }', { id: sendWelcomeEmail.id })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await reader.error('mutation($id: ID!) { retryLetter(id: $id) { id } }', { id: sendWelcomeEmail.id })).extensions?.code).toBe(
        'FORBIDDEN',
      );
    } finally {
      await outboxOnly.stop();
    }
  });
});

describe('a new password', () => {
  it('set from one link cancels every other welcome and reset link of the client', async () => {
    const client = await portalClient(test, admin, mailbox, { setPassword: false });
    await admin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id } }', { id: client.id });
    const welcome = linkSecret(await mailbox.nextLetterTo(client.email)).secret;
    await test.anonymous().data('mutation($u: String!) { requestPasswordReset(username: $u) }', { u: client.username });
    const firstReset = linkSecret(await mailbox.nextLetterTo(client.email)).secret;
    await test.anonymous().data('mutation($u: String!) { requestPasswordReset(username: $u) }', { u: client.username });
    const secondReset = linkSecret(await mailbox.nextLetterTo(client.email)).secret;

    await test.anonymous().data(SET_PASSWORD, { t: firstReset, p: 'the chosen one 1' });
    for (const cancelled of [welcome, secondReset]) {
      expect((await test.anonymous().error(SET_PASSWORD, { t: cancelled, p: 'someone else 1' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOKEN_USED',
      });
    }
  });

  it('chosen in the portal cancels outstanding links too', async () => {
    const client = await portalClient(test, admin, mailbox);
    await test.anonymous().data('mutation($u: String!) { requestPasswordReset(username: $u) }', { u: client.username });
    const reset = linkSecret(await mailbox.nextLetterTo(client.email)).secret;
    const session = test.anonymous();
    await session.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    await session.data('mutation($c: String!, $n: String!) { changeClientPassword(currentPassword: $c, newPassword: $n) }', {
      c: CLIENT_PASSWORD,
      n: 'changed in portal 1',
    });
    expect((await test.anonymous().error(SET_PASSWORD, { t: reset, p: 'an attacker 123' })).extensions).toMatchObject({
      reason: 'TOKEN_USED',
    });
  });
});

describe('a new e-mail address', () => {
  it("cancels the links sent to the old one and tells the old address, in the client's language", async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'DE' });
    await test.anonymous().data('mutation($u: String!) { requestPasswordReset(username: $u) }', { u: client.username });
    const reset = linkSecret(await mailbox.nextLetterTo(client.email)).secret;
    const { client: current } = await admin.data('query($id: ID!) { client(id: $id) { id version username name status email } }', {
      id: client.id,
    });
    await admin.data('mutation($input: UpdateClientIdentificationInput!) { updateClientIdentification(input: $input) { email } }', {
      input: {
        id: current.id,
        version: current.version,
        username: current.username,
        name: current.name,
        status: current.status,
        email: 'new-address@example.com',
      },
    });
    expect((await test.anonymous().error(SET_PASSWORD, { t: reset, p: 'an attacker 123' })).extensions).toMatchObject({
      reason: 'TOKEN_USED',
    });
    const notice = await mailbox.nextLetterTo(client.email);
    expect(notice.subject).toMatch(/E-Mail-Adresse/);
    expect(notice.text).toContain('new-address@example.com');
    const { auditEvents } = await admin.data(
      'query($id: ID!) { auditEvents(clientId: $id, action: "CLIENT_IDENTIFICATION_CHANGED") { details } }',
      { id: client.id },
    );
    expect(auditEvents[0].details.changes.email).toEqual({ from: client.email, to: 'new-address@example.com' });
  });
});
