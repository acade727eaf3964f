/**
 * The languages Portico ships in, in one table. A language is known by its code (`EN`) everywhere:
 * in the database, the API and both portals; `locale` is the BCP 47 tag Intl and i18next read.
 */
export const portalLanguages = {
  EN: { locale: 'en', nativeName: 'English', firstDayOfWeek: 'SUNDAY' },
  DE: { locale: 'de', nativeName: 'Deutsch', firstDayOfWeek: 'MONDAY' },
  FR: { locale: 'fr', nativeName: 'Français', firstDayOfWeek: 'MONDAY' },
  ES: { locale: 'es', nativeName: 'Español', firstDayOfWeek: 'MONDAY' },
  PL: { locale: 'pl', nativeName: 'Polski', firstDayOfWeek: 'MONDAY' },
} as const;

export type PortalLanguageCode = keyof typeof portalLanguages;

export const portalLanguageCodes = Object.keys(portalLanguages) as PortalLanguageCode[];

export const DEFAULT_LANGUAGE: PortalLanguageCode = 'EN';

export function isPortalLanguageCode(value: string | null | undefined): value is PortalLanguageCode {
  return typeof value === 'string' && Object.hasOwn(portalLanguages, value);
}

/** The BCP 47 tag of a language, e.g. `de` for `DE`. */
export function localeOf(code: PortalLanguageCode): string {
  return portalLanguages[code].locale;
}

/** The language a browser tag such as `de-AT` or `pl` asks for, if Portico ships it. */
export function languageOfTag(tag: string): PortalLanguageCode | null {
  const primary = tag.toLowerCase().split('-')[0];
  return portalLanguageCodes.find((code) => portalLanguages[code].locale === primary) ?? null;
}

/** The codes as an enum-like object, for GraphQL (`PortalLanguage.EN`); keyed by the table, so they cannot drift apart. */
export const PortalLanguage = { EN: 'EN', DE: 'DE', FR: 'FR', ES: 'ES', PL: 'PL' } as const satisfies {
  [Code in PortalLanguageCode]: Code;
};
export type PortalLanguage = PortalLanguageCode;
