import type { TFunction } from 'i18next';
import type { SignInOutcome } from '@portico/ui';
import { apiErrorMessage, type ApiError } from '../app/apiErrorMessages';

/**
 * The one reading of a refused sign-in: a second factor owed goes on to the code step; every
 * refusal of the password is the same message, whatever the reason (no hint for guessing).
 */
export function refusedSignIn(errors: ApiError[], t: TFunction, unreachableMessage: string): SignInOutcome {
  const secondFactor = errors.find((apiError) => apiError.code === 'SECOND_FACTOR_REQUIRED');
  if (secondFactor?.challenge) {
    return { kind: 'secondFactor', challenge: secondFactor.challenge, enrolmentRequired: secondFactor.enrolmentRequired };
  }
  const [first] = errors;
  if (!first) return { kind: 'refused', message: unreachableMessage };
  if (first.code === 'UNAUTHENTICATED') return { kind: 'refused', message: t('signIn.refused') };
  return { kind: 'refused', message: apiErrorMessage(first, t) };
}
