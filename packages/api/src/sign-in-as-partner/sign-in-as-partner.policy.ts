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
}: SignInAsPartnerCase): SignInAsPartnerDecision {
  const changesAllowed = staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER_WITH_CHANGES);
  const refused = (reason: SignInAsPartnerRefusal): SignInAsPartnerDecision => ({ allowed: false, reason, changesAllowed: false });
  if (!staffRights.has(SpecialRight.SIGN_IN_AS_PARTNER)) return refused(SignInAsPartnerRefusal.MISSING_SIGN_IN_AS_PARTNER_RIGHT);
  if (allowChanges && !changesAllowed) return refused(SignInAsPartnerRefusal.MISSING_SIGN_IN_AS_PARTNER_WITH_CHANGES_RIGHT);
  if (!portalAvailable) return refused(SignInAsPartnerRefusal.PORTAL_UNAVAILABLE);
  if (!access.canSignIn) return refused(SignInAsPartnerRefusal.CLIENT_CANNOT_SIGN_IN);
  return { allowed: true, reason: null, changesAllowed };
}
