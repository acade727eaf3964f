import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../app/graphqlErrors';

/** The `extensions.reason` of the first GraphQL error, if any. */
export function refusalReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}

/** A refused code step: a wrong code, an expired sign-in, a missing key, or the usual message. */
export function twoFactorErrorMessage(error: unknown, t: TFunction): { message: string; challengeExpired: boolean } {
  const reason = refusalReason(error);
  if (reason === 'CODE_INVALID') return { message: t('twoFactor.codeInvalid'), challengeExpired: false };
  if (reason === 'CHALLENGE_INVALID') return { message: t('twoFactor.challengeExpired'), challengeExpired: true };
  if (reason === 'SECRETS_KEY_MISSING') return { message: t('twoFactor.unavailable'), challengeExpired: false };
  return { message: errorMessage(error as ErrorLike, t), challengeExpired: false };
}
