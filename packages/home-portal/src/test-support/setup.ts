import '@testing-library/jest-dom';
import { notifications } from '@mantine/notifications';
import { act } from '@testing-library/react';
import { loadOtherScreenTexts } from '../i18n/i18n';

// Components render outside lazyPage here, which would fetch the other screens' texts first.
beforeAll(() => loadOtherScreenTexts());

// Mantine's notifications live in one store for the whole test file: each test starts without the last one's.
afterEach(() => act(() => notifications.clean()));

// jsdom lacks what Mantine and React Router use from a real browser.

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
