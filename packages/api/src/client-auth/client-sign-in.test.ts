import { IsNull } from 'typeorm';
import { Client } from '../clients/client.entity';
import { OneTimeToken } from './one-time-token.entity';
import { StaffAction, StaffDomain } from '../staff/staff-rights';
import {
  CLIENT_PASSWORD,
  CLIENT_SIGN_IN,
  CLIENT_VIEWER,
  enablePortal2,
  portalClient,
  signedInClient,
} from '../test-support/client-portal-fixtures';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { linkSecret, startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';

const GENERIC = 'Sign-in failed. Check your username and password; if it keeps failing, contact your agency.';
const ATTEMPTS = 'query($id: ID!) { clientSignInAttempts(clientId: $id) { outcome usernameTried } }';
const ACCOUNT = 'query($id: ID!) { client(id: $id) { lastLoginAt lastFailedLoginAt isLocked lockedUntil hasPassword version } }';

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({
    SMTP_URL: mailbox.smtpUrl,
    SIGN_IN_MAX_FAILURES: '5',
    SIGN_IN_FAILURE_WINDOW_MINUTES: '15',
    SIGN_IN_LOCK_MINUTES: '15',
  });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

describe('client sign-in', () => {
  it('signs in with the client ID in any case, sets Last Login Date and keeps the session apart from staff sessions', async () => {
    const client = await portalClient(test, admin, mailbox);
    const browser = test.anonymous();
    const response = await browser.request(CLIENT_SIGN_IN, { u: client.username.toLowerCase(), p: CLIENT_PASSWORD });
    expect(response.data?.clientSignIn.username).toBe(client.username);
    expect(
      response.headers
        .getSetCookie()
        .some((line) => line.startsWith('portico_client=') && /HttpOnly/i.test(line) && /SameSite=Lax/i.test(line)),
    ).toBe(true);
    expect((await browser.data(CLIENT_VIEWER)).clientViewer.username).toBe(client.username);
    expect((await admin.data(ACCOUNT, { id: client.id })).client.lastLoginAt).not.toBeNull();
    // A client session opens nothing of the Home Portal's API.
    expect((await browser.error('{ clients(first: 1) { totalCount } }')).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await browser.data('{ viewer { id } }')).viewer).toBeNull();
  });

  it('answers every refusal with the same message while recording the real reason for staff', async () => {
    const withPassword = await portalClient(test, admin, mailbox);
    const withoutPassword = await portalClient(test, admin, mailbox, { setPassword: false });
    const refused = await portalClient(test, admin, mailbox);
    await admin.data('mutation($input: UpdateClientIdentificationInput!) { updateClientIdentification(input: $input) { id } }', {
      input: {
        id: refused.id,
        version: refused.version,
        username: refused.username,
        name: refused.name,
        status: 'INACTIVE',
        email: refused.email,
      },
    });

    const cases = [
      { u: 'no-such-client', p: CLIENT_PASSWORD },
      { u: withPassword.username, p: 'wrong password 123' },
      { u: withoutPassword.username, p: CLIENT_PASSWORD },
      { u: refused.username, p: CLIENT_PASSWORD },
    ];
    const errors = [];
    for (const credentials of cases) errors.push(await test.anonymous().error(CLIENT_SIGN_IN, credentials));
    for (const error of errors)
      expect({ message: error.message, extensions: error.extensions }).toEqual({
        message: GENERIC,
        extensions: { code: 'UNAUTHENTICATED' },
      });

    expect((await admin.data(ATTEMPTS, { id: withPassword.id })).clientSignInAttempts[0].outcome).toBe('WRONG_PASSWORD');
    expect((await admin.data(ATTEMPTS, { id: withoutPassword.id })).clientSignInAttempts[0].outcome).toBe('NO_PASSWORD_SET');
    expect((await admin.data(ATTEMPTS, { id: refused.id })).clientSignInAttempts[0].outcome).toBe('ACCESS_DENIED');
    const failed = (await admin.data(ACCOUNT, { id: refused.id })).client;
    expect(failed.lastFailedLoginAt).not.toBeNull();
  });

  it('locks the account after five wrong passwords, holds the lock against the right one, and staff can lift it', async () => {
    const client = await portalClient(test, admin, mailbox);
    for (let attempt = 0; attempt < 5; attempt += 1)
      await test.anonymous().error(CLIENT_SIGN_IN, { u: client.username, p: `guess number ${attempt}` });
    const locked = (await admin.data(ACCOUNT, { id: client.id })).client;
    expect(locked.isLocked).toBe(true);
    expect(new Date(locked.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const rightPassword = await test.anonymous().error(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    expect(rightPassword.message).toBe(GENERIC);
    expect((await admin.data(ATTEMPTS, { id: client.id })).clientSignInAttempts[0].outcome).toBe('ACCOUNT_LOCKED');

    const { unlockClientAccount } = await admin.data('mutation($id: ID!) { unlockClientAccount(clientId: $id) { isLocked } }', {
      id: client.id,
    });
    expect(unlockClientAccount.isLocked).toBe(false);
    expect((await test.anonymous().data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD })).clientSignIn.username).toBe(
      client.username,
    );
    const { auditEvents } = await admin.data('{ auditEvents { action clientId actorName } }');
    expect(auditEvents[0]).toMatchObject({ action: 'CLIENT_ACCOUNT_UNLOCKED', clientId: client.id });
  });

  it('tells the client when it signed in before this session', async () => {
    const client = await portalClient(test, admin, mailbox);
    const first = await signedInClient(test, client);
    expect((await first.data(CLIENT_VIEWER)).clientViewer.previousSignInAt).toBeNull();
    const second = await signedInClient(test, client);
    const { previousSignInAt } = (await second.data(CLIENT_VIEWER)).clientViewer;
    expect(previousSignInAt).not.toBeNull();
    expect(new Date(previousSignInAt).getTime()).toBeLessThanOrEqual(Date.now());
    // The portal asks for it in the sign-in answer itself, before any session cookie comes back.
    const answer = await test
      .anonymous()
      .data('mutation($u: String!, $p: String!) { clientSignIn(username: $u, password: $p) { previousSignInAt } }', {
        u: client.username,
        p: CLIENT_PASSWORD,
      });
    expect(new Date(answer.clientSignIn.previousSignInAt).getTime()).toBeGreaterThanOrEqual(new Date(previousSignInAt).getTime());
  });

  it('does not lock after four failures, and a success starts the count again', async () => {
    const client = await portalClient(test, admin, mailbox);
    for (let attempt = 0; attempt < 4; attempt += 1)
      await test.anonymous().error(CLIENT_SIGN_IN, { u: client.username, p: `guess ${attempt}` });
    await test.anonymous().data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
    for (let attempt = 0; attempt < 4; attempt += 1)
      await test.anonymous().error(CLIENT_SIGN_IN, { u: client.username, p: `again ${attempt}` });
    expect((await admin.data(ACCOUNT, { id: client.id })).client.isLocked).toBe(false);
  });
});

describe('welcome and password-reset letters', () => {
  it('sends a welcome letter over SMTP whose link sets the first password, and the outbox keeps it without the secret', async () => {
    const client = await portalClient(test, admin, mailbox, { setPassword: false });
    const { sendWelcomeEmail: letter } = await admin.data(
      'mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id status recipient subject kind requestedBy } }',
      { id: client.id },
    );
    expect(letter).toMatchObject({ status: 'SENT', recipient: client.email, kind: 'WELCOME' });

    const received = await mailbox.nextLetterTo(client.email);
    expect(received.subject).toBe('Your access to Client Portal');
    expect(received.text).toContain(client.username);
    expect(received.text).toContain(`${test.app.url}/portal/`);
    expect(received.html).toContain('Set your password');
    const { path, secret } = linkSecret(received);
    expect(path).toBe('/portal/welcome');

    await test
      .anonymous()
      .data('mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }', { t: secret, p: CLIENT_PASSWORD });
    expect((await test.anonymous().data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD })).clientSignIn.username).toBe(
      client.username,
    );

    const { outboxLetter } = await admin.data('query($id: ID!) { outboxLetter(id: $id) { textBody htmlBody sentAt } }', { id: letter.id });
    expect(outboxLetter.sentAt).not.toBeNull();
    expect(outboxLetter.textBody).not.toContain(secret);
    expect(outboxLetter.htmlBody).not.toContain(secret);
  });

  it.each([
    ['EN', 'Your access to Client Portal', 'en'],
    ['DE', 'Ihr Zugang zum Client Portal', 'de'],
    ['FR', 'Votre accès à Client Portal', 'fr'],
    ['ES', 'Su acceso a Client Portal', 'es'],
    ['PL', 'Twój dostęp do Client Portal', 'pl'],
  ])("writes the welcome letter in the client's language %s, as HTML with a plain-text part", async (language, subject, htmlLang) => {
    const client = await portalClient(test, admin, mailbox, { language, setPassword: false });
    await admin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { status } }', { id: client.id });
    const received = await mailbox.nextLetterTo(client.email);
    expect(received.subject).toBe(subject);
    expect(received.html).toContain(`lang="${htmlLang}"`);
    expect(received.text).toContain(client.username);
  });

  it('refuses a welcome letter with a clear reason when the client could not sign in', async () => {
    const noEmail = await createTestClient(admin, { email: null });
    await saveSystemAccount(admin, noEmail, { portalAccessAllowed: true });
    const inactive = await portalClient(test, admin, mailbox, { status: 'INACTIVE', setPassword: false });
    const noAccess = await createTestClient(admin);
    const SEND = 'mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id } }';
    expect((await admin.error(SEND, { id: noEmail.id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_EMAIL' });
    expect((await admin.error(SEND, { id: inactive.id })).extensions).toMatchObject({ reason: 'STATUS_DENIES_ACCESS' });
    const notAllowed = await admin.error(SEND, { id: noAccess.id });
    expect(notAllowed.extensions).toMatchObject({ reason: 'PORTAL_ACCESS_NOT_ALLOWED' });
    expect(notAllowed.message).toContain('not allowed');
  });

  it('states every reason a letter cannot go, in the refusal and on the client before anyone presses the button', async () => {
    const client = await createTestClient(admin, { email: null, status: 'INACTIVE' });
    const REFUSALS = 'query($id: ID!) { client(id: $id) { accountLetterRefusals } }';
    const every = ['NO_EMAIL', 'STATUS_DENIES_ACCESS', 'PORTAL_ACCESS_NOT_ALLOWED'];
    expect((await admin.data(REFUSALS, { id: client.id })).client.accountLetterRefusals).toEqual(every);
    for (const mutation of ['sendWelcomeEmail', 'sendPasswordResetEmail']) {
      const refusal = await admin.error(`mutation($id: ID!) { ${mutation}(clientId: $id) { id } }`, { id: client.id });
      expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_EMAIL', reasons: every });
      expect(refusal.message).toMatch(/no e-mail address.*status.*not allowed/);
    }
    const ready = await portalClient(test, admin, mailbox, { setPassword: false });
    expect((await admin.data(REFUSALS, { id: ready.id })).client.accountLetterRefusals).toEqual([]);
  });

  it('makes links single-use, lets a newer link replace an older one, and refuses expired links', async () => {
    const client = await portalClient(test, admin, mailbox);
    const RESET = 'mutation($id: ID!) { sendPasswordResetEmail(clientId: $id) { status subject } }';
    const SET = 'mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }';
    await admin.data(RESET, { id: client.id });
    const first = linkSecret(await mailbox.nextLetterTo(client.email));
    expect(first.path).toBe('/portal/reset-password');
    await admin.data(RESET, { id: client.id });
    const second = linkSecret(await mailbox.nextLetterTo(client.email));

    expect((await test.anonymous().error(SET, { t: first.secret, p: 'a new password 1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'TOKEN_USED',
    });
    await test.anonymous().data(SET, { t: second.secret, p: 'a new password 1' });
    expect((await test.anonymous().error(SET, { t: second.secret, p: 'a new password 2' })).extensions?.reason).toBe('TOKEN_USED');
    expect((await test.anonymous().error(SET, { t: 'made-up-token', p: 'a new password 2' })).extensions?.reason).toBe('TOKEN_INVALID');

    await admin.data(RESET, { id: client.id });
    const third = linkSecret(await mailbox.nextLetterTo(client.email));
    await test.app.database.dataSource
      .getRepository(OneTimeToken)
      .update({ clientId: Number(client.id), consumedAt: IsNull() }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await test.anonymous().error(SET, { t: third.secret, p: 'a new password 3' })).extensions?.reason).toBe('TOKEN_EXPIRED');
  });

  it('refuses a weak new password and keeps the link usable', async () => {
    const client = await portalClient(test, admin, mailbox, { setPassword: false });
    await admin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { status } }', { id: client.id });
    const { secret } = linkSecret(await mailbox.nextLetterTo(client.email));
    const SET = 'mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }';
    expect((await test.anonymous().error(SET, { t: secret, p: 'short' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect((await test.anonymous().data(SET, { t: secret, p: 'long enough now' })).setClientPassword).toBe(true);
  });

  it('answers "Forgot password?" the same whether or not the account exists, and mails only real accounts', async () => {
    const client = await portalClient(test, admin, mailbox);
    const FORGOT = 'mutation($u: String!) { requestPasswordReset(username: $u) }';
    const known = await test.anonymous().request(FORGOT, { u: client.username.toUpperCase() });
    const unknown = await test.anonymous().request(FORGOT, { u: 'nobody-at-all' });
    expect(known.data).toEqual(unknown.data);
    expect(known.status).toBe(unknown.status);
    const letter = await mailbox.nextLetterTo(client.email);
    expect(letter.subject).toBe('Reset your Client Portal password');

    const session = await signedInClient(test, client);
    await test.anonymous().data('mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }', {
      t: linkSecret(letter).secret,
      p: 'reset by the client',
    });
    expect((await session.data(CLIENT_VIEWER)).clientViewer).toBeNull();
  });

  it('reports a failed delivery to the staff member and keeps the letter in the outbox', async () => {
    const broken = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' });
    try {
      const brokenAdmin = await broken.signedInStaff();
      await enablePortal2(brokenAdmin);
      const client = await createTestClient(brokenAdmin);
      await saveSystemAccount(brokenAdmin, client, { portalAccessAllowed: true });
      const { sendWelcomeEmail } = await brokenAdmin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id status error } }', {
        id: client.id,
      });
      expect(sendWelcomeEmail.status).toBe('FAILED');
      expect(sendWelcomeEmail.error).toMatch(/ECONNREFUSED|connect/i);
      const { outboxLetters } = await brokenAdmin.data('{ outboxLetters { id status recipient } }');
      expect(outboxLetters).toEqual([{ id: sendWelcomeEmail.id, status: 'FAILED', recipient: client.email }]);
      expect(
        (await brokenAdmin.data('mutation($id: ID!) { retryLetter(id: $id) { status attempts } }', { id: sendWelcomeEmail.id }))
          .retryLetter,
      ).toEqual({ status: 'FAILED', attempts: 2 });
    } finally {
      await broken.stop();
    }
  });

  it('keeps letters readable in the outbox without SMTP, their link revealed only on request and audited', async () => {
    const demo = await startTestApp();
    try {
      const demoAdmin = await demo.signedInStaff();
      await enablePortal2(demoAdmin);
      const client = await createTestClient(demoAdmin);
      await saveSystemAccount(demoAdmin, client, { portalAccessAllowed: true });
      const { sendWelcomeEmail } = await demoAdmin.data('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id status textBody } }', {
        id: client.id,
      });
      expect(sendWelcomeEmail.status).toBe('OUTBOX_ONLY');
      expect(sendWelcomeEmail.textBody).toContain('/portal/welcome#token=••••••••');
      expect(sendWelcomeEmail.textBody).not.toMatch(/#token=[A-Za-z0-9_-]{20,}/);
      expect((await demoAdmin.data('{ mailDeliveryConfigured }')).mailDeliveryConfigured).toBe(false);
      const REVEAL = 'mutation($id: ID!) { revealLetterLink(id: $id) }';
      const { revealLetterLink: first } = await demoAdmin.data(REVEAL, { id: sendWelcomeEmail.id });
      expect(first).toMatch(/\/portal\/welcome#token=[A-Za-z0-9_-]{20,}$/);
      const { revealLetterLink: second } = await demoAdmin.data(REVEAL, { id: sendWelcomeEmail.id });
      expect(second).not.toBe(first);
      const { auditEvents } = await demoAdmin.data(
        'query($id: ID!) { auditEvents(clientId: $id, action: "LETTER_LINK_REVEALED") { actorName details } }',
        { id: client.id },
      );
      expect(auditEvents).toHaveLength(2);
      // The letter itself still holds no secret.
      const { outboxLetter } = await demoAdmin.data('query($id: ID!) { outboxLetter(id: $id) { textBody htmlBody } }', {
        id: sendWelcomeEmail.id,
      });
      expect(`${outboxLetter.textBody}${outboxLetter.htmlBody}`).not.toContain(second.split('#token=')[1]);
    } finally {
      await demo.stop();
    }
  });

  it('needs the client edit right to send letters or unlock', async () => {
    const client = await portalClient(test, admin, mailbox, { setPassword: false });
    const reader = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    for (const mutation of [
      'sendWelcomeEmail(clientId: $id) { id }',
      'sendPasswordResetEmail(clientId: $id) { id }',
      'unlockClientAccount(clientId: $id) { id }',
    ]) {
      expect((await reader.error(`mutation($id: ID!) { ${mutation} }`, { id: client.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await test.anonymous().error(`mutation($id: ID!) { ${mutation} }`, { id: client.id })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await reader.error('{ outboxLetters { id } }')).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('client sessions', () => {
  it('end everywhere else when the client changes its password, which needs the current one', async () => {
    const client = await portalClient(test, admin, mailbox);
    const laptop = await signedInClient(test, client);
    const phone = await signedInClient(test, client);
    const CHANGE = 'mutation($c: String!, $n: String!) { changeClientPassword(currentPassword: $c, newPassword: $n) }';
    expect((await laptop.error(CHANGE, { c: 'not the password', n: 'another password 1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    await laptop.data(CHANGE, { c: CLIENT_PASSWORD, n: 'another password 1' });
    expect((await laptop.data(CLIENT_VIEWER)).clientViewer.username).toBe(client.username);
    expect((await phone.data(CLIENT_VIEWER)).clientViewer).toBeNull();
  });

  it('end when portal access is withdrawn or the group loses access', async () => {
    const client = await portalClient(test, admin, mailbox);
    const session = await signedInClient(test, client);
    const { client: current } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: client.id },
    );
    await saveSystemAccount(admin, current, { portalAccessAllowed: false });
    expect((await session.data(CLIENT_VIEWER)).clientViewer).toBeNull();

    const other = await portalClient(test, admin, mailbox);
    const { createClientGroup: group } = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id version name } }',
      { input: { name: `Closing ${other.id}`, accessAllowed: true, rights: [] } },
    );
    const { client: otherNow } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: other.id },
    );
    await saveSystemAccount(admin, otherNow, { assignToStatus: false, groupId: group.id });
    const otherSession = await signedInClient(test, other);
    await admin.data('mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { id } }', {
      input: { id: group.id, version: group.version, name: group.name, accessAllowed: false, rights: [] },
    });
    expect((await otherSession.data(CLIENT_VIEWER)).clientViewer).toBeNull();
    // Access restored: the old session stays ended.
    await admin.data('mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { id } }', {
      input: { id: group.id, version: group.version + 1, name: group.name, accessAllowed: true, rights: [] },
    });
    expect((await otherSession.data(CLIENT_VIEWER)).clientViewer).toBeNull();
  });

  it('ends on sign-out', async () => {
    const client = await portalClient(test, admin, mailbox);
    const session = await signedInClient(test, client);
    const copy = test.anonymous();
    copy.cookies = new Map(session.cookies);
    await session.data('mutation { clientSignOut }');
    expect((await copy.data(CLIENT_VIEWER)).clientViewer).toBeNull();
  });

  it('lets the client save language and format preferences, validated', async () => {
    const client = await portalClient(test, admin, mailbox);
    const session = await signedInClient(test, client);
    const SAVE =
      'mutation($input: ClientPreferencesInput!) { updateClientPreferences(input: $input) { preferredLanguage formatPreferences { dateFormat timeZone } } }';
    const { updateClientPreferences } = await session.data(SAVE, {
      input: { preferredLanguage: 'FR', formatPreferences: { dateFormat: 'dd/MM/yyyy', timeZone: 'Europe/Paris' } },
    });
    expect(updateClientPreferences).toEqual({
      preferredLanguage: 'FR',
      formatPreferences: { dateFormat: 'dd/MM/yyyy', timeZone: 'Europe/Paris' },
    });
    expect(
      (await session.error(SAVE, { input: { preferredLanguage: 'FR', formatPreferences: { timeZone: 'Nowhere/City' } } })).extensions,
    ).toMatchObject({ field: 'formatPreferences.timeZone' });
    expect((await test.anonymous().error(SAVE, { input: { preferredLanguage: 'FR', formatPreferences: {} } })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const stored = await test.app.database.dataSource.getRepository(Client).findOneByOrFail({ id: Number(client.id) });
    expect(stored.preferredLanguage).toBe('FR');
  });
});
