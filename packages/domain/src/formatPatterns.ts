/**
 * The Format Preferences patterns the API accepts, checked and rendered here so both portals can say
 * what is wrong as people type, show a live example, and write dates and times in a client's formats
 * and time zone.
 *
 * Dates: d dd (day), M MM MMM (month: number or short name), yy yyyy (year), separators . / - and space.
 * Times: H HH (24-hour), h hh (12-hour, needs a), mm, ss, a (AM/PM), separators : . and space.
 */

const DATE_TOKEN = /yyyy|yy|MMM|MM|M|dd|d|[./\- ]/g;
const TIME_TOKEN = /HH|H|hh|h|mm|ss|a|[:. ]/g;
const MAX_PATTERN_LENGTH = 20;

export const decimalSeparators = ['.', ','] as const;
export const thousandsSeparators = [',', '.', ' ', "'", ''] as const;

export type DatePatternProblem = 'TOO_LONG' | 'UNKNOWN_TOKEN' | 'MISSING_PART';
export type TimePatternProblem = 'TOO_LONG' | 'UNKNOWN_TOKEN' | 'HOUR' | 'MINUTES' | 'AM_PM';

/** The pattern split into tokens, or null when some characters are no token at all. */
function tokenize(pattern: string, tokenPattern: RegExp): string[] | null {
  const tokens = pattern.match(tokenPattern) ?? [];
  return tokens.join('') === pattern ? tokens : null;
}

/** Why the API would refuse a date pattern, or null when it accepts it (the same rules, in the same order). */
export function datePatternProblem(pattern: string): DatePatternProblem | null {
  const tokens = tokenize(pattern, DATE_TOKEN);
  if (!tokens) return 'UNKNOWN_TOKEN';
  if (pattern.length > MAX_PATTERN_LENGTH) return 'TOO_LONG';
  const has = (prefix: string) => tokens.some((token) => token.startsWith(prefix));
  if (!has('d') || !has('M') || !has('y')) return 'MISSING_PART';
  return null;
}

/** Why the API would refuse a time pattern, or null when it accepts it. */
export function timePatternProblem(pattern: string): TimePatternProblem | null {
  const tokens = tokenize(pattern, TIME_TOKEN);
  if (!tokens) return 'UNKNOWN_TOKEN';
  if (pattern.length > MAX_PATTERN_LENGTH) return 'TOO_LONG';
  const twelveHour = tokens.some((token) => token.startsWith('h'));
  const twentyFourHour = tokens.some((token) => token.startsWith('H'));
  if (twelveHour === twentyFourHour) return 'HOUR';
  if (!tokens.includes('mm')) return 'MINUTES';
  if (twelveHour !== tokens.includes('a')) return 'AM_PM';
  return null;
}

/** A moment's calendar and clock fields in a time zone (the browser's when none is given). */
export interface MomentParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** 0 to 23. */
  hour: number;
  minute: number;
  second: number;
}

export function momentParts(date: Date, timeZone?: string): MomentParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
  };
}

const pad2 = (value: number) => String(value).padStart(2, '0');

export interface PatternOptions {
  /** The language of month names (MMM), e.g. `de`. */
  locale?: string;
  /** IANA time zone the moment is shown in; the browser's when absent. */
  timeZone?: string;
}

function shortMonthName(date: Date, { locale, timeZone }: PatternOptions): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone }).format(date);
}

/** `date` rendered with a date pattern (which must be one the API accepts). */
export function formatDatePattern(date: Date, pattern: string, options: PatternOptions = {}): string {
  const moment = momentParts(date, options.timeZone);
  const tokens = tokenize(pattern, DATE_TOKEN) ?? [];
  return tokens
    .map((token) => {
      switch (token) {
        case 'd':
          return String(moment.day);
        case 'dd':
          return pad2(moment.day);
        case 'M':
          return String(moment.month);
        case 'MM':
          return pad2(moment.month);
        case 'MMM':
          return shortMonthName(date, options);
        case 'yy':
          return pad2(moment.year % 100);
        case 'yyyy':
          return String(moment.year).padStart(4, '0');
        default:
          return token;
      }
    })
    .join('');
}

/** `date`'s time of day rendered with a time pattern (which must be one the API accepts). */
export function formatTimePattern(date: Date, pattern: string, options: PatternOptions = {}): string {
  const moment = momentParts(date, options.timeZone);
  const twelveHour = moment.hour % 12 === 0 ? 12 : moment.hour % 12;
  const tokens = tokenize(pattern, TIME_TOKEN) ?? [];
  return tokens
    .map((token) => {
      switch (token) {
        case 'H':
          return String(moment.hour);
        case 'HH':
          return pad2(moment.hour);
        case 'h':
          return String(twelveHour);
        case 'hh':
          return pad2(twelveHour);
        case 'mm':
          return pad2(moment.minute);
        case 'ss':
          return pad2(moment.second);
        case 'a':
          return moment.hour < 12 ? 'AM' : 'PM';
        default:
          return token;
      }
    })
    .join('');
}

/** A number with the given separators and two decimals, e.g. 1234567.89 → "1.234.567,89". */
export function formatNumberWithSeparators(
  value: number,
  decimalSeparator: string,
  thousandsSeparator: string,
  fractionDigits = 2,
): string {
  const negative = value < 0;
  const [integerPart = '0', fractionPart = ''] = Math.abs(value).toFixed(fractionDigits).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousandsSeparator);
  return `${negative ? '-' : ''}${grouped}${fractionDigits > 0 ? decimalSeparator + fractionPart : ''}`;
}

/** Whether the browser knows an IANA time zone name (the API checks the same way). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The time zones the browser knows, for a dropdown. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** `date`'s wall-clock time in `timeZone` as an `<input type="datetime-local">` writes it: "2026-03-05T14:07". */
export function toDateTimeLocalValue(date: Date, timeZone: string | undefined): string {
  const moment = momentParts(date, timeZone);
  return `${String(moment.year).padStart(4, '0')}-${pad2(moment.month)}-${pad2(moment.day)}T${pad2(moment.hour)}:${pad2(moment.minute)}`;
}

const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment a wall-clock time ("2026-03-05T14:07", as `<input type="datetime-local">` gives it) stands
 * for in `timeZone`, e.g. the client's rather than the browser's; null when the text is no such time.
 * A time skipped by a daylight-saving change is taken as the moment just after the change.
 */
export function fromDateTimeLocalValue(value: string, timeZone: string | undefined): Date | null {
  const match = DATE_TIME_LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  // The zone's offset at a moment: what its wall clock shows, read as if it were UTC, minus the moment.
  const offsetAt = (moment: number) => {
    const parts = momentParts(new Date(moment), timeZone);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(moment / 1000) * 1000;
  };
  const firstGuess = asUtc - offsetAt(asUtc);
  const secondGuess = asUtc - offsetAt(firstGuess);
  return new Date(secondGuess);
}
