import { useQuery } from '@apollo/client/react';
import {
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_LENGTH,
  PasswordProblem,
  effectiveMinLength,
  passwordProblem,
  type PasswordPolicyRules,
  type PasswordStrength,
} from '@portico/domain';
import type { TFunction } from 'i18next';
import { StaffPasswordPolicyDocument } from './passwordPolicies.generated';

/** The Home Portal's password policy as the API enforces it; the defaults until it has loaded. */
export function useStaffPasswordPolicy(): PasswordPolicyRules {
  const { data } = useQuery(StaffPasswordPolicyDocument);
  const policy = data?.passwordPolicy;
  return policy
    ? { strength: policy.strength as PasswordStrength, minLength: policy.minLength, rejectCommonPasswords: policy.rejectCommonPasswords }
    : DEFAULT_PASSWORD_POLICY;
}

/** Each broken rule as a field error; keyed by the shared codes, so a new rule fails the build until it is said here. */
const problemMessages = {
  TOO_SHORT: (t, policy) => t('users.validation.passwordTooShort', { count: effectiveMinLength(policy) }),
  TOO_LONG: (t) => t('users.validation.passwordTooLong'),
  CONTAINS_USERNAME: (t) => t('users.validation.passwordContainsUsername'),
  NO_LOWERCASE: (t) => t('passwordRules.problems.NO_LOWERCASE'),
  NO_UPPERCASE: (t) => t('passwordRules.problems.NO_UPPERCASE'),
  NO_DIGIT: (t) => t('passwordRules.problems.NO_DIGIT'),
  NO_SPECIAL_CHARACTER: (t) => t('passwordRules.problems.NO_SPECIAL_CHARACTER'),
  COMMONLY_USED: (t) => t('passwordRules.problems.COMMONLY_USED'),
} satisfies Record<PasswordProblem, (t: TFunction, policy: PasswordPolicyRules) => string>;

/** Each rule as the live checklist states it. */
const ruleLabels = {
  TOO_SHORT: (t, policy) => t('passwordRules.checklist.TOO_SHORT', { count: effectiveMinLength(policy) }),
  TOO_LONG: (t) => t('passwordRules.checklist.TOO_LONG', { count: PASSWORD_LENGTH.max }),
  CONTAINS_USERNAME: (t) => t('passwordRules.checklist.CONTAINS_USERNAME'),
  NO_LOWERCASE: (t) => t('passwordRules.checklist.NO_LOWERCASE'),
  NO_UPPERCASE: (t) => t('passwordRules.checklist.NO_UPPERCASE'),
  NO_DIGIT: (t) => t('passwordRules.checklist.NO_DIGIT'),
  NO_SPECIAL_CHARACTER: (t) => t('passwordRules.checklist.NO_SPECIAL_CHARACTER'),
  COMMONLY_USED: (t) => t('passwordRules.checklist.COMMONLY_USED'),
} satisfies Record<PasswordProblem, (t: TFunction, policy: PasswordPolicyRules) => string>;

export function passwordRuleLabel(rule: PasswordProblem, t: TFunction, policy: PasswordPolicyRules): string {
  return ruleLabels[rule](t, policy);
}

/** The first rule of the policy the password breaks, as a field error, or null. */
export function passwordPolicyProblem(password: string, username: string, policy: PasswordPolicyRules, t: TFunction): string | null {
  const problem = passwordProblem(password, username, policy);
  return problem ? problemMessages[problem](t, policy) : null;
}

/** The API's refusal of a new password (`extensions.reason`) as a field error. */
export function serverPasswordProblem(reason: unknown, policy: PasswordPolicyRules, t: TFunction): string | null {
  const rule = Object.values(PasswordProblem).find((problem) => problem === reason);
  return rule ? problemMessages[rule](t, policy) : null;
}
