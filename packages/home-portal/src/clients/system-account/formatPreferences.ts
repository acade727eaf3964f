import type { TFunction } from 'i18next';
import type { PortalLanguage, Weekday } from '../../gql/graphql';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';
import {
  datePatternProblem,
  formatDatePattern,
  formatNumberWithSeparators,
  formatTimePattern,
  timePatternProblem,
  isPortalLanguageCode,
  localeOf,
  portalLanguageCodes,
} from '@portico/domain';

/** The user-defined Format Preferences; null means "Default for the language". */
export type FormatPreferencesValues = ClientProfileFragment['formatPreferences'];

export const defaultFormatPreferences: FormatPreferencesValues = {
  dateFormat: null,
  timeFormat: null,
  decimalSeparator: null,
  thousandsSeparator: null,
  firstDayOfWeek: null,
  timeZone: null,
};

export const formatPreferenceFields = [
  'dateFormat',
  'timeFormat',
  'decimalSeparator',
  'thousandsSeparator',
  'firstDayOfWeek',
  'timeZone',
] as const satisfies readonly (keyof FormatPreferencesValues)[];

export type FormatPreferenceField = (typeof formatPreferenceFields)[number];

// The languages (codes, locales) are one table in @portico/domain, shared with the API and the Client Portal.
export const portalLanguages: readonly PortalLanguage[] = portalLanguageCodes;

const weekdayOrder = { MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6, SUNDAY: 7 } as const satisfies Record<
  Weekday,
  number
>;

export const weekdays = Object.keys(weekdayOrder) as Weekday[];

export function isWeekday(value: string | null): value is Weekday {
  return value !== null && Object.hasOwn(weekdayOrder, value);
}

export function isPortalLanguage(value: string | null): value is PortalLanguage {
  return isPortalLanguageCode(value);
}

/** Only what the API reads, without cache fields such as `__typename`. */
export function formatPreferencesValues(preferences: FormatPreferencesValues): FormatPreferencesValues {
  return {
    dateFormat: preferences.dateFormat,
    timeFormat: preferences.timeFormat,
    decimalSeparator: preferences.decimalSeparator,
    thousandsSeparator: preferences.thousandsSeparator,
    firstDayOfWeek: preferences.firstDayOfWeek,
    timeZone: preferences.timeZone,
  };
}

/** A separator as people read it: "space", "none (no grouping)" rather than invisible characters. */
export function separatorLabel(separator: string, t: TFunction): string {
  if (separator === ' ') return t('formatPreferences.separators.space');
  if (separator === '') return t('formatPreferences.separators.none');
  if (separator === "'") return t('formatPreferences.separators.apostrophe', { separator });
  if (separator === '.') return t('formatPreferences.separators.dot', { separator });
  if (separator === ',') return t('formatPreferences.separators.comma', { separator });
  return separator;
}

/** One Format Preference as people read it; null is "Default for the language". */
export function formatPreferenceLabel(field: FormatPreferenceField, preferences: FormatPreferencesValues, t: TFunction): string {
  switch (field) {
    case 'decimalSeparator':
    case 'thousandsSeparator': {
      const separator = preferences[field];
      return separator === null ? t('formatPreferences.defaultForLanguage') : separatorLabel(separator, t);
    }
    case 'firstDayOfWeek':
      return preferences.firstDayOfWeek === null ? t('formatPreferences.defaultForLanguage') : t(`weekdays.${preferences.firstDayOfWeek}`);
    default:
      return preferences[field] ?? t('formatPreferences.defaultForLanguage');
  }
}

/** The number every example of separators shows. */
export const exampleNumber = 1234567.89;

/**
 * What a preference looks like, for a moment (usually now): the chosen pattern applied, or the
 * language's own convention for "Default for the language". Null when there is nothing to show,
 * e.g. for a pattern the API would refuse.
 */
export function formatPreferenceExample(
  field: FormatPreferenceField,
  preferences: FormatPreferencesValues,
  language: PortalLanguage,
  now: Date,
): string | null {
  const locale = localeOf(language);
  const timeZone = preferences.timeZone ?? undefined;
  switch (field) {
    case 'dateFormat':
      if (preferences.dateFormat === null) return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone }).format(now);
      return datePatternProblem(preferences.dateFormat) === null
        ? formatDatePattern(now, preferences.dateFormat, { locale, timeZone })
        : null;
    case 'timeFormat':
      if (preferences.timeFormat === null) return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(now);
      return timePatternProblem(preferences.timeFormat) === null ? formatTimePattern(now, preferences.timeFormat, { timeZone }) : null;
    case 'decimalSeparator':
    case 'thousandsSeparator': {
      const { decimalSeparator, thousandsSeparator } = preferences;
      if (decimalSeparator === null && thousandsSeparator === null)
        return new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(exampleNumber);
      const languageParts = new Intl.NumberFormat(locale).formatToParts(exampleNumber);
      const languageSeparator = (type: 'decimal' | 'group') => languageParts.find((part) => part.type === type)?.value ?? '';
      return formatNumberWithSeparators(
        exampleNumber,
        decimalSeparator ?? languageSeparator('decimal'),
        thousandsSeparator ?? languageSeparator('group'),
      );
    }
    case 'timeZone':
      return timeZone
        ? new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'shortOffset' }).format(now)
        : null;
    case 'firstDayOfWeek':
      return null;
  }
}
