import { AccountLetterRefusal } from '@portico/domain';
import type { ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../app/graphqlErrors';
import { apiErrors } from '../../forms/serverErrors';
import type { SentLetterFragment } from './clientPortalAccount.generated';

/** The two letters staff send from the System Account. */
export type AccountLetterKind = 'WELCOME' | 'PASSWORD_RESET';

/** Why the API refuses to write a letter (`extensions.reason` and `reasons` of its BAD_USER_INPUT error). */
const letterRefusalReasons: readonly AccountLetterRefusal[] = Object.values(AccountLetterRefusal);
export type LetterRefusalReason = `${AccountLetterRefusal}`;

function isLetterRefusalReason(reason: unknown): reason is LetterRefusalReason {
  return letterRefusalReasons.some((known) => known === reason);
}

/** What became of a "Send Welcome E-mail" or "Send Password Reset E-mail" click. */
export type LetterOutcome =
  | { kind: AccountLetterKind; letter: SentLetterFragment; refusal?: undefined }
  | { kind: AccountLetterKind; letter?: undefined; refusal: string };

/**
 * The sentence for a refused letter: translated for the refusals the API names (no e-mail, no
 * access, the portal not enabled), the API's own message otherwise.
 */
export function letterRefusal(error: ErrorLike, t: TFunction): string {
  for (const apiError of apiErrors(error)) {
    if (apiError.code !== 'BAD_USER_INPUT' || !isLetterRefusalReason(apiError.reason)) continue;
    // Every reason the API gave (`reasons`), not only the first.
    const given: unknown = apiError.extensions.reasons;
    const reasons = Array.isArray(given) ? given.filter((reason): reason is LetterRefusalReason => isLetterRefusalReason(reason)) : [];
    return (reasons.length ? reasons : [apiError.reason]).map((reason) => t(`clientPortalAccount.letterRefusals.${reason}`)).join(' ');
  }
  return errorMessage(error, t);
}
