import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import type { FormatPreferencesValues } from '../formatting/clientFormatter';
import { datePatternProblem, isKnownTimeZone, timePatternProblem } from '@portico/domain';
import type { PortalLanguage, Weekday } from '../gql/graphql';

/** The Select value standing for "Default for my language" (a Select cannot hold null). */
export const DEFAULT = 'DEFAULT';
/** The Select value that opens a field for a pattern of the client's own. */
export const CUSTOM = 'CUSTOM';

/** Patterns offered ready-made; any other pattern the API accepts can be typed in. */
export const datePresets = ['dd.MM.yyyy', 'dd/MM/yyyy', 'MM/dd/yyyy', 'yyyy-MM-dd', 'dd-MM-yyyy', 'd MMM yyyy', 'd.M.yyyy'] as const;
export const timePresets = ['HH:mm', 'HH:mm:ss', 'H:mm', 'h:mm a', 'hh:mm a', 'h:mm:ss a'] as const;

/** The separators the API accepts, under names a Select can hold ("" means no grouping). */
export const decimalSeparators = { DOT: '.', COMMA: ',' } as const;
export const thousandsSeparators = { COMMA: ',', DOT: '.', SPACE: ' ', APOSTROPHE: "'", NONE: '' } as const;
export type DecimalSeparatorKey = keyof typeof decimalSeparators;
export type ThousandsSeparatorKey = keyof typeof thousandsSeparators;

export const portalLanguages = ['EN', 'DE', 'FR', 'ES', 'PL'] as const satisfies readonly PortalLanguage[];
export const weekdays = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const satisfies readonly Weekday[];

export interface PreferencesFormValues {
  preferredLanguage: PortalLanguage;
  /** DEFAULT, one of the presets, or CUSTOM (then `dateFormatCustom` holds the pattern). */
  dateFormatChoice: string;
  dateFormatCustom: string;
  timeFormatChoice: string;
  timeFormatCustom: string;
  decimalSeparator: string;
  thousandsSeparator: string;
  firstDayOfWeek: string;
  timeZone: string;
}

function keyOf(options: Record<string, string>, separator: string | null): string {
  if (separator === null) return DEFAULT;
  return Object.keys(options).find((key) => options[key] === separator) ?? DEFAULT;
}

function valueOf(options: Record<string, string>, key: string): string | null {
  return Object.hasOwn(options, key) ? (options[key] ?? null) : null;
}

function patternChoice(pattern: string | null, presets: readonly string[]): { choice: string; custom: string } {
  if (pattern === null) return { choice: DEFAULT, custom: '' };
  return presets.includes(pattern) ? { choice: pattern, custom: '' } : { choice: CUSTOM, custom: pattern };
}

function chosenPattern(choice: string, custom: string): string | null {
  if (choice === DEFAULT) return null;
  if (choice === CUSTOM) return custom.trim() === '' ? null : custom;
  return choice;
}

function isWeekday(value: string): value is Weekday {
  return (weekdays as readonly string[]).includes(value);
}

export function isPortalLanguage(value: string | null): value is PortalLanguage {
  return value !== null && (portalLanguages as readonly string[]).includes(value);
}

/** The form's starting values from the client's saved preferences. */
export function toFormValues(preferredLanguage: PortalLanguage, preferences: FormatPreferencesValues): PreferencesFormValues {
  const date = patternChoice(preferences.dateFormat, datePresets);
  const time = patternChoice(preferences.timeFormat, timePresets);
  return {
    preferredLanguage,
    dateFormatChoice: date.choice,
    dateFormatCustom: date.custom,
    timeFormatChoice: time.choice,
    timeFormatCustom: time.custom,
    decimalSeparator: keyOf(decimalSeparators, preferences.decimalSeparator),
    thousandsSeparator: keyOf(thousandsSeparators, preferences.thousandsSeparator),
    firstDayOfWeek: preferences.firstDayOfWeek ?? DEFAULT,
    timeZone: preferences.timeZone ?? DEFAULT,
  };
}

/** The Format Preferences the form stands for; null for each "Default for my language". */
export function toFormatPreferences(values: PreferencesFormValues): FormatPreferencesValues {
  return {
    dateFormat: chosenPattern(values.dateFormatChoice, values.dateFormatCustom),
    timeFormat: chosenPattern(values.timeFormatChoice, values.timeFormatCustom),
    decimalSeparator: valueOf(decimalSeparators, values.decimalSeparator),
    thousandsSeparator: valueOf(thousandsSeparators, values.thousandsSeparator),
    firstDayOfWeek: isWeekday(values.firstDayOfWeek) ? values.firstDayOfWeek : null,
    timeZone: values.timeZone === DEFAULT ? null : values.timeZone,
  };
}

/**
 * The form field an API error about `formatPreferences.<field>` belongs on: a pattern's error goes
 * on its text field while the client types its own, else on the choice.
 */
export function formFieldOfApiField(apiField: string, values: PreferencesFormValues): keyof PreferencesFormValues | null {
  switch (apiField.replace(/^formatPreferences\./, '')) {
    case 'dateFormat':
      return values.dateFormatChoice === CUSTOM ? 'dateFormatCustom' : 'dateFormatChoice';
    case 'timeFormat':
      return values.timeFormatChoice === CUSTOM ? 'timeFormatCustom' : 'timeFormatChoice';
    case 'decimalSeparator':
      return 'decimalSeparator';
    case 'thousandsSeparator':
      return 'thousandsSeparator';
    case 'firstDayOfWeek':
      return 'firstDayOfWeek';
    case 'timeZone':
      return 'timeZone';
    case 'preferredLanguage':
      return 'preferredLanguage';
    default:
      return null;
  }
}

/** The API's rules, with a message for each problem, checked as the client types. */
export function preferencesSchema(t: TFunction) {
  return z
    .object({
      preferredLanguage: z.string(),
      dateFormatChoice: z.string(),
      dateFormatCustom: z.string(),
      timeFormatChoice: z.string(),
      timeFormatCustom: z.string(),
      decimalSeparator: z.string(),
      thousandsSeparator: z.string(),
      firstDayOfWeek: z.string(),
      timeZone: z.string(),
    })
    .check(
      z.superRefine((values, context) => {
        const issue = (path: keyof PreferencesFormValues, message: string) =>
          context.addIssue({ code: 'custom', message, path: [path], input: values[path] });
        if (values.dateFormatChoice === CUSTOM) {
          const problem = values.dateFormatCustom.trim() === '' ? 'EMPTY' : datePatternProblem(values.dateFormatCustom);
          if (problem) issue('dateFormatCustom', t(`preferences.dateProblems.${problem}`));
        }
        if (values.timeFormatChoice === CUSTOM) {
          const problem = values.timeFormatCustom.trim() === '' ? 'EMPTY' : timePatternProblem(values.timeFormatCustom);
          if (problem) issue('timeFormatCustom', t(`preferences.timeProblems.${problem}`));
        }
        const decimal = valueOf(decimalSeparators, values.decimalSeparator);
        const thousands = valueOf(thousandsSeparators, values.thousandsSeparator);
        if (decimal !== null && thousands !== null && decimal === thousands)
          issue('thousandsSeparator', t('preferences.separatorsMustDiffer'));
        if (values.timeZone !== DEFAULT && !isKnownTimeZone(values.timeZone)) issue('timeZone', t('preferences.unknownTimeZone'));
      }),
    );
}
