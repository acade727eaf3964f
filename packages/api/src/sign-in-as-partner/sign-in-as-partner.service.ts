import type { DataSource } from 'typeorm';
import type { RequestContext } from '../auth/context';
import { startClientSession } from '../client-auth/client-session.service';
import { TokenPurpose } from '../client-auth/one-time-token.entity';
import { consumeToken, issueToken } from '../client-auth/one-time-token.service';
import { getClient } from '../clients/client.service';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import { getClientPortalSettings, isPortal2Available, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { ForbiddenError } from '../common/errors';
import type { StaffRight } from '../staff/staff-rights';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import { Impersonation } from './impersonation.entity';
import { evaluateSignInAsPartner } from './sign-in-as-partner.policy';

/** The code in a "Sign in as this Partner" link is good for one use within this time. */
const LINK_LIFETIME_MS = 60_000;

async function refuseUnlessAllowed(context: RequestContext, staffRights: ReadonlySet<StaffRight>, clientId: string | number) {
  const client = await getClient(context.dataSource, clientId);
  const access = evaluateEffectiveAccess(client, await context.loaders.clientGroups());
  const decision = evaluateSignInAsPartner(staffRights, access);
  if (!decision.allowed) {
    const message =
      decision.reason === 'MISSING_SIGN_IN_AS_PARTNER_RIGHT'
        ? 'Your user group lacks the Sign in as Partner right.'
        : `This client cannot sign in to the Client Portal: ${access.explanation}`;
    throw new ForbiddenError(message, { reason: decision.reason });
  }
  const settings = await getClientPortalSettings(context.dataSource);
  if (!isPortal2Available(settings)) {
    throw new ForbiddenError('Client Portal 2.0 is not enabled (Configuration → Portals → Client Portal).', { reason: 'PORTAL_UNAVAILABLE' });
  }
  return { client, settings };
}

/** Step 1, in the Home Portal: a single-use link that opens the Client Portal as the client. */
export async function startSignInAsPartner(context: RequestContext, rawClientId: string): Promise<{ url: string; expiresAt: Date }> {
  const staff = context.staff!;
  const { client, settings } = await refuseUnlessAllowed(context, staff.rights, rawClientId);
  const { token, expiresAt } = await issueToken(context.dataSource, {
    purpose: TokenPurpose.SIGN_IN_AS_PARTNER,
    clientId: client.id,
    staffUserId: staff.user.id,
    lifetimeMs: LINK_LIFETIME_MS,
  });
  return { url: `${portalUrl(settings, context.config)}sign-in-as-partner#code=${token}`, expiresAt };
}

async function currentRightsOf(dataSource: DataSource, staffUserId: number): Promise<{ staff: StaffUser; rights: ReadonlySet<StaffRight> } | null> {
  const staff = await dataSource.getRepository(StaffUser).findOneBy({ id: staffUserId });
  if (!staff?.active) return null;
  const group = await dataSource.getRepository(UserGroup).findOneByOrFail({ id: staff.groupId });
  return { staff, rights: group.grantedRights() };
}

/**
 * Step 2, in the Client Portal: exchanges the link's code for a short impersonated session. The
 * decision is taken again with the staff member's rights as they are now, the session is recorded
 * in the impersonation log, and the client's Last Login Date stays untouched.
 */
export async function exchangeSignInAsPartnerCode(context: RequestContext, code: string): Promise<string> {
  const consumed = await consumeToken(context.dataSource, code, [TokenPurpose.SIGN_IN_AS_PARTNER], 'code');
  const current = consumed.staffUserId ? await currentRightsOf(context.dataSource, consumed.staffUserId) : null;
  if (!current) throw new ForbiddenError('The staff member who opened this link can no longer sign in.', { reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT' });
  const { client } = await refuseUnlessAllowed(context, current.rights, consumed.clientId);

  const now = new Date();
  const lifetimeMs = context.config.signInAsPartnerMinutes * 60_000;
  const repository = context.dataSource.getRepository(Impersonation);
  const impersonation = await repository.save(
    repository.create({
      staffUserId: current.staff.id,
      staffName: current.staff.fullName,
      clientId: client.id,
      clientUsername: client.username,
      startedAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
      endedAtRecorded: null,
      endReasonRecorded: null,
      ipAddress: context.req.ip?.slice(0, 64) ?? null,
      userAgent: context.req.get('user-agent')?.slice(0, 255) ?? null,
    }),
  );
  return startClientSession(context.dataSource, context.config, { clientId: client.id, impersonationId: impersonation.id, lifetimeMs, req: context.req, res: context.res });
}

export async function listImpersonations(
  dataSource: DataSource,
  options: { first: number; staffUserId?: number | null; clientId?: number | null },
): Promise<Impersonation[]> {
  const query = dataSource.getRepository(Impersonation).createQueryBuilder('impersonation').orderBy('impersonation.startedAt', 'DESC').addOrderBy('impersonation.id', 'DESC');
  if (options.staffUserId) query.andWhere('impersonation.staffUserId = :staffUserId', { staffUserId: options.staffUserId });
  if (options.clientId) query.andWhere('impersonation.clientId = :clientId', { clientId: options.clientId });
  return query.take(Math.min(Math.max(options.first, 1), 200)).getMany();
}

