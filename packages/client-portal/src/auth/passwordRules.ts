import { PASSWORD_LENGTH, PasswordProblem, passwordProblem as sharedPasswordProblem } from '@portico/domain';
import type { TFunction } from 'i18next';
import type { ApiError } from '../app/graphqlErrors';

/** The API's rules for a new password, from @portico/domain: the portal checks the same ones as people type. */
export const MIN_PASSWORD_LENGTH = PASSWORD_LENGTH.min;

export { PasswordProblem };

/** Why the API would refuse a new password, or null. Without a username (a link's page), only the length is known. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  return sharedPasswordProblem(password, username ?? '');
}

/** Each rule in the reader's language; keyed by the shared codes, so a new rule fails the build until it is said here. */
const messages = {
  TOO_SHORT: (t) => t('password.tooShort', { min: PASSWORD_LENGTH.min }),
  TOO_LONG: (t) => t('password.tooLong', { max: PASSWORD_LENGTH.max }),
  CONTAINS_USERNAME: (t) => t('password.containsUsername'),
} satisfies Record<PasswordProblem, (t: TFunction) => string>;

export function passwordProblemMessage(problem: PasswordProblem, t: TFunction): string {
  return messages[problem](t);
}

/** The API's refusal of a new password in the reader's language, by the rule it names in `reason`. */
export function serverPasswordMessage(apiError: ApiError, t: TFunction): string {
  const rule = Object.values(PasswordProblem).find((problem) => problem === apiError.reason);
  return rule ? passwordProblemMessage(rule, t) : apiError.message;
}
