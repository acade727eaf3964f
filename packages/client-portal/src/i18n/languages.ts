import {
  DEFAULT_LANGUAGE,
  isPortalLanguageCode,
  languageOfTag,
  localeOf,
  portalLanguageCodes,
  portalLanguages,
  type PortalLanguageCode,
} from '@portico/domain';

/**
 * The languages of the Client Portal, by the code the API uses (`EN`, `DE`...): the page's
 * language, a client's Preferred Language and the resource files share it. Intl and the `lang`
 * attribute get the language's BCP 47 tag from the one table in @portico/domain.
 */
export type Language = PortalLanguageCode;

export const defaultLanguage: Language = DEFAULT_LANGUAGE;

export const languages = portalLanguageCodes;

export const isLanguage = isPortalLanguageCode;

/** Each language in its own words: a visitor who does not read the current one still finds theirs. */
export function languageName(language: Language): string {
  return portalLanguages[language].nativeName;
}

/** The BCP 47 tag of the page's language, for Intl (e.g. `de`). */
export function pageLocale(language: string | undefined): string {
  return localeOf(isLanguage(language) ? language : defaultLanguage);
}

const storageKey = 'portico.clientPortal.language';

/** The language chosen before on this device, else the browser's first supported one, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be off (private mode, policy); the choice then lasts for this visit only.
  }
}

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}
