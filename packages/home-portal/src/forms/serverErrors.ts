import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';
import { errorMessage } from '../app/graphqlErrors';

/** One error of a GraphQL answer with the extensions Portico's API sets, read without casts at the call sites. */
export interface ApiError {
  message: string;
  code: string | null;
  /** The input field at fault (`username`, `formatPreferences.timeZone`, ...). */
  field: string | null;
  /** The broken rule, e.g. a CAT tool mapping rule such as `TRADOS_EMAIL`. */
  rule: string | null;
  /** Why an action was refused, e.g. `GROUP_IN_USE`, `LAST_ADMINISTRATOR`. */
  reason: string | null;
  extensions: Readonly<Record<string, unknown>>;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function toApiError(error: GraphQLFormattedError): ApiError {
  const extensions = error.extensions ?? {};
  return {
    message: error.message,
    code: stringOrNull(extensions.code),
    field: stringOrNull(extensions.field),
    rule: stringOrNull(extensions.rule),
    reason: stringOrNull(extensions.reason),
    extensions,
  };
}

/** The GraphQL errors of a failed operation; empty for network and server failures. */
export function apiErrors(error: ErrorLike | null | undefined): ApiError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.map(toApiError) : [];
}

/** The first GraphQL error with `code`, if any. */
export function findApiError(error: ErrorLike | null | undefined, code: string): ApiError | null {
  return apiErrors(error).find((candidate) => candidate.code === code) ?? null;
}

/** A failed save, sorted for the form: messages next to fields, and the rest for an alert. */
export interface SaveFailure {
  /** Messages for fields the form shows, by form path. */
  fieldErrors: Record<string, string>;
  /** Everything else (errors without a field, or about a field the form does not show; network failures), or null. */
  alert: string | null;
}

/**
 * Splits a failed save into messages next to the form's fields (the API names the field in
 * `extensions.field`) and the rest, shown above the buttons.
 */
export function splitSaveError(error: ErrorLike, formFields: readonly string[], t: TFunction): SaveFailure {
  if (!CombinedGraphQLErrors.is(error)) return { fieldErrors: {}, alert: errorMessage(error, t) };
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const apiError of apiErrors(error)) {
    if (apiError.field !== null && formFields.includes(apiError.field)) {
      fieldErrors[apiError.field] ??= apiError.message;
    } else {
      unplaced.push(apiError.message || t('errors.unexpected'));
    }
  }
  return { fieldErrors, alert: unplaced.length > 0 ? unplaced.join(' ') : null };
}

/** The error a rejected mutation promise carries, as Apollo Client hands it over. */
export function asErrorLike(error: unknown): ErrorLike {
  if (error instanceof Error) return error;
  return new Error(String(error));
}
