import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { BadUserInputError } from '../common/errors';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, { name: 'Weekday' });

const NULL_MEANS_DEFAULT = "Null means the default for the client's Preferred Language.";

/**
 * How the Client Portal shows dates, times and numbers to one client. Every value is optional:
 * a missing one falls back to the conventions of the client's preferred language.
 */
@ObjectType({ description: `Format Preferences of a client. ${NULL_MEANS_DEFAULT}` })
export class FormatPreferences {
  @Field(() => String, {
    nullable: true,
    description: `Date pattern built from d, dd, M, MM, MMM, yy, yyyy and the separators . / - and space, e.g. dd.MM.yyyy. ${NULL_MEANS_DEFAULT}`,
  })
  dateFormat: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: `Time pattern built from H, HH, h, hh, mm, ss and a (AM/PM, required with h), e.g. HH:mm. ${NULL_MEANS_DEFAULT}`,
  })
  timeFormat: string | null = null;

  @Field(() => String, { nullable: true, description: `"." or ",". ${NULL_MEANS_DEFAULT}` })
  decimalSeparator: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: `",", ".", " " (space), "'" or "" (no grouping); differs from the decimal separator. ${NULL_MEANS_DEFAULT}`,
  })
  thousandsSeparator: string | null = null;

  @Field(() => Weekday, { nullable: true, description: NULL_MEANS_DEFAULT })
  firstDayOfWeek: Weekday | null = null;

  @Field(() => String, { nullable: true, description: `IANA time zone such as Europe/Warsaw. ${NULL_MEANS_DEFAULT}` })
  timeZone: string | null = null;
}

@InputType({ description: `User-defined Format Preferences. ${NULL_MEANS_DEFAULT}` })
export class FormatPreferencesInput {
  @Field(() => String, { nullable: true })
  dateFormat?: string | null;

  @Field(() => String, { nullable: true })
  timeFormat?: string | null;

  @Field(() => String, { nullable: true })
  decimalSeparator?: string | null;

  @Field(() => String, { nullable: true })
  thousandsSeparator?: string | null;

  @Field(() => Weekday, { nullable: true })
  firstDayOfWeek?: Weekday | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;
}

const DATE_TOKEN = /yyyy|yy|MMM|MM|M|dd|d|[./\- ]/g;
const TIME_TOKEN = /HH|H|hh|h|mm|ss|a|[:. ]/g;
const DECIMAL_SEPARATORS = ['.', ','];
const THOUSANDS_SEPARATORS = [',', '.', ' ', "'", ''];

function tokensCover(pattern: string, tokenPattern: RegExp): string[] | null {
  const tokens = pattern.match(tokenPattern) ?? [];
  return tokens.join('') === pattern ? tokens : null;
}

function fail(field: keyof FormatPreferences, message: string): never {
  throw new BadUserInputError(message, `formatPreferences.${field}`);
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks user-defined values and returns them with blanks turned into "default for the language". */
export function validateFormatPreferences(input: FormatPreferencesInput): FormatPreferences {
  const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value);
  const result = new FormatPreferences();

  const dateFormat = blankToNull(input.dateFormat);
  if (dateFormat !== null) {
    const tokens = tokensCover(dateFormat, DATE_TOKEN);
    if (!tokens || dateFormat.length > 20)
      fail('dateFormat', 'Date format may only use d, dd, M, MM, MMM, yy, yyyy and the separators . / - and space.');
    const has = (prefix: string) => tokens.some((token) => token.startsWith(prefix));
    if (!has('d') || !has('M') || !has('y')) fail('dateFormat', 'Date format must contain a day (d), a month (M) and a year (y).');
    result.dateFormat = dateFormat;
  }

  const timeFormat = blankToNull(input.timeFormat);
  if (timeFormat !== null) {
    const tokens = tokensCover(timeFormat, TIME_TOKEN);
    if (!tokens || timeFormat.length > 20)
      fail('timeFormat', 'Time format may only use H, HH, h, hh, mm, ss, a and the separators : . and space.');
    const twelveHour = tokens.some((token) => token.startsWith('h'));
    const twentyFourHour = tokens.some((token) => token.startsWith('H'));
    if (twelveHour === twentyFourHour) fail('timeFormat', 'Time format must contain the hour once, as H/HH (24-hour) or h/hh (12-hour).');
    if (!tokens.includes('mm')) fail('timeFormat', 'Time format must contain the minutes (mm).');
    if (twelveHour !== tokens.includes('a'))
      fail('timeFormat', 'A 12-hour time format (h) needs the AM/PM marker (a), and only it may use one.');
    result.timeFormat = timeFormat;
  }

  if (input.decimalSeparator !== undefined && input.decimalSeparator !== null && input.decimalSeparator !== '') {
    if (!DECIMAL_SEPARATORS.includes(input.decimalSeparator)) fail('decimalSeparator', 'Decimal separator must be "." or ",".');
    result.decimalSeparator = input.decimalSeparator;
  }

  // An empty string is a real choice here ("no grouping"), so only null/undefined mean "default".
  if (input.thousandsSeparator !== undefined && input.thousandsSeparator !== null) {
    if (!THOUSANDS_SEPARATORS.includes(input.thousandsSeparator)) {
      fail('thousandsSeparator', 'Thousands separator must be ",", ".", a space, "\'" or empty (no grouping).');
    }
    result.thousandsSeparator = input.thousandsSeparator;
  }
  if (result.thousandsSeparator !== null && result.thousandsSeparator === result.decimalSeparator) {
    fail('thousandsSeparator', 'Thousands separator must differ from the decimal separator.');
  }

  result.firstDayOfWeek = input.firstDayOfWeek ?? null;

  const timeZone = blankToNull(input.timeZone);
  if (timeZone !== null) {
    if (!isKnownTimeZone(timeZone)) fail('timeZone', `"${timeZone}" is not a known time zone; use an IANA name such as Europe/Berlin.`);
    result.timeZone = timeZone;
  }
  return result;
}
