/** Language codes of projects, quotes and requests as the staff forms use them; the rules are the shared ones. */
import { languageName } from '@portico/domain';

export { casedLanguageCode as normalizeLanguageCode, isLanguageCode, languageName, suggestedLanguageCodes } from '@portico/domain';

/** "German (Germany) · de-DE", or the code alone when it has no name. */
export function languageLabel(code: string, locale: string): string {
  const name = languageName(code, locale);
  return name ? `${name} · ${code}` : code;
}
