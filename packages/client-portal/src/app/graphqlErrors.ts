import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { TFunction } from 'i18next';
import { apiErrorMessage, toApiError, type ApiError } from './apiErrorMessages';

export type { ApiError } from './apiErrorMessages';

/** The GraphQL errors inside what Apollo threw; empty when the server was not reached at all. */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map(toApiError);
}

/** True when the API refused with this code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((apiError) => apiError.code === code);
}

/** A message a person can act on, in the reader's language; a server out of reach gets its own message. */
export function errorMessage(error: unknown, t: TFunction): string {
  const [first] = apiErrors(error);
  if (first) return apiErrorMessage(first, t);
  if (ServerError.is(error) || ServerParseError.is(error)) return t('errors.unexpected');
  return t('errors.network');
}
