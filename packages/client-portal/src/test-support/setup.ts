import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The whole portal renders behind each query: give `findBy…` more than one second on a busy machine.
configure({ asyncUtilTimeout: 4000 });

// jsdom lacks what Mantine uses from a real browser.

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;

window.HTMLElement.prototype.scrollIntoView = () => {};
