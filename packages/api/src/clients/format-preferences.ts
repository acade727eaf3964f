import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import {
  datePatternProblem,
  decimalSeparators,
  isKnownTimeZone,
  thousandsSeparators,
  timePatternProblem,
  type DatePatternProblem,
  type TimePatternProblem,
} from '@portico/domain';
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

/** What the API says for each way a pattern breaks the rules (the rules themselves live in @portico/domain). */
const DATE_PROBLEMS: Record<DatePatternProblem, string> = {
  UNKNOWN_TOKEN: 'Date format may only use d, dd, M, MM, MMM, yy, yyyy and the separators . / - and space.',
  TOO_LONG: 'Date format may only use d, dd, M, MM, MMM, yy, yyyy and the separators . / - and space.',
  MISSING_PART: 'Date format must contain a day (d), a month (M) and a year (y).',
};

const TIME_PROBLEMS: Record<TimePatternProblem, string> = {
  UNKNOWN_TOKEN: 'Time format may only use H, HH, h, hh, mm, ss, a and the separators : . and space.',
  TOO_LONG: 'Time format may only use H, HH, h, hh, mm, ss, a and the separators : . and space.',
  HOUR: 'Time format must contain the hour once, as H/HH (24-hour) or h/hh (12-hour).',
  MINUTES: 'Time format must contain the minutes (mm).',
  AM_PM: 'A 12-hour time format (h) needs the AM/PM marker (a), and only it may use one.',
};

function fail(field: keyof FormatPreferences, message: string, reason?: string): never {
  throw new BadUserInputError(message, `formatPreferences.${field}`, reason ? { reason } : {});
}

/** Checks user-defined values and returns them with blanks turned into "default for the language". */
export function validateFormatPreferences(input: FormatPreferencesInput): FormatPreferences {
  const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value);
  const result = new FormatPreferences();

  const dateFormat = blankToNull(input.dateFormat);
  if (dateFormat !== null) {
    const problem = datePatternProblem(dateFormat);
    if (problem) fail('dateFormat', DATE_PROBLEMS[problem], problem);
    result.dateFormat = dateFormat;
  }

  const timeFormat = blankToNull(input.timeFormat);
  if (timeFormat !== null) {
    const problem = timePatternProblem(timeFormat);
    if (problem) fail('timeFormat', TIME_PROBLEMS[problem], problem);
    result.timeFormat = timeFormat;
  }

  if (input.decimalSeparator !== undefined && input.decimalSeparator !== null && input.decimalSeparator !== '') {
    if (!decimalSeparators.some((separator) => separator === input.decimalSeparator))
      fail('decimalSeparator', 'Decimal separator must be "." or ",".');
    result.decimalSeparator = input.decimalSeparator;
  }

  // An empty string is a real choice here ("no grouping"), so only null/undefined mean "default".
  if (input.thousandsSeparator !== undefined && input.thousandsSeparator !== null) {
    if (!thousandsSeparators.some((separator) => separator === input.thousandsSeparator)) {
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
