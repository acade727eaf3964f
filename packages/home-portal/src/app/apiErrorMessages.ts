import { ErrorCode } from '@portico/domain';
import type { WireGraphQLError } from '@portico/ui';
import type { TFunction } from 'i18next';

type Describe = (t: TFunction, error: WireGraphQLError) => string;

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

/** What one error of the API's answer means to the reader. */
export function describe(error: WireGraphQLError, t: TFunction): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && Object.hasOwn(codeMessages, code) ? codeMessages[code as ErrorCode](t, error) : t('errors.unexpected');
}
