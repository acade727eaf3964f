import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { ErrorCode } from '@portico/domain';
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

/** The GraphQL errors inside what Apollo threw; empty when the server was not reached at all. */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((graphQLError) => ({
    code: asString(graphQLError.extensions?.code),
    field: asString(graphQLError.extensions?.field),
    reason: asString(graphQLError.extensions?.reason),
    retryAfterSeconds: typeof graphQLError.extensions?.retryAfterSeconds === 'number' ? graphQLError.extensions.retryAfterSeconds : null,
    challenge: asString(graphQLError.extensions?.challenge),
    enrolmentRequired: graphQLError.extensions?.enrolmentRequired === true,
    message: graphQLError.message,
  }));
}

/** True when the API refused with this code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((apiError) => apiError.code === code);
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

/** A message a person can act on, in the reader's language; a server out of reach gets its own message. */
export function errorMessage(error: unknown, t: TFunction): string {
  const [first] = apiErrors(error);
  if (first) return isErrorCode(first.code) ? codeMessages[first.code](t, first) : t('errors.unexpected');
  if (ServerError.is(error) || ServerParseError.is(error)) return t('errors.unexpected');
  return t('errors.network');
}
