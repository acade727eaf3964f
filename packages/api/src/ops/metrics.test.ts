import { PortalLanguage } from '../clients/portal-language';
import { LetterKind, LetterStatus, OutboxLetter } from '../mail/outbox-letter.entity';
import { CLIENT_SIGN_IN, portalClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;

beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp({ METRICS_PORT: '0' }));
});
afterAll(() => stopPortalTestApp(test, mailbox));

async function scrape(): Promise<string> {
  const response = await fetch(test.app.metricsUrl!);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one series in Prometheus text format (0 when it does not appear). */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, label]) => `${key}="${label}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return 0;
}

describe('the metrics endpoint', () => {
  it('is served on its own port on loopback, never on the public port', async () => {
    expect(new URL(test.app.metricsUrl!).hostname).toBe('127.0.0.1');
    expect(new URL(test.app.metricsUrl!).port).not.toBe(new URL(test.app.url).port);
    const publicAnswer = await fetch(`${test.app.url}/metrics`);
    expect(await publicAnswer.text()).not.toContain('portico_');
    expect((await fetch(test.app.metricsUrl!.replace('/metrics', '/other'))).status).toBe(404);
  });

  it('times requests by GraphQL operation name, and by route for the rest', async () => {
    const before = value(await scrape(), 'portico_http_request_duration_seconds_count', { operation: 'ClientsPage', status: '200' });
    await admin.data('query ClientsPage { clients(first: 5) { nodes { id } } }');
    await admin.data('query ClientsPage { clients(first: 5) { nodes { id } } }');
    await fetch(`${test.app.url}/healthz`);
    const text = await scrape();
    expect(value(text, 'portico_http_request_duration_seconds_count', { operation: 'ClientsPage', status: '200' })).toBe(before + 2);
    expect(value(text, 'portico_http_request_duration_seconds_bucket', { operation: 'ClientsPage', le: '10' })).toBe(before + 2);
    expect(value(text, 'portico_http_request_duration_seconds_count', { operation: 'GET /healthz' })).toBeGreaterThanOrEqual(1);
  });

  it('keeps the number of operation names it labels bounded, whatever names callers invent', async () => {
    await Promise.all(Array.from({ length: 320 }, (_, index) => test.anonymous().request(`query Invented${index} { __typename }`)));
    const names = new Set(
      [...(await scrape()).matchAll(/^portico_http_request_duration_seconds_count\{operation="([^"]+)"/gm)].map((match) => match[1]),
    );
    expect(names.size).toBeLessThanOrEqual(310);
    expect(names.has('other')).toBe(true);
  });

  it('counts GraphQL errors by code', async () => {
    const before = value(await scrape(), 'portico_graphql_errors_total', { code: 'UNAUTHENTICATED' });
    await test.anonymous().request('query Clients { clients(first: 1) { nodes { id } } }');
    await test.anonymous().request('query { nope }');
    const text = await scrape();
    expect(value(text, 'portico_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(before + 1);
    expect(value(text, 'portico_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
  });

  it('counts sign-ins by portal and outcome, and the accounts they locked', async () => {
    const client = await portalClient(test, admin, mailbox);
    const before = await scrape();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await test.anonymous().request(CLIENT_SIGN_IN, { u: client.username, p: `wrong password ${attempt}` });
    }
    await test.anonymous().request('mutation { signIn(username: "nobody-here", password: "whatever it is") { id } }');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);
    expect(delta('portico_sign_ins_total', { portal: 'client', outcome: 'WRONG_PASSWORD' })).toBe(5);
    expect(delta('portico_sign_ins_total', { portal: 'client', outcome: 'ACCOUNT_LOCKED' })).toBe(1);
    expect(delta('portico_sign_ins_total', { portal: 'staff', outcome: 'UNKNOWN_USERNAME' })).toBe(1);
    expect(delta('portico_account_locks_total', { portal: 'client' })).toBe(1);
  });

  it('reports the letters waiting, being sent and failed in the outbox', async () => {
    const repository = test.app.database.dataSource.getRepository(OutboxLetter);
    const letter = (status: LetterStatus, index: number) =>
      repository.create({
        kind: LetterKind.WELCOME,
        clientId: null,
        recipient: `metrics${index}@example.com`,
        language: PortalLanguage.EN,
        subject: 'Counted',
        textBody: 'text',
        htmlBody: '<p>html</p>',
        status,
        error: null,
        attempts: 0,
        sentAt: null,
        claimedBy: null,
        claimedAt: null,
        requestedBy: null,
      });
    const before = await scrape();
    await repository.save([letter(LetterStatus.PENDING, 1), letter(LetterStatus.FAILED, 2), letter(LetterStatus.FAILED, 3)]);
    const after = await scrape();
    const delta = (status: string) =>
      value(after, 'portico_outbox_letters', { status }) - value(before, 'portico_outbox_letters', { status });
    expect(delta('PENDING')).toBe(1);
    expect(delta('FAILED')).toBe(2);
    await repository.delete({ subject: 'Counted' });
  });

  it('reports event-loop lag, process figures and (on MySQL) the connection pool', async () => {
    await admin.data('{ viewer { id } }');
    const text = await scrape();
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^portico_database_pool_acquire_seconds_count/m);
    if (test.app.database.kind === 'mysql') {
      expect(value(text, 'portico_database_pool_connections', { state: 'max' })).toBe(10);
      expect(value(text, 'portico_database_pool_acquire_seconds_count')).toBeGreaterThan(0);
      expect(text).toMatch(/^portico_database_pool_acquiring \d+$/m);
      // Three statements holding their connections while Prometheus looks.
      const busy = Promise.all([1, 2, 3].map(() => test.app.database.dataSource.query('SELECT SLEEP(1)')));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(value(await scrape(), 'portico_database_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(3);
      await busy;
      expect(value(await scrape(), 'portico_database_pool_connections', { state: 'in_use' })).toBeLessThan(3);
    }
  });
});
