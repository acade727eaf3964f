// jsdom lacks the Fetch API pieces that React Router's data routers use on every navigation
// (Request, TextEncoder, ...). Node has real ones: lend them to the test window. Node's Request
// only accepts Node's own AbortSignal, while the page (Mantine, React Router) uses jsdom's, so the
// lent Request keeps the signal it is given instead of passing it to Node.
const { TestEnvironment } = require('jest-environment-jsdom');

const borrowedFromNode = ['Response', 'Headers', 'FormData', 'ReadableStream', 'TextEncoder', 'TextDecoder'];

class RequestWithPageSignal extends globalThis.Request {
  #signal;

  constructor(input, init = {}) {
    const { signal, ...rest } = init;
    super(input, rest);
    this.#signal = signal;
  }

  get signal() {
    return this.#signal ?? super.signal;
  }
}

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of borrowedFromNode) {
      if (this.global[name] === undefined) this.global[name] = globalThis[name];
    }
    this.global.Request = RequestWithPageSignal;
  }
}

module.exports = JsdomWithFetchEnvironment;
