import type { FormatPreferencesInput } from '../gql/graphql';
import type { FormatPreferencesValues } from './clientFormatter';

/** Exactly the fields the API reads (the cache adds `__typename`, which an input type refuses). */
export function formatPreferencesInput(preferences: FormatPreferencesValues): FormatPreferencesInput {
  return {
    dateFormat: preferences.dateFormat,
    timeFormat: preferences.timeFormat,
    decimalSeparator: preferences.decimalSeparator,
    thousandsSeparator: preferences.thousandsSeparator,
    firstDayOfWeek: preferences.firstDayOfWeek,
    timeZone: preferences.timeZone,
  };
}
