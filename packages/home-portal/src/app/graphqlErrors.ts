import { CombinedGraphQLErrors, ServerError, ServerParseError, type ErrorLike } from '@apollo/client';
import { ErrorCode } from '@portico/domain';
import type { TFunction } from 'i18next';
import type { GraphQLFormattedError } from 'graphql';

export function hasErrorCode(error: ErrorLike | undefined, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

type Describe = (t: TFunction, error: GraphQLFormattedError) => string;

/** The API's own sentence: the Home Portal speaks the API's language, and these name the field or record at fault. */
const apiSentence =
  (fallback: (t: TFunction) => string): Describe =>
  (t, error) =>
    error.message.length > 0 ? error.message : fallback(t);

/**
 * Every code the API answers with; keyed by the shared codes (@portico/domain), so a new code fails
 * the build until the Home Portal says it.
 */
const codeMessages = {
  BAD_USER_INPUT: apiSentence((t) => t('errors.badInput')),
  FORBIDDEN: apiSentence((t) => t('errors.forbidden')),
  NOT_FOUND: apiSentence((t) => t('errors.notFound')),
  CONFLICT: apiSentence((t) => t('errors.conflict')),
  UNAUTHENTICATED: (t) => t('errors.signedOut'),
  READ_ONLY_SESSION: (t) => t('errors.readOnlySession'),
  SECOND_FACTOR_REQUIRED: (t) => t('errors.secondFactorRequired'),
  RATE_LIMITED: (t, error) => {
    const seconds = typeof error.extensions?.retryAfterSeconds === 'number' ? error.extensions.retryAfterSeconds : 60;
    return t('errors.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  },
  INTERNAL_SERVER_ERROR: (t) => t('errors.unexpected'),
} satisfies Record<ErrorCode, Describe>;

function describe(error: GraphQLFormattedError, t: TFunction): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && Object.hasOwn(codeMessages, code) ? codeMessages[code as ErrorCode](t, error) : t('errors.unexpected');
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
