/**
 * Checks of the CAT tools' mapping rules, by the rule codes `catTools` lists, so the Partner
 * Aliases popup can tick them off as the user types. The API checks every rule again; a rule code
 * without a check here is simply left to it.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const between = (min: number, max: number) => (username: string) => username.length >= min && username.length <= max;

export const catToolRuleChecks: Readonly<Record<string, (username: string) => boolean>> = {
  XTM_LENGTH: between(2, 50),
  XTM_CHARACTERS: (username) => /^[\p{L}\p{N}._-]+$/u.test(username),
  PHRASE_LENGTH: between(3, 255),
  PHRASE_NO_WHITESPACE: (username) => !/\s/.test(username),
  MEMOQ_LENGTH: between(1, 100),
  MEMOQ_FORBIDDEN_CHARACTERS: (username) => !/[\\/:*?"<>|]/.test(username),
  TRADOS_EMAIL: (username) => EMAIL.test(username),
  WORDBEE_LENGTH: between(3, 64),
  WORDBEE_CHARACTERS: (username) => /^[\p{L}\p{N}._@-]+$/u.test(username),
  SMARTCAT_EMAIL: (username) => EMAIL.test(username),
  ACROSS_LENGTH: between(1, 104),
  ACROSS_ACCOUNT_FORMAT: (username) => /^([A-Za-z0-9._-]+\\)?[A-Za-z0-9._@-]+$/.test(username),
};

/** Whether `username` meets a rule: true or false, or null when only the API can tell. */
export function checkCatToolRule(code: string, username: string): boolean | null {
  const check = catToolRuleChecks[code];
  return check ? check(username.trim()) : null;
}
