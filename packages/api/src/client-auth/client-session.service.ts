import type { Request, Response } from 'express';
import { IsNull, type DataSource } from 'typeorm';
import type { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from '../clients/client.entity';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import { isPortal2Available, SETTINGS_ID } from '../client-portal-settings/client-portal-settings.service';
import type { PorticoConfig } from '../config';
import { SignInAsPartnerSession, SignInAsPartnerEndReason } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import { endSignInAsPartnerSession } from '../sign-in-as-partner/sign-in-as-partner-session.service';
import { evaluateSignInAsPartner } from '../sign-in-as-partner/sign-in-as-partner.policy';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import type { ClientViewerContext } from '../auth/context';
import { readCookie, sessionCookieOptions } from '../auth/cookies';
import { Session, SessionKind } from '../auth/session.entity';
import { hashToken } from '../auth/session-token';
import { insertSession } from '../auth/new-session';
import { hydrated, selectedColumns } from '../database/joined-rows';
import { preparedRows } from '../database/prepared-statements';

/** The Client Portal's own cookie: a client session never doubles as a staff session, nor the reverse. */
export const CLIENT_COOKIE = 'portico_client';

/**
 * Starts a Client Portal session and sets its cookie. A client session the browser already had
 * ends (one browser, one client session), so a sign-in never leaves an older session alive behind it.
 */
export async function startClientSession(
  dataSource: DataSource,
  config: PorticoConfig,
  options: { clientId: number; signInAsPartnerSessionId: number | null; lifetimeMs: number; req: Request; res: Response },
): Promise<string> {
  const previous = readCookie(options.req, CLIENT_COOKIE);
  // The session the browser had and the new one are independent rows: written at once.
  const [, token] = await Promise.all([
    previous ? endSessionOfToken(dataSource, hashToken(previous)) : undefined,
    insertSession(
      dataSource,
      options.req,
      { kind: SessionKind.CLIENT, clientId: options.clientId, signInAsPartnerSessionId: options.signInAsPartnerSessionId },
      options.lifetimeMs,
    ),
  ]);
  options.res.cookie(CLIENT_COOKIE, token, sessionCookieOptions(config, options.lifetimeMs));
  return hashToken(token);
}

/** The group's rights, limited to the areas the portal offers. */
export function effectivePortalRights(group: ClientGroup, settings: ClientPortalSettings) {
  return group.rights.map((row) => ({ area: row.area, actions: settings.offeredAreas.includes(row.area) ? row.actions : [] }));
}

/**
 * The client behind the request's Client Portal cookie, or null. Access is evaluated afresh on every
 * request: when the portal, the client's group or the client's own access setting no longer allows
 * it, every session of the client ends at once. An impersonated session also ends when its staff
 * member loses the Sign in as Partner right or is deactivated.
 */
export async function readClientViewer(
  dataSource: DataSource,
  req: Request,
  groups: () => Promise<ClientGroup[]>,
): Promise<ClientViewerContext | null> {
  const token = readCookie(req, CLIENT_COOKIE);
  return token ? loadClientViewer(dataSource, hashToken(token), groups) : null;
}

/** The viewer of a session known by its token hash (see readClientViewer). */
export async function loadClientViewer(
  dataSource: DataSource,
  tokenHash: string,
  groups: () => Promise<ClientGroup[]>,
): Promise<ClientViewerContext | null> {
  // The session, its client, the impersonation behind it and the portal settings: one statement.
  const [row] = await preparedRows(
    dataSource,
    `SELECT ${selectedColumns(dataSource, Session, 's')}, ${selectedColumns(dataSource, Client, 'c')},
       ${selectedColumns(dataSource, SignInAsPartnerSession, 'i')}, ${selectedColumns(dataSource, ClientPortalSettings, 'p')}
     FROM sessions s JOIN clients c ON c.id = s.clientId
       LEFT JOIN sign_in_as_partner_sessions i ON i.id = s.signInAsPartnerSessionId
       JOIN client_portal_settings p ON p.id = ?
     WHERE s.tokenHash = ? AND s.kind = ?`,
    [SETTINGS_ID, tokenHash, SessionKind.CLIENT],
  );
  const session = row ? hydrated(dataSource, Session, row, 's') : null;
  const client = row ? hydrated(dataSource, Client, row, 'c') : null;
  const settings = row ? hydrated(dataSource, ClientPortalSettings, row, 'p') : null;
  const now = new Date();
  if (!row || !session || !client || !settings || session.revokedAt || session.expiresAt <= now) return null;

  const access = evaluateEffectiveAccess(client, await groups());
  if (!isPortal2Available(settings) || !access.canSignIn || !access.group) {
    await revokeClientSessions(dataSource, client.id, SignInAsPartnerEndReason.CLIENT_ACCESS_WITHDRAWN);
    return null;
  }

  const impersonation = hydrated(dataSource, SignInAsPartnerSession, row, 'i');
  if (impersonation) {
    if (impersonation.endedAt) return null;
    const staff = await dataSource
      .getRepository(StaffUser)
      .createQueryBuilder('user')
      .innerJoinAndMapOne('user.userGroup', UserGroup, 'userGroup', 'userGroup.id = user.groupId')
      .where('user.id = :id', { id: impersonation.staffUserId })
      .getOne();
    const userGroup = (staff as (StaffUser & { userGroup?: UserGroup }) | null)?.userGroup;
    // The same decision as at the start (the portal was checked above), with the staff member's rights as they are now.
    const stillAllowed =
      userGroup &&
      evaluateSignInAsPartner({
        staffRights: userGroup.grantedRights(),
        access,
        portalAvailable: true,
        allowChanges: impersonation.allowChanges,
      }).allowed;
    if (!staff?.active || !stillAllowed) {
      await endSignInAsPartnerSession(dataSource, impersonation.id, SignInAsPartnerEndReason.RIGHT_WITHDRAWN);
      return null;
    }
  }

  return {
    client,
    group: access.group,
    rights: effectivePortalRights(access.group, settings),
    sessionTokenHash: tokenHash,
    impersonation,
    settings,
  };
}

/** Ends every Client Portal session of a client (impersonated ones included), except one to keep if given. */
export async function revokeClientSessions(
  dataSource: DataSource,
  clientId: number,
  signInAsPartnerEndReason: SignInAsPartnerEndReason,
  keepTokenHash?: string,
): Promise<void> {
  const now = new Date();
  const live = await dataSource.getRepository(Session).findBy({ clientId, kind: SessionKind.CLIENT, revokedAt: IsNull() });
  for (const session of live) {
    if (session.tokenHash === keepTokenHash) continue;
    if (session.signInAsPartnerSessionId)
      await endSignInAsPartnerSession(dataSource, session.signInAsPartnerSessionId, signInAsPartnerEndReason);
    else await dataSource.getRepository(Session).update({ tokenHash: session.tokenHash }, { revokedAt: now });
  }
}

async function endSessionOfToken(dataSource: DataSource, tokenHash: string): Promise<void> {
  const session = await dataSource.getRepository(Session).findOneBy({ tokenHash, kind: SessionKind.CLIENT, revokedAt: IsNull() });
  if (!session) return;
  if (session.signInAsPartnerSessionId)
    await endSignInAsPartnerSession(dataSource, session.signInAsPartnerSessionId, SignInAsPartnerEndReason.REPLACED);
  else await dataSource.getRepository(Session).update({ tokenHash }, { revokedAt: new Date() });
}

export async function endClientSession(
  dataSource: DataSource,
  config: PorticoConfig,
  viewer: ClientViewerContext,
  res: Response,
): Promise<void> {
  if (viewer.impersonation) await endSignInAsPartnerSession(dataSource, viewer.impersonation.id, SignInAsPartnerEndReason.ENDED_BY_STAFF);
  else await dataSource.getRepository(Session).update({ tokenHash: viewer.sessionTokenHash }, { revokedAt: new Date() });
  res.clearCookie(CLIENT_COOKIE, sessionCookieOptions(config));
}
