import type { DataSource } from 'typeorm';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import { Client } from '../clients/client.entity';
import { validateFormatPreferences, type FormatPreferencesInput } from '../clients/format-preferences';
import type { PortalLanguage } from '../clients/portal-language';
import { BadUserInputError, ForbiddenError } from '../common/errors';
import { LetterKind } from '../mail/outbox-letter.entity';
import { ImpersonationEndReason } from '../sign-in-as-partner/impersonation.entity';
import { sendAccountLetter } from './account-letters.service';
import { endClientSession, revokeClientSessions } from './client-session.service';
import { TokenPurpose } from './one-time-token.entity';
import { consumeToken } from './one-time-token.service';

function checkNewPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new BadUserInputError(problem, 'password');
}

export async function signOutClient(context: RequestContext, viewer: ClientViewerContext): Promise<void> {
  await endClientSession(context.dataSource, context.config, viewer, context.res);
}

/** "Forgot password?": a reset letter when the account exists and may sign in; silence otherwise. */
export async function requestPasswordReset(context: RequestContext, username: string): Promise<void> {
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
    // A client who may not sign in gets no letter, and the caller learns nothing about it.
    if (!(error instanceof BadUserInputError)) throw error;
  }
}

/** Sets a password from a welcome or reset link and ends every session of the client. */
export async function setPasswordWithToken(dataSource: DataSource, token: string, password: string): Promise<void> {
  const clientId = await dataSource.transaction(async (manager) => {
    const consumed = await consumeToken(manager, token, [TokenPurpose.WELCOME, TokenPurpose.PASSWORD_RESET], 'token');
    const client = await manager.getRepository(Client).findOneByOrFail({ id: consumed.clientId });
    checkNewPassword(password, client.username);
    await manager.getRepository(Client).update({ id: client.id }, { passwordHash: await hashPassword(password) });
    return client.id;
  });
  await revokeClientSessions(dataSource, clientId, ImpersonationEndReason.CLIENT_ACCESS_WITHDRAWN);
}

export async function changePassword(dataSource: DataSource, viewer: ClientViewerContext, currentPassword: string, newPassword: string): Promise<void> {
  // Not even with changes allowed: staff never choose a client's password.
  if (viewer.impersonation) throw new ForbiddenError('Staff signed in as a client cannot change its password; send a password reset e-mail instead.', { reason: 'IMPERSONATION_CANNOT_CHANGE_PASSWORD' });
  const client = await dataSource.getRepository(Client).findOneByOrFail({ id: viewer.client.id });
  if (!client.passwordHash || !(await verifyPassword(client.passwordHash, currentPassword))) {
    throw new BadUserInputError('The current password is not correct.', 'currentPassword');
  }
  checkNewPassword(newPassword, client.username);
  await dataSource.getRepository(Client).update({ id: client.id }, { passwordHash: await hashPassword(newPassword) });
  await revokeClientSessions(dataSource, client.id, ImpersonationEndReason.CLIENT_ACCESS_WITHDRAWN, viewer.sessionTokenHash);
}

export async function updatePreferences(dataSource: DataSource, viewer: ClientViewerContext, preferredLanguage: PortalLanguage, formats: FormatPreferencesInput): Promise<Client> {
  const formatPreferences = validateFormatPreferences(formats);
  const { client } = viewer;
  await dataSource.getRepository(Client).update({ id: client.id }, { preferredLanguage, formatPreferences, updatedBy: actingName(viewer) });
  return dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
}

/** Who a change is recorded as made by: the client, or the staff member on the client's behalf. */
export function actingName(viewer: Pick<ClientViewerContext, 'client' | 'impersonation'>): string {
  return viewer.impersonation ? `${viewer.impersonation.staffName} on behalf of ${viewer.client.name}` : viewer.client.name;
}
