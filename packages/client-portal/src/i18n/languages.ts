/**
 * The languages of the Client Portal, each named in its own language: a visitor who does not
 * read the current one still finds theirs.
 */
export const languageNames = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pl: 'Polski',
} as const;

export type Language = keyof typeof languageNames;

export const defaultLanguage: Language = 'en';

export const languages = Object.keys(languageNames) as Language[];

export function isLanguage(value: string | null | undefined): value is Language {
  return typeof value === 'string' && Object.hasOwn(languageNames, value);
}

const storageKey = 'portico.clientPortal.language';

/** The language chosen before on this device, else the browser's first supported one, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
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
