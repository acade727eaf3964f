import net from 'node:net';
import { startTestApp, type TestApp } from '../test-support/test-app';

let standard: TestApp;
let short: TestApp;
beforeAll(async () => {
  standard = await startTestApp();
  short = await startTestApp({ KEEP_ALIVE_TIMEOUT_SECONDS: '2' });
});
afterAll(async () => {
  await standard.stop();
  await short.stop();
});

/** One keep-alive connection: send requests on it, see its answers, and learn when the server closes it. */
function connection(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
  return {
    closed,
    async get(path: string): Promise<string> {
      const start = received.length;
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`);
      while (!/\r\n\r\n[\s\S]*\}/.test(received.slice(start))) await new Promise((resolve) => setTimeout(resolve, 10));
      return received.slice(start);
    },
    end: () => socket.destroy(),
  };
}

describe('keep-alive connections', () => {
  it('stay open 65 s by default, longer than a load balancer idle timeout of 60 s', async () => {
    const kept = connection(standard.app.url);
    expect(await kept.get('/healthz')).toMatch(/^Keep-Alive: timeout=65\r$/im);
    kept.end();
  });

  it('stay open idle for KEEP_ALIVE_TIMEOUT_SECONDS, then the server closes them', async () => {
    const kept = connection(short.app.url);
    expect(await kept.get('/healthz')).toMatch(/^Keep-Alive: timeout=2\r$/im);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const second = await kept.get('/healthz');
    const answeredAt = Date.now();
    expect(second).toMatch(/^HTTP\/1\.1 200/);
    const idleFor = (await kept.closed) - answeredAt;
    expect(idleFor).toBeGreaterThan(1_500);
    expect(idleFor).toBeLessThan(3_500);
  });
});
