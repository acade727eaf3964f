/**
 * Language codes of projects, quotes and requests ("en", "de-DE", "zh-Hant"): the API's rule, the
 * codes the forms suggest, and their names in a reader's language (Intl.DisplayNames).
 */

/** A language, an optional script and an optional region: the BCP 47 parts translation tools use. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

export function isLanguageCode(code: string): boolean {
  return LANGUAGE_CODE.test(code);
}

/** Languages and variants agencies translate most; any other valid code can be typed. */
export const suggestedLanguageCodes: readonly string[] = [
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
 * What was typed, cased the way the API expects ("DE_de" → "de-DE", "zh-hant" → "zh-Hant"), so
 * people need not mind the case; the trimmed input when it has no such shape.
 */
export function casedLanguageCode(typed: string): string {
  const trimmed = typed.trim();
  const parts = trimmed.split(/[-_]/);
  if (parts.length > 3 || parts.some((part) => part === '')) return trimmed;
  const [language = '', ...rest] = parts;
  const cased = [
    language.toLowerCase(),
    ...rest.map((part) => (part.length === 4 ? part.charAt(0).toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase())),
  ];
  return cased.join('-');
}

/**
 * A code's name in `locale` ("de-DE" → "German (Germany)"), capitalised as it stands alone in lists
 * and cells; null when it is no code or the runtime has no name for it.
 */
export function languageName(code: string, locale: string): string | null {
  if (!isLanguageCode(code)) return null;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard', fallback: 'none' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : null;
  } catch {
    return null;
  }
}
