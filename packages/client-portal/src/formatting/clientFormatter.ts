/** The client's formats: the rule lives in `@portico/domain`, shared with the API's documents. */
export {
  createClientFormatter,
  noFormatPreferences,
  type ClientFormatter,
  type FormatPreferencesValues,
  type MoneyValue,
} from '@portico/domain';
