/** Limits both the API and the portals enforce; the API refuses, the portals say so as people type. */

/** A reason stated for "Sign in as this Partner" (a ticket number, what is being checked). */
export const SIGN_IN_AS_PARTNER_REASON = { min: 5, max: 500 } as const;

/** The most records one page of a list returns. */
export const MAX_PAGE_SIZE = 100;

/**
 * `min` is the default minimum length of a password policy; `max` always applies (argon2 hashes
 * whatever it is given, so a megabyte "password" would be work for nothing).
 */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** The range an administrator may choose a policy's minimum length from. */
export const PASSWORD_POLICY_MIN_LENGTH = { min: 1, max: 128 } as const;

/** Medium and Strong passwords have at least this many characters, whatever the policy's own minimum. */
export const MEDIUM_PASSWORD_MIN_LENGTH = 8;

/** A password strength as XTRF defines it, chosen per portal. */
export enum PasswordStrength {
  /** Anything of the policy's minimum length (not containing the username, as Portico always required). */
  WEAK = 'WEAK',
  /** At least 8 characters, upper and lower case, not containing the username. */
  MEDIUM = 'MEDIUM',
  /** Medium, plus a digit and a special character. */
  STRONG = 'STRONG',
}

/** The password rules of one portal (Home Portal staff, or Client Portal clients). */
export interface PasswordPolicyRules {
  strength: PasswordStrength;
  minLength: number;
  /** Refuse passwords on the list of commonly used passwords shipped with the product. */
  rejectCommonPasswords: boolean;
}

/** What a portal's policy is until an administrator changes it: the rules Portico had before policies existed, plus the common-password list. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicyRules = {
  strength: PasswordStrength.WEAK,
  minLength: PASSWORD_LENGTH.min,
  rejectCommonPasswords: true,
};

/** Why a new password is refused: one code per rule, each with a translated message in both portals. */
export enum PasswordProblem {
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  CONTAINS_USERNAME = 'CONTAINS_USERNAME',
  NO_LOWERCASE = 'NO_LOWERCASE',
  NO_UPPERCASE = 'NO_UPPERCASE',
  NO_DIGIT = 'NO_DIGIT',
  NO_SPECIAL_CHARACTER = 'NO_SPECIAL_CHARACTER',
  /** On the list of commonly used passwords (checked by the API only: the list stays on the server). */
  COMMONLY_USED = 'COMMONLY_USED',
}

/** The minimum length a policy really asks for (Medium and Strong never fewer than 8). */
export function effectiveMinLength(policy: PasswordPolicyRules): number {
  return policy.strength === PasswordStrength.WEAK ? policy.minLength : Math.max(policy.minLength, MEDIUM_PASSWORD_MIN_LENGTH);
}

/** One rule of a policy and whether a password meets it; `met` is null for a rule only the API can check. */
export interface PasswordRuleCheck {
  rule: PasswordProblem;
  met: boolean | null;
}

const atLeastMedium = (policy: PasswordPolicyRules) => policy.strength !== PasswordStrength.WEAK;

/**
 * Every rule of the policy, in the order a checklist shows them, with whether the password meets
 * it. TOO_LONG is listed only when broken (nobody needs to be told about 200 characters).
 * `isCommon` is given by the API, which holds the list; without it the rule is left open (`met: null`).
 */
export function passwordRuleChecks(
  password: string,
  username: string,
  policy: PasswordPolicyRules,
  isCommon?: (password: string) => boolean,
): PasswordRuleCheck[] {
  const checks: PasswordRuleCheck[] = [{ rule: PasswordProblem.TOO_SHORT, met: password.length >= effectiveMinLength(policy) }];
  if (password.length > PASSWORD_LENGTH.max) checks.push({ rule: PasswordProblem.TOO_LONG, met: false });
  // Portico always refused a password containing the username; it stays a rule of every level.
  checks.push({
    rule: PasswordProblem.CONTAINS_USERNAME,
    met: username.trim() === '' || !password.toLowerCase().includes(username.trim().toLowerCase()),
  });
  if (atLeastMedium(policy)) {
    checks.push(
      { rule: PasswordProblem.NO_LOWERCASE, met: /\p{Ll}/u.test(password) },
      { rule: PasswordProblem.NO_UPPERCASE, met: /\p{Lu}/u.test(password) },
    );
  }
  if (policy.strength === PasswordStrength.STRONG) {
    checks.push(
      { rule: PasswordProblem.NO_DIGIT, met: /\p{Nd}/u.test(password) },
      { rule: PasswordProblem.NO_SPECIAL_CHARACTER, met: /[^\p{L}\p{Nd}]/u.test(password) },
    );
  }
  if (policy.rejectCommonPasswords) checks.push({ rule: PasswordProblem.COMMONLY_USED, met: isCommon ? !isCommon(password) : null });
  return checks;
}

/** Every rule the password breaks (rules left open count as met), in checklist order. */
export function passwordProblems(
  password: string,
  username: string,
  policy: PasswordPolicyRules,
  isCommon?: (password: string) => boolean,
): PasswordProblem[] {
  return passwordRuleChecks(password, username, policy, isCommon)
    .filter((check) => check.met === false)
    .map((check) => check.rule);
}

/** The first rule the password breaks, or null when it is acceptable (as far as the caller can tell). */
export function passwordProblem(
  password: string,
  username: string,
  policy: PasswordPolicyRules = DEFAULT_PASSWORD_POLICY,
  isCommon?: (password: string) => boolean,
): PasswordProblem | null {
  return passwordProblems(password, username, policy, isCommon)[0] ?? null;
}

/** A TOTP code as people type it: six digits. */
export const TOTP_CODE_PATTERN = /^\d{6}$/;
/** A project's deadline is "coming" (highlighted on the dashboard) when it is at most this many days away. */
export const DEADLINE_SOON_DAYS = 7;

/** A message in a conversation on a project, quote or request: plain text. */
export const MESSAGE_LENGTH = { min: 1, max: 5000 } as const;

/** The most files one message may carry (each within the upload limit). */
export const MESSAGE_ATTACHMENTS_MAX = 10;

/** At most one e-mail about new messages per conversation within this many minutes. */
export const MESSAGE_LETTER_WINDOW_MINUTES = 5;
