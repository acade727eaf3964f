import type { TFunction } from 'i18next';
import { EMAIL_SHAPE } from '../../forms/zodChecks';

/** The API's rule for Home Portal usernames. */
export const STAFF_USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,49}$/;

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

export function staffUsernameProblem(username: string, t: TFunction): string | null {
  if (username.length === 0) return t('users.validation.usernameRequired');
  return STAFF_USERNAME_PATTERN.test(username) ? null : t('users.validation.usernameRule');
}

export function fullNameProblem(fullName: string, t: TFunction): string | null {
  if (fullName.trim().length === 0) return t('users.validation.fullNameRequired');
  if (fullName.trim().length > 200) return t('users.validation.fullNameTooLong');
  return null;
}

export function emailProblem(email: string, t: TFunction): string | null {
  return email.trim() === '' || EMAIL_SHAPE.test(email.trim()) ? null : t('users.validation.emailInvalid');
}

/** The API's password rules: at least 10 characters, at most 200, not containing the username. */
export function passwordProblem(password: string, username: string, t: TFunction): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return t('users.validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return t('users.validation.passwordTooLong');
  if (username !== '' && password.toLowerCase().includes(username.toLowerCase())) return t('users.validation.passwordContainsUsername');
  return null;
}

/** A new password and its repetition, as a form checks them: the API's rules, then that both match. */
export function newPasswordProblems(
  password: string,
  repeated: string,
  username: string,
  t: TFunction,
): { password: string | null; repeated: string | null } {
  return {
    password: passwordProblem(password, username, t),
    repeated: repeated === password ? null : t('users.validation.passwordsDiffer'),
  };
}
