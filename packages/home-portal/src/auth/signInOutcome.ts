import { ErrorCode } from '@portico/domain';
import type { SignInOutcome, WireGraphQLError } from '@portico/ui';
import type { TFunction } from 'i18next';
import { describe } from '../app/apiErrorMessages';

/**
 * The one reading of a refused sign-in, through Apollo or on the first page: a second factor owed
 * goes on to the code step (or the enrolment the group requires); a wrong password is one message.
 */
export function refusedSignIn(errors: readonly WireGraphQLError[], t: TFunction, unreachableMessage: string): SignInOutcome {
  const secondFactor = errors.find((error) => error.extensions?.code === ErrorCode.SECOND_FACTOR_REQUIRED)?.extensions;
  if (typeof secondFactor?.challenge === 'string') {
    return { kind: 'secondFactor', challenge: secondFactor.challenge, enrolmentRequired: secondFactor.enrolmentRequired === true };
  }
  const [first] = errors;
  if (!first) return { kind: 'refused', message: unreachableMessage };
  if (first.extensions?.code === ErrorCode.UNAUTHENTICATED) return { kind: 'refused', message: t('signIn.wrongCredentials') };
  return { kind: 'refused', message: describe(first, t) };
}
