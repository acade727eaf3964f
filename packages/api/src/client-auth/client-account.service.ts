import type { DataSource } from 'typeorm';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import { Client } from '../clients/client.entity';
import { validateFormatPreferences, type FormatPreferencesInput } from '../clients/format-preferences';
import type { PortalLanguage } from '../clients/portal-language';
import { BadUserInputError } from '../common/errors';
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
  const client = await dataSource.getRepository(Client).findOneByOrFail({ id: viewer.client.id });
  if (!client.passwordHash || !(await verifyPassword(client.passwordHash, currentPassword))) {
    throw new BadUserInputError('The current password is not correct.', 'currentPassword');
  }
  checkNewPassword(newPassword, client.username);
  await dataSource.getRepository(Client).update({ id: client.id }, { passwordHash: await hashPassword(newPassword) });
  await revokeClientSessions(dataSource, client.id, ImpersonationEndReason.CLIENT_ACCESS_WITHDRAWN, viewer.sessionTokenHash);
}

export async function updatePreferences(dataSource: DataSource, client: Client, preferredLanguage: PortalLanguage, formats: FormatPreferencesInput): Promise<Client> {
  const formatPreferences = validateFormatPreferences(formats);
  await dataSource.getRepository(Client).update({ id: client.id }, { preferredLanguage, formatPreferences, updatedBy: client.name });
  return dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
}
