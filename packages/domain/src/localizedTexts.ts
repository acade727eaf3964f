/** An agency text in one portal language (EN, DE, FR, ES, PL). */
export interface LocalizedText {
  language: string;
  text: string;
}

/**
 * The agency's text for a reader's language: its translation when the agency wrote one, otherwise the
 * default text. The one rule the API, the Client Portal and the Home Portal's preview share.
 */
export function textInLanguage(defaultText: string, translations: readonly LocalizedText[], language: string): string {
  const translated = translations.find((entry) => entry.language.toUpperCase() === language.toUpperCase())?.text.trim();
  return translated || defaultText;
}
