import http from 'node:http';
import net from 'node:net';
import { LetterKind, LetterStatus, OutboxLetter } from '../mail/outbox-letter.entity';
import { sweepPendingLetters } from '../mail/outbox.service';
import {
  CLIENT_PASSWORD,
  CLIENT_SIGN_IN,
  portalClient,
  startPortalTestApp,
  stopPortalTestApp,
} from '../test-support/client-portal-fixtures';
import { GraphQLTestClient } from '../test-support/graphql-client';
import { multipartBody } from '../test-support/raw-http';
import { sharedStorageEnv, startServerProcess, type ServerProcess } from '../test-support/server-process';
import type { TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';

// A real server process under steady load gets SIGTERM, as a deployment sends it. Its callers act
// like clients behind a load balancer: they stop sending new requests once /readyz has failed.
let test: TestApp;
let mailbox: TestMailbox;
let slowMailbox: TestMailbox;
let admin: GraphQLTestClient;
let server: ServerProcess;
let clients: Array<Record<string, any>>;

const GRACE_MS = 2_000;

beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp({ ACCOUNT_LETTERS_PER_HOUR: '1000' }));
  clients = [await portalClient(test, admin, mailbox), await portalClient(test, admin, mailbox)];
  // Confirming a letter takes this SMTP server 1.2 s, and 8 s for the second client: longer than the shutdown may take.
  slowMailbox = await startTestMailbox({ replyAfterMs: (recipient) => (recipient === clients[1].email ? 8_000 : 1_200) });
  server = await startServerProcess({
    ...sharedStorageEnv(test.config),
    SMTP_URL: slowMailbox.smtpUrl,
    SHUTDOWN_GRACE_SECONDS: String(GRACE_MS / 1000),
    SHUTDOWN_TIMEOUT_SECONDS: '4',
    ACCOUNT_LETTERS_PER_HOUR: '1000',
  });
}, 90_000);
afterAll(async () => {
  await server?.kill();
  await stopPortalTestApp(test, mailbox);
  await slowMailbox?.stop();
});

interface Outcome {
  what: string;
  startedAt: number;
  endedAt: number;
  ok: boolean;
  detail?: string;
}

