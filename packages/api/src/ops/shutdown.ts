import type http from 'node:http';
import type { RequestHandler } from 'express';

/** The HTTP side of a graceful shutdown: whether one began, and how the server lets its requests finish. */
export interface HttpShutdown {
  readonly shuttingDown: boolean;
  /** Requests being served right now. */
  readonly requestsInFlight: number;
  /** Marks the process as leaving: /readyz answers 503 and every answer asks the caller to reconnect (elsewhere). */
  begin(): void;
  /**
   * Stops accepting connections, closes idle keep-alive connections, and waits up to `timeoutMs` for
   * the requests in flight to be answered; connections still busy then are cut. Resolves with how
   * many requests were cut.
   */
  drain(timeoutMs: number): Promise<number>;
  /** Express middleware: `Connection: close` on every answer once the shutdown began. */
  closeConnections: RequestHandler;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function watchForShutdown(server: http.Server): HttpShutdown {
  let shuttingDown = false;
  let inFlight = 0;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
  });
  return {
    get shuttingDown() {
      return shuttingDown;
    },
    get requestsInFlight() {
      return inFlight;
    },
    begin() {
      shuttingDown = true;
    },
    closeConnections: (_req, res, next) => {
      if (shuttingDown) res.setHeader('connection', 'close');
      next();
    },
    async drain(timeoutMs) {
      shuttingDown = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + timeoutMs;
      // A keep-alive connection becomes idle once its answer is sent; close each as soon as it is.
      while (inFlight > 0 && Date.now() < deadline) {
        server.closeIdleConnections();
        await pause(25);
      }
      const cut = inFlight;
      server.closeIdleConnections();
      if (cut > 0) server.closeAllConnections();
      await closed;
      return cut;
    },
  };
}
