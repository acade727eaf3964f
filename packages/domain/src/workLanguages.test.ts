import { casedLanguageCode, isLanguageCode, languageName, suggestedLanguageCodes } from './workLanguages';

describe('work language codes', () => {
  it('cases what was typed the way the API expects, whatever the separator', () => {
    expect(casedLanguageCode(' DE_de ')).toBe('de-DE');
    expect(casedLanguageCode('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(casedLanguageCode('es-419')).toBe('es-419');
    expect(casedLanguageCode('de--DE')).toBe('de--DE');
  });

  it('accepts a language with an optional script and region, and suggests only such codes', () => {
    expect(['en', 'de-DE', 'zh-Hant', 'sr-Latn-RS', 'es-419'].every(isLanguageCode)).toBe(true);
    expect(['EN', 'de_DE', 'german', 'x', 'de-DE-1996'].some(isLanguageCode)).toBe(false);
    expect(suggestedLanguageCodes.filter((code) => !isLanguageCode(code))).toEqual([]);
  });

  it('names a code in the reader’s language, or says it has no name', () => {
    expect(languageName('de-DE', 'en')).toBe('German (Germany)');
    expect(languageName('en-US', 'pl')).toBe('Angielski (Stany Zjednoczone)');
    expect(languageName('german', 'en')).toBeNull();
    expect(languageName('qaa', 'en')).toBeNull();
  });
});
