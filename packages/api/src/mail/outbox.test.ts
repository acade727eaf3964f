import { PortalLanguage } from '../clients/portal-language';
import { sweepPendingLetters } from './outbox.service';
import { LetterKind, LetterStatus, OutboxLetter } from './outbox-letter.entity';
import { enablePortal2 } from '../test-support/client-portal-fixtures';
import { createTestClient, saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { linkSecret, startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import type { RunningApp } from '../app';

let mailbox: TestMailbox;
let test: TestApp;
let second: RunningApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  second = await test.sameDatabaseApp();
  admin = await test.signedInStaff();
  await enablePortal2(admin);
});
afterAll(async () => {
  await second.stop();
  await test.stop();
  await mailbox.stop();
});

describe('the outbox shared by several API processes', () => {
  it('sends each waiting letter exactly once when two processes sweep at the same time', async () => {
    const repository = test.app.database.dataSource.getRepository(OutboxLetter);
    const letters = Array.from({ length: 24 }, (_, index) =>
      repository.create({
        kind: LetterKind.WELCOME,
        clientId: null,
        recipient: `sweep${index}@example.com`,
        language: PortalLanguage.EN,
        subject: `Letter ${index}`,
        textBody: 'text',
        htmlBody: '<p>html</p>',
        status: LetterStatus.PENDING,
        error: null,
        attempts: 0,
        sentAt: null,
        claimedBy: null,
        claimedAt: null,
        requestedBy: null,
      }),
    );
    await repository.save(letters);
    // Backdate them, as if their senders had died before sending.
    await repository
      .createQueryBuilder()
      .update()
      .set({ createdAt: new Date(Date.now() - 60_000) })
      .execute();

    const sweeps = await Promise.all([
      sweepPendingLetters(test.app.database, test.app.mailer, 10),
      sweepPendingLetters(second.database, second.mailer, 10),
      sweepPendingLetters(test.app.database, test.app.mailer, 10),
      sweepPendingLetters(second.database, second.mailer, 10),
    ]);
    while ((await repository.countBy({ status: LetterStatus.PENDING })) > 0) {
      await Promise.all([
        sweepPendingLetters(test.app.database, test.app.mailer, 10),
        sweepPendingLetters(second.database, second.mailer, 10),
      ]);
    }

    expect(sweeps.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    expect(await repository.countBy({ status: LetterStatus.SENT })).toBe(24);
    const received = mailbox.letters.map((letter) => letter.subject).sort();
    expect(received).toEqual(letters.map((letter) => letter.subject).sort());
    const attempts = await repository.find();
    expect(attempts.every((letter) => letter.attempts === 1)).toBe(true);
  });
});

describe('a letter whose sender died while sending it', () => {
  const SEND_WELCOME = 'mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { id status } }';
  const SET_PASSWORD = 'mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }';

  async function welcomedClient(): Promise<{ client: Record<string, any>; letterId: number }> {
    const created = await createTestClient(admin);
    const client = (await saveSystemAccount(admin, created, { portalAccessAllowed: true })).data!.updateSystemAccount;
    const { sendWelcomeEmail } = await admin.data(SEND_WELCOME, { id: client.id });
    expect(sendWelcomeEmail.status).toBe('SENT');
    return { client, letterId: Number(sendWelcomeEmail.id) };
  }

  /** As if the sender had handed the letter to SMTP and died before recording it: SENDING, claimed long ago. */
  async function abandon(letterId: number, attempts: number): Promise<void> {
    await test.app.database.dataSource
      .getRepository(OutboxLetter)
      .update(
        { id: letterId },
        { status: LetterStatus.SENDING, claimedBy: 'a process that died', claimedAt: new Date(Date.now() - 10 * 60_000), attempts },
      );
  }

  it('is sent again with the same Message-ID, and the link of the copy that did arrive keeps working', async () => {
    const { client, letterId } = await welcomedClient();
    const firstCopy = await mailbox.nextLetterTo(client.email);
    expect(firstCopy.messageId).toMatch(/^<outbox-\d+\.[0-9a-z]+@portico\.invalid>$/);

    await abandon(letterId, 1);
    await sweepPendingLetters(test.app.database, test.app.mailer, 20, 0);
    const secondCopy = await mailbox.nextLetterTo(client.email);
    expect(secondCopy.messageId).toBe(firstCopy.messageId);
    const letter = await test.app.database.dataSource.getRepository(OutboxLetter).findOneByOrFail({ id: letterId });
    expect(letter).toMatchObject({ status: LetterStatus.SENT, attempts: 2 });

    // Mail systems drop the second copy by its Message-ID, so the first copy's link must still set the password.
    await test.anonymous().data(SET_PASSWORD, { t: linkSecret(firstCopy).secret, p: 'a brand new password 1' });
  });

  it('is marked FAILED for staff to decide after its senders died five times', async () => {
    const { client, letterId } = await welcomedClient();
    await mailbox.nextLetterTo(client.email);
    await abandon(letterId, 5);
    await sweepPendingLetters(test.app.database, test.app.mailer, 20, 0);
    const letter = await test.app.database.dataSource.getRepository(OutboxLetter).findOneByOrFail({ id: letterId });
    expect(letter.status).toBe(LetterStatus.FAILED);
    expect(letter.error).toMatch(/check with the recipient/);
  });
});
