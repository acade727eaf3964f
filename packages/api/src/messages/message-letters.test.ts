import type { RunningApp } from '../app';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesProject, staffCreatesQuote } from '../test-support/work-fixtures';
import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { sendMessageDigests } from './message-digest.service';

let test: TestApp;
let second: RunningApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
  second = await test.sameDatabaseApp();
});
afterAll(async () => {
  await second.stop();
  await stopPortalTestApp(test, mailbox);
});

const POST =
  'mutation($t: ConversationRecordType!, $id: ID!, $body: String!) { postMessage(recordType: $t, recordId: $id, body: $body) { id } }';
const MINE = 'mutation($m: MessageLetters!) { updateMyMessageLetters(messageLetters: $m) { messageLetters } }';
const STAFF_SETS =
  'mutation($c: ID!, $m: MessageLetters!) { updateClientMessageLetters(clientId: $c, messageLetters: $m) { messageLetters } }';

async function messageLettersTo(clientId: string): Promise<Array<{ kind: string; subject: string; language: string; textBody: string }>> {
  const { outboxLetters } = await admin.data('query($c: ID) { outboxLetters(clientId: $c) { kind subject language textBody } }', {
    c: clientId,
  });
  return outboxLetters.filter((letter: { kind: string }) => letter.kind === 'NEW_MESSAGE' || letter.kind === 'MESSAGE_DIGEST');
}

const tomorrowMorning = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 6));
};

describe('letters about messages, by the client’s preference', () => {
  it('sends a daily-digest client one letter the next day in its language, listing each conversation, even when processes race', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'DE' });
    const portal = await signedInClient(test, client);
    expect((await portal.data(MINE, { m: 'DAILY_DIGEST' })).updateMyMessageLetters.messageLetters).toBe('DAILY_DIGEST');
    const project = await staffCreatesProject(admin, client.id, { name: 'Handbuch' });
    const quote = await staffCreatesQuote(admin, client.id, { name: 'Katalog' });
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'Erste Frage' });
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'Zweite Frage' });
    await admin.data(POST, { t: 'QUOTE', id: quote.id, body: 'Ihr Angebot' });
    expect(await messageLettersTo(client.id)).toEqual([]);

    const now = tomorrowMorning();
    const runs = await Promise.all([
      sendMessageDigests(test.app.database.dataSource, test.config, test.app.mailer, now),
      sendMessageDigests(second.database.dataSource, test.config, second.mailer, now),
      sendMessageDigests(test.app.database.dataSource, test.config, test.app.mailer, now),
      sendMessageDigests(second.database.dataSource, test.config, second.mailer, now),
    ]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    const letters = await messageLettersTo(client.id);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'MESSAGE_DIGEST', language: 'DE', subject: expect.stringContaining('Neue Nachrichten') });
    expect(letters[0]!.textBody).toContain(`${project.number} · Handbuch`);
    expect(letters[0]!.textBody).toContain(`${quote.number} · Katalog`);
    const received = await mailbox.nextLetterTo(client.email);
    expect(received.subject).toContain('Neue Nachrichten');

    // The same day again: nothing more.
    expect(await sendMessageDigests(test.app.database.dataSource, test.config, test.app.mailer, new Date(now.getTime() + 3600_000))).toBe(
      0,
    );
    expect(await messageLettersTo(client.id)).toHaveLength(1);
  });

  it('leaves out conversations the client has read before the digest', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    await portal.data(MINE, { m: 'DAILY_DIGEST' });
    const project = await staffCreatesProject(admin, client.id);
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'Read this' });
    await portal.data('mutation($id: ID!) { markMyConversationRead(recordType: PROJECT, recordId: $id) }', { id: project.id });
    expect(await sendMessageDigests(test.app.database.dataSource, test.config, test.app.mailer, tomorrowMorning())).toBe(0);
    expect(await messageLettersTo(client.id)).toEqual([]);
  });

  it('sends nothing to a client staff set to never, and only staff with Clients Edit may set it', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'FR' });
    expect((await admin.data(STAFF_SETS, { c: client.id, m: 'NEVER' })).updateClientMessageLetters.messageLetters).toBe('NEVER');
    const reader = await test.signedInStaff({ rights: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] } });
    expect((await reader.error(STAFF_SETS, { c: client.id, m: 'IMMEDIATELY' })).extensions?.code).toBe('FORBIDDEN');
    const project = await staffCreatesProject(admin, client.id);
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'Bonjour' });
    await sendMessageDigests(test.app.database.dataSource, test.config, test.app.mailer, tomorrowMorning());
    expect(await messageLettersTo(client.id)).toEqual([]);
    const portal = await signedInClient(test, client);
    expect((await portal.data('{ clientViewer { messageLetters } }')).clientViewer.messageLetters).toBe('NEVER');
  });

  it('writes at once, in the client’s language, to a client who wants letters immediately', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'FR' });
    const portal = await signedInClient(test, client);
    await portal.data(MINE, { m: 'NEVER' });
    await portal.data(MINE, { m: 'IMMEDIATELY' });
    const project = await staffCreatesProject(admin, client.id, { name: 'Manuel' });
    await admin.data(POST, { t: 'PROJECT', id: project.id, body: 'Bonjour' });
    const letter = await mailbox.nextLetterTo(client.email);
    expect(letter.subject).toBe(`Nouveau message concernant ${project.number} · Manuel`);
  });
});
