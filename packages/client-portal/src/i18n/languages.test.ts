import { detectLanguage, rememberLanguage } from './languages';

function preferBrowserLanguages(preferred: string[]) {
  jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(preferred);
}

describe('detectLanguage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it("takes the browser's first supported language, by its primary subtag", () => {
    preferBrowserLanguages(['nl-NL', 'pl-PL', 'de']);
    expect(detectLanguage()).toBe('PL');
  });

  it('falls back to English when the browser prefers no supported language', () => {
    preferBrowserLanguages(['nl', 'ja']);
    expect(detectLanguage()).toBe('EN');
  });

  it('keeps the language chosen before on this device', () => {
    preferBrowserLanguages(['de-AT']);
    rememberLanguage('FR');
    expect(detectLanguage()).toBe('FR');
  });
});
