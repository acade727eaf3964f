import { languageLabel, languageName, normalizeLanguageCode } from './languages';

describe('language codes', () => {
  it('writes codes the way the API expects, whatever case or separator was typed', () => {
    expect(normalizeLanguageCode(' DE_de ')).toBe('de-DE');
    expect(normalizeLanguageCode('zh-hant')).toBe('zh-Hant');
    expect(normalizeLanguageCode('es-419')).toBe('es-419');
    expect(normalizeLanguageCode('de--DE')).toBe('de--DE');
  });

  it("names a code in the staff member's language, or leaves it as it is", () => {
    expect(languageName('de-DE', 'en')).toBe('German (Germany)');
    expect(languageName('german', 'en')).toBeNull();
    expect(languageLabel('fr', 'en')).toBe('French · fr');
    expect(languageLabel('qqq', 'en')).toBe('qqq');
  });
});
