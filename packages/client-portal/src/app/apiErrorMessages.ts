import type { ErrorCode } from '@portico/domain';
import type { WireGraphQLError } from '@portico/ui';
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
  /** `extensions.challenge` of SECOND_FACTOR_REQUIRED: what the code step (or the enrolment) goes on with. */
  challenge: string | null;
  /** `extensions.enrolmentRequired` of SECOND_FACTOR_REQUIRED: the client's group requires an authenticator app first. */
  enrolmentRequired: boolean;
  message: string;
}

const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** One GraphQL error of an answer, as the screens read it. */
export function toApiError({ message, extensions }: WireGraphQLError): ApiError {
  return {
    code: asString(extensions?.code),
    field: asString(extensions?.field),
    reason: asString(extensions?.reason),
    retryAfterSeconds: typeof extensions?.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : null,
    challenge: asString(extensions?.challenge),
    enrolmentRequired: extensions?.enrolmentRequired === true,
    message,
  };
}

/**
 * Every code the API answers with, in the reader's language; keyed by the shared codes
 * (@portico/domain), so a new code fails the build until the portal says it. No English sentence of
 * the API reaches a reader: forms show their own messages per field and per rule.
 */
const codeMessages = {
  BAD_USER_INPUT: (t) => t('errors.badInput'),
  UNAUTHENTICATED: (t) => t('errors.signedOut'),
  FORBIDDEN: (t) => t('errors.forbidden'),
  NOT_FOUND: (t) => t('errors.notFound'),
  CONFLICT: (t) => t('errors.conflict'),
  READ_ONLY_SESSION: (t) => t('errors.readOnlySession'),
  SECOND_FACTOR_REQUIRED: (t) => t('errors.secondFactorRequired'),
  RATE_LIMITED: (t, error) => t('errors.rateLimited', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) }),
  INTERNAL_SERVER_ERROR: (t) => t('errors.unexpected'),
} satisfies Record<ErrorCode, (t: TFunction, error: ApiError) => string>;

function isErrorCode(code: string | null): code is ErrorCode {
  return code !== null && Object.hasOwn(codeMessages, code);
}

/** What the API's answer means to the reader, in the reader's language. */
export function apiErrorMessage(apiError: ApiError, t: TFunction): string {
  return isErrorCode(apiError.code) ? codeMessages[apiError.code](t, apiError) : t('errors.unexpected');
}
