import { SignInAsPartnerRefusal } from '@portico/domain';
import type { EffectiveAccess } from '../clients/effective-access';
import { SpecialRight, type StaffRight } from '../staff/staff-rights';

export { SignInAsPartnerRefusal };

export interface SignInAsPartnerDecision {
  allowed: boolean;
  reason: SignInAsPartnerRefusal | null;
  /** Whether the staff member may also choose "allow changes" (Sign in as Partner with changes). */
  changesAllowed: boolean;
}

/** What the decision is taken on: the staff member's rights as they are now, the client's access, the portal, and whether changes are asked for. */
export interface SignInAsPartnerCase {
  staffRights: ReadonlySet<StaffRight>;
  access: Pick<EffectiveAccess, 'canSignIn'>;
  portalAvailable: boolean;
  allowChanges?: boolean;
  /**
   * Whether the staff member's user group requires two-factor sign-in, and whether the staff session
   * was started with a second factor. Left out where no staff session takes part (the Client Portal's
   * code exchange and later requests: the start already decided it). The client's own second factor
   * never matters here.
   */
  staffSecondFactor?: { required: boolean; used: boolean };
}

/**
 * Whether a staff member may use "Sign in as this Partner" for a client, and whether with changes.
 * The one place this is decided: the `canSignInAsPartner` and `canSignInAsPartnerWithChanges`
 * fields show it, and the start, the code exchange and every later request of the session enforce it.
 */
export function evaluateSignInAsPartner({
  staffRights,
  access,
  portalAvailable,
  allowChanges = false,
  staffSecondFactor,
}: SignInAsPartnerCase): SignInAsPartnerDecision {
  const changesAllowed = staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES);
  const refused = (reason: SignInAsPartnerRefusal): SignInAsPartnerDecision => ({ allowed: false, reason, changesAllowed: false });
  if (!staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER)) return refused(SignInAsPartnerRefusal.MISSING_SIGN_IN_AS_PARTNER_RIGHT);
  if (staffSecondFactor?.required && !staffSecondFactor.used) return refused(SignInAsPartnerRefusal.STAFF_SECOND_FACTOR_REQUIRED);
  if (allowChanges && !changesAllowed) return refused(SignInAsPartnerRefusal.MISSING_SIGN_IN_AS_PARTNER_WITH_CHANGES_RIGHT);
  if (!portalAvailable) return refused(SignInAsPartnerRefusal.PORTAL_UNAVAILABLE);
  if (!access.canSignIn) return refused(SignInAsPartnerRefusal.CLIENT_CANNOT_SIGN_IN);
  return { allowed: true, reason: null, changesAllowed };
}
