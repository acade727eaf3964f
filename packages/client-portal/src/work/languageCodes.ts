/** Language codes of projects, quotes and requests as the request form uses them; the rules are the shared ones. */
import { casedLanguageCode, isLanguageCode, languageName as sharedLanguageName, suggestedLanguageCodes } from '@portico/domain';

export { LANGUAGE_CODE } from '@portico/domain';

/** Common languages and variants an agency translates; any other valid code can be typed. */
export const commonLanguageCodes = suggestedLanguageCodes;

/** What a reader typed, written the way the API expects ("pt_br" → "pt-BR"), or null when it cannot be a language code. */
export function normalizeLanguageCode(typed: string): string | null {
  const code = casedLanguageCode(typed);
  return isLanguageCode(code) ? code : null;
}

/** A language code's name in `uiLanguage`; the code itself when the browser has no name for it. */
export function languageName(code: string, uiLanguage: string): string {
  return sharedLanguageName(code, uiLanguage) ?? code;
}
