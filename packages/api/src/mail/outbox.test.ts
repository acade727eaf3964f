import { PortalLanguage } from '../clients/portal-language';
import { sweepPendingLetters } from './outbox.service';
import { LetterKind, LetterStatus, OutboxLetter } from './outbox-letter.entity';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import type { RunningApp } from '../app';

let mailbox: TestMailbox;
let test: TestApp;
let second: RunningApp;
beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  second = await test.sameDatabaseApp();
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
