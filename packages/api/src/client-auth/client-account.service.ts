import { MessageLetters } from '../messages/message-letters';
import type { DataSource } from 'typeorm';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { hashPassword } from '../auth/password';
import { PasswordPortal } from '../password-policies/password-policy.entity';
import { checkNewPassword } from '../password-policies/password-policy.service';
import { Client } from '../clients/client.entity';
import { validateFormatPreferences, type FormatPreferencesInput } from '../clients/format-preferences';
import type { PortalLanguage } from '../clients/portal-language';
import { BadUserInputError, ForbiddenError, RateLimitedError } from '../common/errors';
import { withoutNewVersion } from '../common/optimistic-lock';
import { cancelAccountLinks } from '../mail/outbox.service';
import { checkPassword, networkOf, unlockAccount } from '../rate-limits/password-guard';
import { claimAttempt } from '../rate-limits/rate-limit.service';
import { LetterKind } from '../mail/outbox-letter.entity';
import { SignInAsPartnerEndReason } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import { sendAccountLetter } from './account-letters.service';
import { endClientSession, revokeClientSessions } from './client-session.service';
import { ACCOUNT_LINK_PURPOSES, consumeToken } from './one-time-token.service';

export async function signOutClient(context: RequestContext, viewer: ClientViewerContext): Promise<void> {
  await endClientSession(context.dataSource, context.config, viewer, context.res);
}

/**
 * "Forgot password?": a reset letter when the account exists and may sign in; silence otherwise.
 * A network asking too often is told to wait (RATE_LIMITED, the same for every username); a client
 * who already got its letters for the hour silently gets no more.
 */
export async function requestPasswordReset(context: RequestContext, username: string): Promise<void> {
  const byAddress = await claimAttempt(context.dataSource, `reset-requests-address:${networkOf(context.req.ip)}`, {
    maxHits: context.config.passwordResetRequestsPerAddressPerHour,
    windowMs: 3600_000,
  });
  if (!byAddress.claimed) throw new RateLimitedError(byAddress.retryAfterSeconds);
  const client = await context.dataSource.getRepository(Client).findOneBy({ usernameKey: username.trim().toLowerCase() });
  if (!client) return;
  try {
    await sendAccountLetter(context.dataSource, context.config, context.mailer, {
      kind: LetterKind.PASSWORD_RESET,
      client,
      groups: await context.loaders.clientGroups(),
      staff: null,
      deliverNow: false,
    });
  } catch (error) {
    // A client who may not sign in, or got enough letters, gets none, and the caller learns nothing about it.
    if (!(error instanceof BadUserInputError) && !(error instanceof RateLimitedError)) throw error;
  }
}

/**
 * Sets a password from a welcome or reset link. In the same transaction every other link the client
 * was sent stops working; then every session of the client ends and a sign-in lock is lifted (the
 * link proved the client holds its mailbox).
 */
export async function setPasswordWithToken(dataSource: DataSource, token: string, password: string): Promise<void> {
  const clientId = await dataSource.transaction(async (manager) => {
    const consumed = await consumeToken(manager, token, ACCOUNT_LINK_PURPOSES, 'token');
    const client = await manager.getRepository(Client).findOneByOrFail({ id: consumed.clientId });
    await checkNewPassword(manager, PasswordPortal.CLIENT_PORTAL, password, client.username);
    await manager.getRepository(Client).update({ id: client.id }, withoutNewVersion({ passwordHash: await hashPassword(password) }));
    await cancelAccountLinks(manager, client.id);
    return client.id;
  });
  await revokeClientSessions(dataSource, clientId, SignInAsPartnerEndReason.CLIENT_ACCESS_WITHDRAWN);
  await unlockAccount(dataSource, { kind: 'client', id: clientId });
}

/** The client changes its password with the current one; wrong ones count toward the sign-in lock. */
export async function changePassword(
  context: Pick<RequestContext, 'dataSource' | 'config' | 'req'>,
  viewer: ClientViewerContext,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const { dataSource } = context;
  // Not even with changes allowed: staff never choose a client's password.
  if (viewer.impersonation)
    throw new ForbiddenError('Staff signed in as a client cannot change its password; send a password reset e-mail instead.', {
      reason: 'IMPERSONATION_CANNOT_CHANGE_PASSWORD',
    });
  const client = await dataSource.getRepository(Client).findOneByOrFail({ id: viewer.client.id });
  const check = await checkPassword(dataSource, context.config, {
    account: { kind: 'client', id: client.id },
    passwordHash: client.passwordHash,
    password: currentPassword,
    address: context.req.ip,
  });
  if (check.outcome === 'LOCKED') {
    throw new RateLimitedError(
      context.config.signInLockMinutes * 60,
      'Too many wrong passwords; your account is locked for a while. Use "Forgot password?" or ask your agency.',
    );
  }
  if (check.outcome === 'MISMATCH') throw new BadUserInputError('The current password is not correct.', 'currentPassword');
  await checkNewPassword(dataSource, PasswordPortal.CLIENT_PORTAL, newPassword, client.username);
  const passwordHash = await hashPassword(newPassword);
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(Client).update({ id: client.id }, withoutNewVersion({ passwordHash }));
    await cancelAccountLinks(manager, client.id);
  });
  await revokeClientSessions(dataSource, client.id, SignInAsPartnerEndReason.CLIENT_ACCESS_WITHDRAWN, viewer.sessionTokenHash);
}

export async function updatePreferences(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  preferredLanguage: PortalLanguage,
  formats: FormatPreferencesInput,
): Promise<Client> {
  const formatPreferences = validateFormatPreferences(formats);
  const { client } = viewer;
  await dataSource.getRepository(Client).update({ id: client.id }, { preferredLanguage, formatPreferences, updatedBy: actingName(viewer) });
  return dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
}

/** Saves when the client hears by e-mail of new messages (by the client on its Profile, or by staff). */
export async function updateMessageLetters(
  dataSource: DataSource,
  clientId: number,
  messageLetters: MessageLetters,
  updatedBy: string,
): Promise<Client> {
  await dataSource.getRepository(Client).update({ id: clientId }, { messageLetters, updatedBy: updatedBy.slice(0, 200) });
  return dataSource.getRepository(Client).findOneByOrFail({ id: clientId });
}

/** Who a change is recorded as made by: the client, or the staff member on the client's behalf. */
export function actingName(viewer: Pick<ClientViewerContext, 'client' | 'impersonation'>): string {
  return viewer.impersonation ? `${viewer.impersonation.staffName} on behalf of ${viewer.client.name}` : viewer.client.name;
}