/** An upload whose body trickles in over `durationMs`, as from a slow connection; resolves with the HTTP status (0: cut off). */
function slowUpload(url: string, cookie: string, durationMs: number): Promise<number> {
  const { body, contentType } = multipartBody({ name: 'slow.docx', content: Buffer.alloc(64 * 1024, 7) });
  return new Promise((resolve) => {
    const request = http.request(`${url}/files?role=SOURCE`, {
      method: 'POST',
      agent: false,
      headers: { cookie, 'x-portico-upload': '1', 'content-type': contentType, 'content-length': String(body.length) },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', () => resolve(0));
    const pieces = 20;
    const size = Math.ceil(body.length / pieces);
    let sent = 0;
    const timer = setInterval(() => {
      request.write(body.subarray(sent * size, (sent + 1) * size));
      sent += 1;
      if (sent === pieces) {
        clearInterval(timer);
        request.end();
      }
    }, durationMs / pieces);
  });
}

/** Whether a new TCP connection to the server is accepted right now. */
function acceptsConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe('a graceful shutdown (SIGTERM)', () => {
  it('answers every request in flight, refuses new connections after the grace period and leaves no letter SENDING', async () => {
    const staff = new GraphQLTestClient(server.url);
    staff.cookies = new Map(admin.cookies);
    const portal = new GraphQLTestClient(server.url);
    await portal.data(CLIENT_SIGN_IN, { u: clients[0].username, p: CLIENT_PASSWORD });

    const outcomes: Outcome[] = [];
    let balancerTookItOut = false;
    const record = async (what: string, call: () => Promise<{ ok: boolean; detail?: string }>) => {
      const startedAt = Date.now();
      const result = await call().catch((error: Error) => ({ ok: false, detail: error.message }));
      outcomes.push({ what, startedAt, endedAt: Date.now(), ...result });
    };
    const graphql =
      (browser: GraphQLTestClient, query: string, variables: Record<string, unknown> = {}) =>
      async () => {
        const response = await browser.request(query, variables);
        return { ok: response.status === 200 && !response.errors, detail: JSON.stringify(response.errors ?? response.status) };
      };

    // Steady load: staff lists and reads, and staff sending reset letters (each waits for the slow SMTP server).
    const loops = [
      ...Array.from({ length: 5 }, async () => {
        while (!balancerTookItOut)
          await record('clients page', graphql(staff, 'query ClientsPage { clients(first: 20) { nodes { id name } } }'));
      }),
      (async () => {
        while (!balancerTookItOut) await record('client viewer', graphql(portal, 'query Profile { clientViewer { username } }'));
      })(),
      (async () => {
        while (!balancerTookItOut) {
          await record(
            'staff reset letter',
            graphql(staff, 'mutation Reset($id: ID!) { sendPasswordResetEmail(clientId: $id) { status } }', { id: clients[0].id }),
          );
        }
      })(),
    ];
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    // In flight at the signal: a self-service letter the SMTP server takes 8 s to confirm, and two uploads still arriving.
    await record(
      'forgot password',
      graphql(new GraphQLTestClient(server.url), 'mutation { requestPasswordReset(username: "' + clients[1].username + '") }'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const uploads = [0, 1].map((index) =>
      record(`slow upload ${index}`, async () => {
        const status = await slowUpload(server.url, portal.cookieHeader(), 2_000);
        return { ok: status === 201 || status === 200, detail: String(status) };
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalAt = Date.now();
    server.child.kill('SIGTERM');
    // The balancer's health check: every 50 ms, out at the first 503.
    let notReadyAfterMs = -1;
    while (notReadyAfterMs < 0) {
      const probe = await fetch(`${server.url}/readyz`).catch(() => null);
      if (probe?.status === 503) notReadyAfterMs = Date.now() - signalAt;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    balancerTookItOut = true;
    const servedDuringGrace = await staff.request('query DuringGrace { viewer { id } }');

    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 300 - (Date.now() - signalAt)));
    const stillRunning = server.child.exitCode === null;
    const acceptedAfterGrace = await acceptsConnections(server.url);

    const { code } = await server.exited;
    await Promise.all([...loops, ...uploads]);

    const failures = outcomes.filter((outcome) => !outcome.ok);
    const inFlightAtSignal = outcomes.filter((outcome) => outcome.startedAt < signalAt && outcome.endedAt > signalAt);
    const letters = await test.app.database.dataSource.getRepository(OutboxLetter).find();
    const released = letters.filter((letter) => letter.recipient === clients[1].email && letter.kind === LetterKind.PASSWORD_RESET);
    console.log(
      `Shutdown under load: ${outcomes.length} requests, ${failures.length} failed, ${inFlightAtSignal.length} in flight at SIGTERM ` +
        `(${inFlightAtSignal.map((outcome) => outcome.what).join(', ')}); /readyz 503 after ${notReadyAfterMs} ms; ` +
        `exit ${code} after ${Date.now() - signalAt} ms; letters: ${letters.length} (${released.map((letter) => letter.status).join(', ')} for the slow one)`,
    );

    expect(failures).toEqual([]);
    expect(inFlightAtSignal.length).toBeGreaterThanOrEqual(3);
    expect(inFlightAtSignal.map((outcome) => outcome.what)).toEqual(expect.arrayContaining(['slow upload 0', 'slow upload 1']));
    expect(notReadyAfterMs).toBeLessThan(GRACE_MS / 2);
    expect(servedDuringGrace.status).toBe(200);
    expect(stillRunning).toBe(true);
    expect(acceptedAfterGrace).toBe(false);
    expect(code).toBe(0);
    expect(letters.filter((letter) => letter.status === LetterStatus.SENDING)).toEqual([]);
    expect(released.map((letter) => letter.status)).toEqual([LetterStatus.PENDING]);
    expect(server.lines.find((line) => line.msg === 'Stopped')).toMatchObject({ requestsCut: 0, lettersReleased: 1 });

    // Another process sends the released letter; the copy that reached the slow server unconfirmed has the same Message-ID.
    await sweepPendingLetters(test.app.database, test.app.mailer, 20, 0);
    const resent = await mailbox.nextLetterTo(clients[1].email);
    const unconfirmed = slowMailbox.letters.filter((letter) => letter.subject === resent.subject && letter.messageId === resent.messageId);
    expect(unconfirmed).toHaveLength(1);
  }, 60_000);
});
