import { formatDatePattern, formatTimePattern } from './formatPatterns';
import { localeOf, portalLanguages, type PortalLanguageCode as PortalLanguage } from './languages';

/** A day of the week as the API names it. */
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/*
 * One formatter for the Client Portal's screens and for what the API writes in the client's formats
 * (quote PDFs): the same preferences give the same dates and amounts on screen and on paper.
 */

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
  /**
   * An amount of money (the API's exact decimal string and ISO currency) with the client's separators,
   * and the currency's symbol or code where the language puts it ("1.234,50 €", "$1,234.50").
   */
  money(value: MoneyValue): string;
  /** A file size in B, kB, MB or GB, in the language's words, with the client's separators. */
  fileSize(bytes: number): string;
  /** A length of time in whole hours and minutes in the language's short words ("1 hr 5 min"); at least one minute. */
  duration(milliseconds: number): string;
}

/** The API's Money: `amount` is a decimal string such as "1234.50", `currency` an ISO 4217 code. */
export interface MoneyValue {
  amount: string;
  currency: string;
}

const NUMBER_PARTS = new Set<Intl.NumberFormatPartTypes>(['integer', 'group', 'decimal', 'fraction']);

/**
 * The language's own writing of a number with a unit or currency (`parts`), with the number itself
 * replaced by `digits` written in the client's separators. Sign, symbol and spacing stay the language's.
 */
function replaceNumber(parts: Intl.NumberFormatPart[], digits: string): string {
  const first = parts.findIndex((part) => NUMBER_PARTS.has(part.type));
  if (first < 0) return parts.map((part) => part.value).join('');
  let last = first;
  parts.forEach((part, index) => {
    if (NUMBER_PARTS.has(part.type)) last = index;
  });
  return [...parts.slice(0, first).map((part) => part.value), digits, ...parts.slice(last + 1).map((part) => part.value)].join('');
}

const FILE_SIZE_UNITS = [
  { unit: 'byte', size: 1 },
  { unit: 'kilobyte', size: 1024 },
  { unit: 'megabyte', size: 1024 ** 2 },
  { unit: 'gigabyte', size: 1024 ** 3 },
] as const;

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
  const locale = localeOf(language);
  const timeZone = preferences.timeZone ?? browserTimeZone();
  const defaultDate = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  const defaultTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const customSeparators = preferences.decimalSeparator !== null || preferences.thousandsSeparator !== null;
  const decimalSeparator = preferences.decimalSeparator ?? fallbackSeparator(locale, 'decimal', preferences.thousandsSeparator);
  const thousandsSeparator = preferences.thousandsSeparator ?? fallbackSeparator(locale, 'group', preferences.decimalSeparator);

  const date = (value: Date | string) => {
    const moment = toDate(value);
    return preferences.dateFormat === null
      ? defaultDate.format(moment)
      : formatDatePattern(moment, preferences.dateFormat, { locale, timeZone });
  };
  const time = (value: Date | string) => {
    const moment = toDate(value);
    return preferences.timeFormat === null ? defaultTime.format(moment) : formatTimePattern(moment, preferences.timeFormat, { timeZone });
  };

  const number = (value: number, fractionDigits?: number) => {
    const digits =
      fractionDigits === undefined
        ? { minimumFractionDigits: 0, maximumFractionDigits: 3 }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
    if (!customSeparators) return new Intl.NumberFormat(locale, digits).format(value);
    const plain = new Intl.NumberFormat('en-US', { ...digits, useGrouping: false }).format(Math.abs(value));
    const [integerPart = '0', fractionPart] = plain.split('.');
    const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousandsSeparator);
    const negative = value < 0 && /[1-9]/.test(plain);
    return `${negative ? '-' : ''}${grouped}${fractionPart === undefined ? '' : decimalSeparator + fractionPart}`;
  };

  return {
    locale,
    timeZone,
    firstDayOfWeek: preferences.firstDayOfWeek ?? portalLanguages[language].firstDayOfWeek,
    date,
    time,
    dateTime: (value) => `${date(value)} ${time(value)}`,
    number,
    money({ amount, currency }) {
      const value = Number(amount);
      let currencyFormat: Intl.NumberFormat;
      try {
        currencyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency });
      } catch {
        // Not an ISO code the browser knows: the amount and the code as sent.
        return `${number(Number.isFinite(value) ? value : 0, 2)} ${currency}`;
      }
      if (!Number.isFinite(value)) return `${amount} ${currency}`;
      const fractionDigits = currencyFormat.resolvedOptions().maximumFractionDigits ?? 2;
      return replaceNumber(currencyFormat.formatToParts(value), number(Math.abs(value), fractionDigits));
    },
    fileSize(bytes) {
      const { unit, size } = [...FILE_SIZE_UNITS].reverse().find((candidate) => bytes >= candidate.size) ?? FILE_SIZE_UNITS[0];
      const value = bytes / size;
      const fractionDigits = unit === 'byte' || value >= 100 ? 0 : 1;
      const rounded = Number(value.toFixed(fractionDigits));
      const parts = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        // Bytes are a word with plural forms ("1 byte", "61 bytes"); the short form of CLDR has none in English.
        unitDisplay: unit === 'byte' ? 'long' : 'short',
        maximumFractionDigits: fractionDigits,
      }).formatToParts(rounded);
      return replaceNumber(parts, number(rounded, fractionDigits === 0 || Number.isInteger(rounded) ? 0 : fractionDigits));
    },
    duration(milliseconds) {
      const totalMinutes = Math.max(1, Math.round(milliseconds / 60_000));
      const hours = Math.floor(totalMinutes / 60);
      const minutes = totalMinutes % 60;
      const unit = (value: number, name: 'hour' | 'minute') =>
        replaceNumber(
          new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).formatToParts(value),
          number(value, 0),
        );
      if (hours === 0) return unit(minutes, 'minute');
      return minutes === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
    },
  };
}
