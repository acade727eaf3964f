import type { TFunction } from 'i18next';
import type { ApiError } from '../app/graphqlErrors';

/** The API's rules for a new Client Portal password. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'CONTAINS_USERNAME';

/** Why the API would refuse a new password, or null. Without a username (a link's page), only the length is known. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (password.length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'CONTAINS_USERNAME';
  return null;
}

export function passwordProblemMessage(problem: PasswordProblem, t: TFunction): string {
  switch (problem) {
    case 'TOO_SHORT':
      return t('password.tooShort', { min: MIN_PASSWORD_LENGTH });
    case 'TOO_LONG':
      return t('password.tooLong', { max: MAX_PASSWORD_LENGTH });
    case 'CONTAINS_USERNAME':
      return t('password.containsUsername');
  }
}

/**
 * The API's refusal of a new password in the reader's language. The API names no rule, so its
 * message tells which one; one the portal does not know is shown as the API wrote it.
 */
export function serverPasswordMessage(apiError: ApiError, t: TFunction): string {
  if (/username/i.test(apiError.message)) return passwordProblemMessage('CONTAINS_USERNAME', t);
  if (/at least/i.test(apiError.message)) return passwordProblemMessage('TOO_SHORT', t);
  if (/at most/i.test(apiError.message)) return passwordProblemMessage('TOO_LONG', t);
  return apiError.message;
}
