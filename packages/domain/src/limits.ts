/** Limits both the API and the portals enforce; the API refuses, the portals say so as people type. */

/** A reason stated for "Sign in as this Partner" (a ticket number, what is being checked). */
export const SIGN_IN_AS_PARTNER_REASON = { min: 5, max: 500 } as const;

/** The most records one page of a list returns. */
export const MAX_PAGE_SIZE = 100;

export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** Why a new password is refused. */
export enum PasswordProblem {
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  CONTAINS_USERNAME = 'CONTAINS_USERNAME',
}

/** Why a new password is refused (the first rule it breaks), or null when it is acceptable. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password.length < PASSWORD_LENGTH.min) return PasswordProblem.TOO_SHORT;
  if (password.length > PASSWORD_LENGTH.max) return PasswordProblem.TOO_LONG;
  if (username !== '' && password.toLowerCase().includes(username.toLowerCase())) return PasswordProblem.CONTAINS_USERNAME;
  return null;
}

/** A project's deadline is "coming" (highlighted on the dashboard) when it is at most this many days away. */
export const DEADLINE_SOON_DAYS = 7;

/** A message in a conversation on a project, quote or request: plain text. */
export const MESSAGE_LENGTH = { min: 1, max: 5000 } as const;

/** At most one e-mail about new messages per conversation within this many minutes. */
export const MESSAGE_LETTER_WINDOW_MINUTES = 5;
