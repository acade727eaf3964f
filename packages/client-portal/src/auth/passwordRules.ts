import { useQuery } from '@apollo/client/react';
import {
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_LENGTH,
  PasswordProblem,
  PasswordStrength,
  effectiveMinLength,
  passwordProblem as sharedPasswordProblem,
  type PasswordPolicyRules,
} from '@portico/domain';
import type { TFunction } from 'i18next';
import type { ApiError } from '../app/graphqlErrors';
import { ClientPasswordPolicyDocument } from '../gql/graphql';

export { PasswordProblem };

/**
 * The Client Portal's password policy as the API enforces it (Home Portal → Configuration →
 * Password policies); the defaults until it has loaded, or if it cannot be read.
 */
export function usePasswordPolicy(): PasswordPolicyRules {
  const { data } = useQuery(ClientPasswordPolicyDocument);
  const policy = data?.passwordPolicy;
  return policy
    ? { strength: policy.strength as PasswordStrength, minLength: policy.minLength, rejectCommonPasswords: policy.rejectCommonPasswords }
    : DEFAULT_PASSWORD_POLICY;
}

/** Why the API would refuse a new password, or null. Without a username (a link's page), the username rule is left out. */
export function passwordProblem(password: string, policy: PasswordPolicyRules, username?: string): PasswordProblem | null {
  return sharedPasswordProblem(password, username ?? '', policy);
}

/** Each broken rule in the reader's language; keyed by the shared codes, so a new rule fails the build until it is said here. */
const messages = {
  TOO_SHORT: (t, policy) => t('password.tooShort', { min: effectiveMinLength(policy) }),
  TOO_LONG: (t) => t('password.tooLong', { max: PASSWORD_LENGTH.max }),
  CONTAINS_USERNAME: (t) => t('password.containsUsername'),
  NO_LOWERCASE: (t) => t('password.noLowercase'),
  NO_UPPERCASE: (t) => t('password.noUppercase'),
  NO_DIGIT: (t) => t('password.noDigit'),
  NO_SPECIAL_CHARACTER: (t) => t('password.noSpecialCharacter'),
  COMMONLY_USED: (t) => t('password.commonlyUsed'),
} satisfies Record<PasswordProblem, (t: TFunction, policy: PasswordPolicyRules) => string>;

/** Each rule as the checklist states it, before anything is typed. */
const ruleLabels = {
  TOO_SHORT: (t, policy) => t('password.checklist.TOO_SHORT', { min: effectiveMinLength(policy) }),
  TOO_LONG: (t) => t('password.checklist.TOO_LONG', { max: PASSWORD_LENGTH.max }),
  CONTAINS_USERNAME: (t) => t('password.checklist.CONTAINS_USERNAME'),
  NO_LOWERCASE: (t) => t('password.checklist.NO_LOWERCASE'),
  NO_UPPERCASE: (t) => t('password.checklist.NO_UPPERCASE'),
  NO_DIGIT: (t) => t('password.checklist.NO_DIGIT'),
  NO_SPECIAL_CHARACTER: (t) => t('password.checklist.NO_SPECIAL_CHARACTER'),
  COMMONLY_USED: (t) => t('password.checklist.COMMONLY_USED'),
} satisfies Record<PasswordProblem, (t: TFunction, policy: PasswordPolicyRules) => string>;

export function passwordProblemMessage(
  problem: PasswordProblem,
  t: TFunction,
  policy: PasswordPolicyRules = DEFAULT_PASSWORD_POLICY,
): string {
  return messages[problem](t, policy);
}

export function passwordRuleLabel(rule: PasswordProblem, t: TFunction, policy: PasswordPolicyRules): string {
  return ruleLabels[rule](t, policy);
}

/** The API's refusal of a new password in the reader's language, by the rule it names in `reason`. */
export function serverPasswordMessage(apiError: ApiError, t: TFunction, policy: PasswordPolicyRules = DEFAULT_PASSWORD_POLICY): string {
  const rule = Object.values(PasswordProblem).find((problem) => problem === apiError.reason);
  return rule ? passwordProblemMessage(rule, t, policy) : apiError.message;
}
