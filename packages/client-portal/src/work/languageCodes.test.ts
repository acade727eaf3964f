import { languageName, normalizeLanguageCode } from './languageCodes';

describe('language codes', () => {
  it('writes what was typed the way the API expects it', () => {
    expect(normalizeLanguageCode('pt_br')).toBe('pt-BR');
    expect(normalizeLanguageCode(' ZH-hant ')).toBe('zh-Hant');
    expect(normalizeLanguageCode('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(normalizeLanguageCode('es-419')).toBe('es-419');
    expect(normalizeLanguageCode('german')).toBeNull();
    expect(normalizeLanguageCode('de-')).toBeNull();
  });

  it('names a code in the reader’s language, or shows the code when there is no name', () => {
    expect(languageName('de-DE', 'en')).toBe('German (Germany)');
    expect(languageName('de-DE', 'fr')).toBe('Allemand (Allemagne)');
    expect(languageName('en-US', 'pl')).toBe('Angielski (Stany Zjednoczone)');
    expect(languageName('qaa', 'en')).toBe('qaa');
  });
});
