import type { DataSource } from 'typeorm';
import type { ClientGroup } from '../client-groups/client-group.entity';
import type { Client } from '../clients/client.entity';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import type { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import { getClientPortalSettings, isPortal2Available, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { BadUserInputError } from '../common/errors';
import type { PorticoConfig } from '../config';
import { describeDuration, writeLetter } from '../mail/letters';
import type { Mailer } from '../mail/mailer';
import { LetterKind, type OutboxLetter } from '../mail/outbox-letter.entity';
import { deliverLetter, queueLetter } from '../mail/outbox.service';
import type { StaffUser } from '../staff/staff-user.entity';
import { TokenPurpose } from './one-time-token.entity';
import { issueToken } from './one-time-token.service';

/** Why a welcome or reset letter cannot go to a client; the Home Portal shows the message as it is. */
export function letterRefusal(client: Client, groups: ClientGroup[], settings: ClientPortalSettings): { reason: string; message: string } | null {
  if (!isPortal2Available(settings)) {
    return { reason: 'PORTAL_UNAVAILABLE', message: 'Client Portal 2.0 is not enabled (Configuration → Portals → Client Portal), so the client could not sign in.' };
  }
  if (!client.email) return { reason: 'NO_EMAIL', message: 'The client has no e-mail address; add one in Identification Data first.' };
  const access = evaluateEffectiveAccess(client, groups);
  if (!access.canSignIn) return { reason: access.deniedReasons[0], message: `The letter would be of no use: ${access.explanation}` };
  return null;
}

type AccountLetterKind = LetterKind.WELCOME | LetterKind.PASSWORD_RESET;

const PURPOSES: Record<AccountLetterKind, TokenPurpose> = {
  [LetterKind.WELCOME]: TokenPurpose.WELCOME,
  [LetterKind.PASSWORD_RESET]: TokenPurpose.PASSWORD_RESET,
};

/**
 * Writes a welcome or password-reset letter with a fresh single-use link (older links of the same
 * kind stop working), records it in the outbox and, when `deliverNow`, sends it before returning.
 */
export async function sendAccountLetter(
  dataSource: DataSource,
  config: PorticoConfig,
  mailer: Mailer,
  options: { kind: AccountLetterKind; client: Client; groups: ClientGroup[]; staff: StaffUser | null; deliverNow: boolean },
): Promise<OutboxLetter> {
  const { client, kind } = options;
  const settings = await getClientPortalSettings(dataSource);
  const refusal = letterRefusal(client, options.groups, settings);
  if (refusal) throw new BadUserInputError(refusal.message, 'clientId', { reason: refusal.reason });

  const lifetimeMinutes = kind === LetterKind.WELCOME ? config.welcomeLinkDays * 24 * 60 : config.resetLinkMinutes;
  const { token } = await issueToken(dataSource, { purpose: PURPOSES[kind], clientId: client.id, staffUserId: options.staff?.id ?? null, lifetimeMs: lifetimeMinutes * 60_000 });
  const base = portalUrl(settings, config);
  // The secret travels in the fragment: browsers never send it to servers or in Referer headers.
  const actionUrl = `${base}${kind === LetterKind.WELCOME ? 'welcome' : 'reset-password'}#token=${token}`;
  const written = writeLetter(
    kind,
    client.preferredLanguage,
    { portalName: settings.portalName, clientName: client.name, username: client.username, portalUrl: base, actionUrl, validFor: describeDuration(client.preferredLanguage, lifetimeMinutes) },
    settings.primaryColor,
  );
  const letter = await queueLetter(dataSource, mailer, {
    kind,
    clientId: client.id,
    recipient: client.email!,
    language: client.preferredLanguage,
    subject: written.subject,
    textBody: written.text,
    htmlBody: written.html,
    requestedBy: options.staff?.fullName ?? null,
  });
  if (!mailer.configured) return letter;
  if (options.deliverNow) return deliverLetter(dataSource, mailer, letter.id);
  // Self-service: answer at once (the same time whether or not a letter is written) and send in the background.
  void deliverLetter(dataSource, mailer, letter.id).catch((error) => console.error('Delivery failed', error));
  return letter;
}
