import type { PortalLanguage, Weekday } from '../gql/graphql';
import { formatDatePattern, formatTimePattern } from './formatPatterns';

/** A client's Format Preferences; null stands for "Default for my language". */
export interface FormatPreferencesValues {
  dateFormat: string | null;
  timeFormat: string | null;
  decimalSeparator: string | null;
  thousandsSeparator: string | null;
  firstDayOfWeek: Weekday | null;
  timeZone: string | null;
}

export const noFormatPreferences: FormatPreferencesValues = {
  dateFormat: null,
  timeFormat: null,
  decimalSeparator: null,
  thousandsSeparator: null,
  firstDayOfWeek: null,
  timeZone: null,
};

/** The locale whose conventions stand in for a preference left at "Default for my language". */
export const languageLocales: Record<PortalLanguage, string> = { EN: 'en', DE: 'de', FR: 'fr', ES: 'es', PL: 'pl' };

const defaultFirstDayOfWeek: Record<PortalLanguage, Weekday> = {
  EN: 'SUNDAY',
  DE: 'MONDAY',
  FR: 'MONDAY',
  ES: 'MONDAY',
  PL: 'MONDAY',
};

/** Dates, times and numbers written the way one client wants them. */
export interface ClientFormatter {
  /** The language's locale, e.g. `de`. */
  readonly locale: string;
  /** The IANA zone moments are shown in: the client's, else the browser's. */
  readonly timeZone: string;
  readonly firstDayOfWeek: Weekday;
  date(value: Date | string): string;
  time(value: Date | string): string;
  dateTime(value: Date | string): string;
  /** A number with the client's separators; `fractionDigits` fixes the decimals (else up to three, as needed). */
  number(value: number, fractionDigits?: number): string;
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The language's own separator of one kind, e.g. `,` as the decimal separator of German. */
function languageSeparator(locale: string, type: 'decimal' | 'group'): string {
  return new Intl.NumberFormat(locale).formatToParts(1234567.5).find((part) => part.type === type)?.value ?? '';
}

/**
 * A language's default separator, unless it is the one the client chose for the other role
 * (English groups with "," — a client who picks "," for decimals then groups with ".").
 */
function fallbackSeparator(locale: string, type: 'decimal' | 'group', other: string | null): string {
  const own = languageSeparator(locale, type);
  if (own !== other) return own;
  return own === ',' ? '.' : ',';
}

/**
 * Builds the formatter for a client: each preference that is set wins; a null one falls back to the
 * conventions of the client's language, and a null time zone to the browser's.
 */
export function createClientFormatter(preferences: FormatPreferencesValues, language: PortalLanguage): ClientFormatter {
  const locale = languageLocales[language];
  const timeZone = preferences.timeZone ?? browserTimeZone();
  const defaultDate = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  const defaultTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const customSeparators = preferences.decimalSeparator !== null || preferences.thousandsSeparator !== null;
  const decimalSeparator = preferences.decimalSeparator ?? fallbackSeparator(locale, 'decimal', preferences.thousandsSeparator);
  const thousandsSeparator = preferences.thousandsSeparator ?? fallbackSeparator(locale, 'group', preferences.decimalSeparator);

  const date = (value: Date | string) => {
    const moment = toDate(value);
    return preferences.dateFormat === null ? defaultDate.format(moment) : formatDatePattern(moment, preferences.dateFormat, { locale, timeZone });
  };
  const time = (value: Date | string) => {
    const moment = toDate(value);
    return preferences.timeFormat === null ? defaultTime.format(moment) : formatTimePattern(moment, preferences.timeFormat, { timeZone });
  };

  return {
    locale,
    timeZone,
    firstDayOfWeek: preferences.firstDayOfWeek ?? defaultFirstDayOfWeek[language],
    date,
    time,
    dateTime: (value) => `${date(value)} ${time(value)}`,
    number(value, fractionDigits) {
      const digits = fractionDigits === undefined ? { minimumFractionDigits: 0, maximumFractionDigits: 3 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
      if (!customSeparators) return new Intl.NumberFormat(locale, digits).format(value);
      const plain = new Intl.NumberFormat('en-US', { ...digits, useGrouping: false }).format(Math.abs(value));
      const [integerPart = '0', fractionPart] = plain.split('.');
      const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousandsSeparator);
      const negative = value < 0 && /[1-9]/.test(plain);
      return `${negative ? '-' : ''}${grouped}${fractionPart === undefined ? '' : decimalSeparator + fractionPart}`;
    },
  };
}
