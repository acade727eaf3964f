import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';

/** The error codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | (string & {});

export function hasErrorCode(error: ErrorLike | undefined, code: ApiErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/**
 * A message a person can act on: the API's own message for GraphQL errors (it already hides
 * unexpected ones), a translated one when the server could not be reached or answered oddly.
 */
export function errorMessage(error: ErrorLike, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter((m) => m.length > 0);
    return messages.length > 0 ? messages.join(' ') : t('errors.unexpected');
  }
  if (ServerError.is(error)) return t('errors.unexpected');
  return t('errors.network');
}
