import { CombinedGraphQLErrors, ServerError, ServerParseError, type ErrorLike } from '@apollo/client';
import { ErrorCode } from '@portico/domain';
import type { TFunction } from 'i18next';
import { describe } from './apiErrorMessages';

export function hasErrorCode(error: ErrorLike | undefined, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** A message a person can act on; a server out of reach or answering oddly gets its own message. */
export function errorMessage(error: ErrorLike, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => describe(e, t)))];
    return messages.length > 0 ? messages.join(' ') : t('errors.unexpected');
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return t('errors.unexpected');
  return t('errors.network');
}
