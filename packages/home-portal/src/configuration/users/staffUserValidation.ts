import type { TFunction } from 'i18next';
import type { PasswordPolicyRules } from '@portico/domain';
import { EMAIL_SHAPE } from '../../forms/zodChecks';
import { passwordPolicyProblem } from '../password-policies/passwordPolicyRules';

/** The API's rule for Home Portal usernames. */
export const STAFF_USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,49}$/;

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

/** A new password and its repetition, as a form checks them: the Home Portal's password policy, then that both match. */
export function newPasswordProblems(
  password: string,
  repeated: string,
  username: string,
  policy: PasswordPolicyRules,
  t: TFunction,
): { password: string | null; repeated: string | null } {
  return {
    password: passwordPolicyProblem(password, username, policy, t),
    repeated: repeated === password ? null : t('users.validation.passwordsDiffer'),
  };
}
