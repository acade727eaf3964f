import { SpecialRight, type StaffRight } from '../staff/staff-rights';
import type { EffectiveAccess } from '../clients/effective-access';

export type SignInAsPartnerDecision =
  | { allowed: true; reason: null }
  | { allowed: false; reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT' | 'CLIENT_CANNOT_SIGN_IN' };

/**
 * Whether a staff member may use "Sign in as this Partner" for a client. The one place this is
 * decided: the `canSignInAsPartner` field shows it, and the sign-in mutation enforces it.
 */
export function evaluateSignInAsPartner(staffRights: ReadonlySet<StaffRight>, access: EffectiveAccess): SignInAsPartnerDecision {
  if (!staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER)) return { allowed: false, reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT' };
  if (!access.canSignIn) return { allowed: false, reason: 'CLIENT_CANNOT_SIGN_IN' };
  return { allowed: true, reason: null };
}
