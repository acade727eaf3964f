import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { TFunction } from 'i18next';

/** One error the API answered with, reduced to what a screen decides on. */
export interface ApiError {
  /** `extensions.code`, e.g. BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN. */
  code: string | null;
  /** `extensions.field`: the input at fault, e.g. `password` or `formatPreferences.timeZone`. */
  field: string | null;
  /** `extensions.reason`, e.g. TOKEN_EXPIRED. */
  reason: string | null;
  /** `extensions.retryAfterSeconds` of a RATE_LIMITED refusal. */
  retryAfterSeconds: number | null;
  message: string;
}

const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The GraphQL errors inside what Apollo threw; empty when the server was not reached at all. */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((graphQLError) => ({
    code: asString(graphQLError.extensions?.code),
    field: asString(graphQLError.extensions?.field),
    reason: asString(graphQLError.extensions?.reason),
    retryAfterSeconds: typeof graphQLError.extensions?.retryAfterSeconds === 'number' ? graphQLError.extensions.retryAfterSeconds : null,
    message: graphQLError.message,
  }));
}

/** True when the API refused with this code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((apiError) => apiError.code === code);
}

/**
 * A message a person can act on. Refusals the portal knows are said in the reader's language; other
 * API messages are shown as the API wrote them; a server out of reach gets its own message.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const [first] = apiErrors(error);
  if (first) {
    switch (first.code) {
      case 'UNAUTHENTICATED':
        return t('errors.signedOut');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'READ_ONLY_SESSION':
        return t('errors.readOnlySession');
      case 'RATE_LIMITED':
        return t('errors.rateLimited', { minutes: Math.max(1, Math.ceil((first.retryAfterSeconds ?? 60) / 60)) });
      case 'INTERNAL_SERVER_ERROR':
        return t('errors.unexpected');
      default:
        return first.message || t('errors.unexpected');
    }
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return t('errors.unexpected');
  return t('errors.network');
}
