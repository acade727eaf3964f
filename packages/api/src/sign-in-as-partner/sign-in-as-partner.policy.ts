import type { EffectiveAccess } from '../clients/effective-access';
import { SpecialRight, type StaffRight } from '../staff/staff-rights';

export type SignInAsPartnerRefusal = 'MISSING_SIGN_IN_AS_PARTNER_RIGHT' | 'CLIENT_CANNOT_SIGN_IN';

export interface SignInAsPartnerDecision {
  allowed: boolean;
  reason: SignInAsPartnerRefusal | null;
  /** Whether the staff member may also choose "allow changes" (Sign in as Partner with changes). */
  changesAllowed: boolean;
}

/**
 * Whether a staff member may use "Sign in as this Partner" for a client, and whether with changes.
 * The one place this is decided: the `canSignInAsPartner` and `canSignInAsPartnerWithChanges`
 * fields show it, and the sign-in mutation and every impersonated request enforce it.
 */
export function evaluateSignInAsPartner(
  staffRights: ReadonlySet<StaffRight>,
  access: Pick<EffectiveAccess, 'canSignIn'>,
): SignInAsPartnerDecision {
  if (!staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER))
    return { allowed: false, reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT', changesAllowed: false };
  if (!access.canSignIn) return { allowed: false, reason: 'CLIENT_CANNOT_SIGN_IN', changesAllowed: false };
  return { allowed: true, reason: null, changesAllowed: staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES) };
}
