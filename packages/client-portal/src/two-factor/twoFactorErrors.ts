import type { TFunction } from 'i18next';
import { apiErrors, errorMessage } from '../app/graphqlErrors';

/** A refused code step in the reader's language: a wrong code, an expired sign-in, a missing key, or the generic message. */
export function twoFactorErrorMessage(error: unknown, t: TFunction): { message: string; challengeExpired: boolean } {
  const [first] = apiErrors(error);
  if (first?.reason === 'CODE_INVALID') return { message: t('twoFactor.codeInvalid'), challengeExpired: false };
  if (first?.reason === 'CHALLENGE_INVALID') return { message: t('twoFactor.challengeExpired'), challengeExpired: true };
  if (first?.reason === 'SECRETS_KEY_MISSING') return { message: t('twoFactor.unavailable'), challengeExpired: false };
  return { message: errorMessage(error, t), challengeExpired: false };
}
