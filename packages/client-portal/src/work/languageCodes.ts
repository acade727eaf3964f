/**
 * Language codes of projects, quotes and requests ("en", "de-DE", "zh-Hans"): the API's rule, the
 * codes the request form offers, and their names in the reader's language (Intl.DisplayNames).
 */

/** The API's rule for a language code: language, optional script, optional region (BCP 47 parts). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/** Common languages and variants an agency translates; any other valid code can be typed. */
export const commonLanguageCodes: readonly string[] = [
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'de-AT',
  'de-CH',
  'de-DE',
  'el',
  'en',
  'en-GB',
  'en-US',
  'es',
  'es-ES',
  'es-MX',
  'et',
  'fi',
  'fr',
  'fr-CA',
  'fr-CH',
  'fr-FR',
  'ga',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'it-IT',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'mt',
  'nb',
  'nl',
  'nl-BE',
  'nl-NL',
  'pl',
  'pt',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
];

/**
 * What a reader typed, written the way the API expects ("pt_br" → "pt-BR", "ZH-HANT" → "zh-Hant"),
 * or null when it cannot be a language code.
 */
export function normalizeLanguageCode(typed: string): string | null {
  const parts = typed.trim().split(/[-_]/);
  if (parts.length === 0 || parts.length > 3) return null;
  const [language, ...rest] = parts;
  const normalized = [language.toLowerCase()];
  for (const part of rest) {
    if (part.length === 4) normalized.push(part.charAt(0).toUpperCase() + part.slice(1).toLowerCase());
    else normalized.push(part.toUpperCase());
  }
  const code = normalized.join('-');
  return LANGUAGE_CODE.test(code) ? code : null;
}

/**
 * A language code's name in `uiLanguage` ("de-DE" → "German (Germany)"), starting with a capital as
 * it stands alone in lists and cells; the code itself when the browser has no name for it.
 */
export function languageName(code: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', languageDisplay: 'standard', fallback: 'none' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1) : code;
  } catch {
    return code;
  }
}
