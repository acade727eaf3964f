import type { DataSource } from 'typeorm';
import type { Client } from '../clients/client.entity';
import type { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import { writeLetter } from '../mail/letters';
import { LetterKind } from '../mail/outbox-letter.entity';
import { deliverLetter, queueLetter } from '../mail/outbox.service';
import type { RequestContext } from '../auth/context';
import { startClientSession } from '../client-auth/client-session.service';
import { TokenPurpose } from '../client-auth/one-time-token.entity';
import { consumeToken, issueToken } from '../client-auth/one-time-token.service';
import { getClient } from '../clients/client.service';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import { getClientPortalSettings, isPortal2Available, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { BadUserInputError, ForbiddenError } from '../common/errors';
import { isUniqueViolation } from '../database/data-source';
import type { StaffRight } from '../staff/staff-rights';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import { SignInAsPartnerSession, SignInAsPartnerEndReason } from './sign-in-as-partner-session.entity';
import { LOG_PAGE_MAX, newestFirst, type NewestFirstPage } from '../common/paging';
import { endSignInAsPartnerSessionsOf } from './sign-in-as-partner-session.service';
import { SIGN_IN_AS_PARTNER_REASON } from '@portico/domain';
import { evaluateSignInAsPartner, SignInAsPartnerRefusal } from './sign-in-as-partner.policy';
import { log } from '../ops/logger';

/** The code in a "Sign in as this Partner" link is good for one use within this time. */
const LINK_LIFETIME_MS = 60_000;

function checkedReason(raw: string): string {
  const reason = raw.trim();
  if (reason.length < SIGN_IN_AS_PARTNER_REASON.min || reason.length > SIGN_IN_AS_PARTNER_REASON.max) {
    throw new BadUserInputError(
      `State why you sign in as this client, in ${SIGN_IN_AS_PARTNER_REASON.min} to ${SIGN_IN_AS_PARTNER_REASON.max} characters (e.g. a ticket number).`,
      'reason',
      {
        reason: SignInAsPartnerRefusal.REASON_REQUIRED,
      },
    );
  }
  return reason;
}

async function refuseUnlessAllowed(
  context: RequestContext,
  staffRights: ReadonlySet<StaffRight>,
  clientId: string | number,
  allowChanges: boolean,
  staffSecondFactor?: { required: boolean; used: boolean },
) {
  const client = await getClient(context.dataSource, clientId);
  const access = evaluateEffectiveAccess(client, await context.loaders.clientGroups());
  const settings = await getClientPortalSettings(context.dataSource);
  const decision = evaluateSignInAsPartner({
    staffRights,
    access,
    portalAvailable: isPortal2Available(settings),
    allowChanges,
    staffSecondFactor,
  });
  if (decision.reason) {
    const messages: Record<SignInAsPartnerRefusal, string> = {
      MISSING_SIGN_IN_AS_PARTNER_RIGHT: 'Your user group lacks the Sign in as Partner right.',
      MISSING_SIGN_IN_AS_PARTNER_WITH_CHANGES_RIGHT:
        'Your user group lacks the "Sign in as Partner with changes" right; start a read-only session instead.',
      PORTAL_UNAVAILABLE: 'Client Portal 2.0 is not enabled (Configuration → Portals → Client Portal).',
      CLIENT_CANNOT_SIGN_IN: `This client cannot sign in to the Client Portal: ${access.explanation}`,
      REASON_REQUIRED: 'State why you sign in as this client.',
      STAFF_SECOND_FACTOR_REQUIRED:
        'Your user group requires two-factor sign-in: sign out and sign in again with your authenticator app (enrol it under your profile).',
    };
    throw new ForbiddenError(messages[decision.reason], { reason: decision.reason });
  }
  return { client, settings };
}

/**
 * Step 1, in the Home Portal: a single-use link that opens the Client Portal as the client. A stated
 * reason is required; the session is read-only unless changes are asked for and the right allows them.
 */
export async function startSignInAsPartner(
  context: RequestContext,
  request: { clientId: string; reason: string; allowChanges: boolean },
): Promise<{ url: string; expiresAt: Date }> {
  const staff = context.staff!;
  const reason = checkedReason(request.reason);
  const { client, settings } = await refuseUnlessAllowed(context, staff.rights, request.clientId, request.allowChanges, {
    required: staff.group.twoFactorRequired,
    used: staff.secondFactor,
  });
  const { token, expiresAt } = await issueToken(context.dataSource, {
    purpose: TokenPurpose.SIGN_IN_AS_PARTNER,
    clientId: client.id,
    staffUserId: staff.user.id,
    lifetimeMs: LINK_LIFETIME_MS,
    payload: { reason, allowChanges: request.allowChanges },
  });
  return { url: `${portalUrl(settings, context.config)}sign-in-as-partner#code=${token}`, expiresAt };
}

async function currentRightsOf(
  dataSource: DataSource,
  staffUserId: number,
): Promise<{ staff: StaffUser; rights: ReadonlySet<StaffRight> } | null> {
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
  if (!current)
    throw new ForbiddenError('The staff member who opened this link can no longer sign in.', {
      reason: 'MISSING_SIGN_IN_AS_PARTNER_RIGHT',
    });
  const reason = String(consumed.payload?.reason ?? '');
  const allowChanges = consumed.payload?.allowChanges === true;
  const { client, settings } = await refuseUnlessAllowed(context, current.rights, consumed.clientId, allowChanges);

  const impersonation = await claimSignInAsPartnerSession(context, {
    staffUserId: current.staff.id,
    staffName: current.staff.fullName,
    clientId: client.id,
    clientUsername: client.username,
    reason,
    allowChanges,
  });
  const lifetimeMs = impersonation.expiresAt.getTime() - impersonation.startedAt.getTime();
  const sessionTokenHash = await startClientSession(context.dataSource, context.config, {
    clientId: client.id,
    signInAsPartnerSessionId: impersonation.id,
    lifetimeMs,
    req: context.req,
    res: context.res,
  });
  if (allowChanges && settings.notifyClientsOfChangeSessions) {
    await notifyClientOfChangeSession(context, client, impersonation, settings).catch((error) =>
      log().error({ err: error }, 'Notice not written'),
    );
  }
  return sessionTokenHash;
}

/** Tells the client, in its language and through the outbox, that staff may now change things as it. */
async function notifyClientOfChangeSession(
  context: RequestContext,
  client: Client,
  impersonation: SignInAsPartnerSession,
  settings: ClientPortalSettings,
): Promise<void> {
  if (!client.email) return;
  const base = portalUrl(settings, context.config);
  const written = writeLetter(
    LetterKind.STAFF_SESSION_NOTICE,
    client.preferredLanguage,
    {
      portalName: settings.portalName,
      clientName: client.name,
      username: client.username,
      portalUrl: base,
      actionUrl: `${base}profile/activity`,
      validFor: '',
      staffName: settings.showStaffIdentityToClients ? impersonation.staffName : null,
      reason: settings.showStaffIdentityToClients ? impersonation.reason : null,
    },
    settings.primaryColor,
  );
  const letter = await queueLetter(context.dataSource, context.mailer, {
    kind: LetterKind.STAFF_SESSION_NOTICE,
    clientId: client.id,
    recipient: client.email,
    language: client.preferredLanguage,
    subject: written.subject,
    textBody: written.text,
    htmlBody: written.html,
    requestedBy: impersonation.staffName,
  });
  if (context.mailer.configured)
    void deliverLetter(context.dataSource, context.mailer, letter.id).catch((error) => log().error({ err: error }, 'Delivery failed'));
}

/** How often a code exchange tries again when a simultaneous exchange of the same staff member took the slot. */
const SLOT_ATTEMPTS = 3;

/**
 * Records a new session as a client, ending the staff member's previous one (REPLACED). The unique
 * running slot, not a check followed by an insert, keeps it to one: of two exchanges racing, one
 * insert fails on the constraint and that exchange replaces the winner in turn.
 */
async function claimSignInAsPartnerSession(
  context: RequestContext,
  record: Pick<SignInAsPartnerSession, 'staffUserId' | 'staffName' | 'clientId' | 'clientUsername' | 'reason' | 'allowChanges'>,
): Promise<SignInAsPartnerSession> {
  const repository = context.dataSource.getRepository(SignInAsPartnerSession);
  for (let attempt = 1; ; attempt += 1) {
    await endSignInAsPartnerSessionsOf(context.dataSource, record.staffUserId, SignInAsPartnerEndReason.REPLACED);
    const now = new Date();
    try {
      return await repository.save(
        repository.create({
          ...record,
          startedAt: now,
          expiresAt: new Date(now.getTime() + context.config.signInAsPartnerMinutes * 60_000),
          endedAtRecorded: null,
          endReasonRecorded: null,
          runningForStaffUserId: record.staffUserId,
          ipAddress: context.req.ip?.slice(0, 64) ?? null,
          userAgent: context.req.get('user-agent')?.slice(0, 255) ?? null,
        }),
      );
    } catch (error) {
      if (attempt >= SLOT_ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
}

export async function listSignInAsPartnerSessions(
  dataSource: DataSource,
  options: NewestFirstPage & { staffUserId?: number | null; clientId?: number | null },
): Promise<SignInAsPartnerSession[]> {
  // Rows are written when a session starts, so the newest id is the latest start.
  const query = newestFirst(dataSource.getRepository(SignInAsPartnerSession), 'session', options, LOG_PAGE_MAX);
  if (options.staffUserId) query.andWhere('session.staffUserId = :staffUserId', { staffUserId: options.staffUserId });
  if (options.clientId) query.andWhere('session.clientId = :clientId', { clientId: options.clientId });
  return query.getMany();
}
