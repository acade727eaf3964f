/**
 * The date and time patterns of Format Preferences, with the API's rules (same tokens, same checks)
 * so forms can say what is wrong as the client types, and a renderer for them.
 *
 * Dates: d dd (day), M MM (month number), MMM (short month name), yy yyyy (year); separators . / - and space.
 * Times: H HH (24-hour), h hh (12-hour, needs a), mm, ss, a (AM/PM); separators : . and space.
 */

const DATE_TOKEN = /yyyy|yy|MMM|MM|M|dd|d|[./\- ]/g;
const TIME_TOKEN = /HH|H|hh|h|mm|ss|a|[:. ]/g;
const MAX_PATTERN_LENGTH = 20;

export type DatePatternProblem = 'UNKNOWN_TOKEN' | 'TOO_LONG' | 'MISSING_PART';
export type TimePatternProblem = 'UNKNOWN_TOKEN' | 'TOO_LONG' | 'HOUR' | 'MINUTES' | 'AM_PM';

/** The pattern split into tokens, or null when some characters belong to no token. */
function tokenize(pattern: string, tokenPattern: RegExp): string[] | null {
  const tokens = pattern.match(tokenPattern) ?? [];
  return tokens.join('') === pattern ? tokens : null;
}

/** Why the API would refuse a date pattern, or null when it accepts it. */
export function datePatternProblem(pattern: string): DatePatternProblem | null {
  const tokens = tokenize(pattern, DATE_TOKEN);
  if (!tokens) return 'UNKNOWN_TOKEN';
  if (pattern.length > MAX_PATTERN_LENGTH) return 'TOO_LONG';
  const has = (letter: string) => tokens.some((token) => token.startsWith(letter));
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

/** A moment's calendar and clock fields as seen in one time zone. */
export interface ZonedParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** 0 to 23. */
  hour: number;
  minute: number;
  second: number;
}

/** The calendar and clock fields of `date` in `timeZone` (the browser's zone when undefined). */
export function zonedParts(date: Date, timeZone: string | undefined): ZonedParts {
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
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') % 24, minute: part('minute'), second: part('second') };
}

const pad2 = (value: number) => String(value).padStart(2, '0');

export interface PatternContext {
  /** The language of month names (MMM), e.g. `de`. */
  locale: string;
  /** IANA zone the moment is shown in; the browser's when undefined. */
  timeZone: string | undefined;
}

/** `date` written with a date pattern the API accepts. */
export function formatDatePattern(date: Date, pattern: string, { locale, timeZone }: PatternContext): string {
  const moment = zonedParts(date, timeZone);
  return (tokenize(pattern, DATE_TOKEN) ?? [pattern])
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
          // Some languages end abbreviations with a dot ("Mai", "déc."); the pattern supplies its own separators.
          return new Intl.DateTimeFormat(locale, { month: 'short', timeZone }).format(date).replace(/\.$/, '');
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

/** The time of day of `date` written with a time pattern the API accepts. */
export function formatTimePattern(date: Date, pattern: string, { timeZone }: Pick<PatternContext, 'timeZone'>): string {
  const moment = zonedParts(date, timeZone);
  const twelveHour = moment.hour % 12 === 0 ? 12 : moment.hour % 12;
  return (tokenize(pattern, TIME_TOKEN) ?? [pattern])
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

/** Whether the browser knows an IANA time zone (the API checks the same way). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Every time zone the browser knows, UTC included, for a picker. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** `date`'s wall-clock time in `timeZone` as an `<input type="datetime-local">` writes it: "2026-03-05T14:07". */
export function toDateTimeLocalValue(date: Date, timeZone: string | undefined): string {
  const moment = zonedParts(date, timeZone);
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
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offset at a moment: what its wall clock shows, read as if it were UTC, minus the moment.
  const offsetAt = (moment: number) => {
    const parts = zonedParts(new Date(moment), timeZone);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(moment / 1000) * 1000;
  };
  const firstGuess = asUtc - offsetAt(asUtc);
  const secondGuess = asUtc - offsetAt(firstGuess);
  return new Date(secondGuess);
}
