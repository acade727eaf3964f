/**
 * The codes the API answers with, in one place for the API and both portals. Each portal maps
 * every code to a translated message in a table the compiler checks (`satisfies Record<Code, ...>`),
 * so a new code fails the build until both portals say it in every language.
 */

/** `extensions.code` of every GraphQL error. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** A change attempted in a read-only "Sign in as this Partner" session. */
  READ_ONLY_SESSION = 'READ_ONLY_SESSION',
  /** Too many attempts from this network or for this account; `retryAfterSeconds` says when to try again. */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * The password was right and a second factor is due: `challenge` (single use, short-lived) goes with
   * the code to `signInWithSecondFactor` / `clientSignInWithSecondFactor`; with `enrolmentRequired`
   * the account must first enrol an authenticator app (the user's group requires it).
   */
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** `extensions.reason` of a refused welcome, reset or Sign in as Partner link. */
export enum TokenProblem {
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_USED = 'TOKEN_USED',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
}

/** Why "Sign in as this Partner" is refused. */
export enum SignInAsPartnerRefusal {
  MISSING_SIGN_IN_AS_PARTNER_RIGHT = 'MISSING_SIGN_IN_AS_PARTNER_RIGHT',
  /** Changes were asked for without the "Sign in as Partner with changes" right. */
  MISSING_SIGN_IN_AS_PARTNER_WITH_CHANGES_RIGHT = 'MISSING_SIGN_IN_AS_PARTNER_WITH_CHANGES_RIGHT',
  CLIENT_CANNOT_SIGN_IN = 'CLIENT_CANNOT_SIGN_IN',
  /** Client Portal 2.0 is off, so there is no portal to enter. */
  PORTAL_UNAVAILABLE = 'PORTAL_UNAVAILABLE',
  /** A stated reason of the allowed length is missing. */
  REASON_REQUIRED = 'REASON_REQUIRED',
  /** The staff member's user group requires two-factor sign-in, and this session was started without it. */
  STAFF_SECOND_FACTOR_REQUIRED = 'STAFF_SECOND_FACTOR_REQUIRED',
}

/** Why a User Management action is refused: nobody grants, or takes over, more than they hold. */
export enum UserManagementRefusal {
  /** The viewer's group lacks the User Management right the action needs. */
  MISSING_RIGHT = 'MISSING_RIGHT',
  /** Only members of Administrators may put anyone into Administrators or act on an administrator. */
  ADMINISTRATORS_ONLY = 'ADMINISTRATORS_ONLY',
  /** The user or group holds rights the viewer lacks; acting on it (a new password, say) could hand them over. */
  TARGET_HOLDS_MORE_RIGHTS = 'TARGET_HOLDS_MORE_RIGHTS',
  /** The group or the rights chosen include rights the viewer does not hold. */
  RIGHTS_NOT_HELD = 'RIGHTS_NOT_HELD',
  /** Nobody edits the rights of their own user group. */
  OWN_GROUP = 'OWN_GROUP',
  /** Nobody moves themselves to another user group. */
  OWN_GROUP_CHANGE = 'OWN_GROUP_CHANGE',
  /** Your own password is changed with the current one (changeStaffPassword), never set by User Management. */
  OWN_PASSWORD = 'OWN_PASSWORD',
  /** Nobody deletes their own account. */
  SELF_DELETE = 'SELF_DELETE',
  /** The Administrators group always holds every right, keeps its name and cannot be deleted. */
  BUILT_IN_GROUP = 'BUILT_IN_GROUP',
}

/** `extensions.reason` of a refused deleteClient. */
export enum ClientDeletionRefusal {
  /** The client has projects, quotes or requests (counts in `projectCount`, `quoteCount`, `requestCount`); set it Inactive instead. */
  CLIENT_HAS_WORK = 'CLIENT_HAS_WORK',
}

/** `extensions.reason` of a refused deleteClientGroup. */
export enum ClientGroupDeletionRefusal {
  /** Clients have the group chosen in "Assign to Group" (how many in `clientCount`); assign them elsewhere first. */
  GROUP_IN_USE = 'GROUP_IN_USE',
}

/** `extensions.reason` of a refused two-factor step. */
export enum TwoFactorProblem {
  /** The code (TOTP or recovery code) is wrong, already used, or outside the time window. */
  CODE_INVALID = 'CODE_INVALID',
  /** The sign-in challenge is unknown, used or expired: start again with the password. */
  CHALLENGE_INVALID = 'CHALLENGE_INVALID',
  /** The account has no authenticator app enrolled. */
  NOT_ENROLLED = 'NOT_ENROLLED',
  /** The account already has an authenticator app; remove it first. */
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  /** The server has no SECRETS_KEY, so it cannot keep authenticator secrets. */
  SECRETS_KEY_MISSING = 'SECRETS_KEY_MISSING',
}
