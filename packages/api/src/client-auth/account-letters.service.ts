import { AccountLetterRefusal, accountLetterRefusals } from '@portico/domain';
import { registerEnumType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClientGroup } from '../client-groups/client-group.entity';
import type { Client } from '../clients/client.entity';
import { evaluateEffectiveAccess } from '../clients/effective-access';
import type { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import { getClientPortalSettings, isPortal2Available, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { BadUserInputError, RateLimitedError } from '../common/errors';
import type { PorticoConfig } from '../config';
import { describeDuration, writeLetter } from '../mail/letters';
import type { Mailer } from '../mail/mailer';
import { LINK_SECRET, LetterKind, type OutboxLetter } from '../mail/outbox-letter.entity';
import { deliverLetter, queueLetter } from '../mail/outbox.service';
import { claimAttempt } from '../rate-limits/rate-limit.service';
import type { StaffUser } from '../staff/staff-user.entity';
import { TokenPurpose } from './one-time-token.entity';
import { log } from '../ops/logger';

registerEnumType(AccountLetterRefusal, {
  name: 'AccountLetterRefusal',
  description: 'Why a welcome or password-reset letter cannot go to a client.',
});

const REFUSAL_MESSAGES: Record<AccountLetterRefusal, string> = {
  [AccountLetterRefusal.PORTAL_UNAVAILABLE]:
    'Client Portal 2.0 is not enabled (Configuration → Portals → Client Portal), so the client could not sign in.',
  [AccountLetterRefusal.NO_EMAIL]: 'The client has no e-mail address; add one in Identification Data first.',
  [AccountLetterRefusal.STATUS_DENIES_ACCESS]: "The client's status gives no Client Portal access.",
  [AccountLetterRefusal.GROUP_DENIES_ACCESS]: "The client's group has no Client Portal access.",
  [AccountLetterRefusal.NO_GROUP_ASSIGNED]: '"Assign to Status" is off and no group is chosen.',
  [AccountLetterRefusal.PORTAL_ACCESS_NOT_ALLOWED]: 'Client Portal access is not allowed in the Client Portal Settings.',
};

/**
 * Every reason a welcome or reset letter cannot go to a client now (empty: it can): the one decision
 * behind the refused mutation and the `accountLetterRefusals` field the Home Portal lists.
 */
export function letterRefusals(client: Client, groups: readonly ClientGroup[], settings: ClientPortalSettings): AccountLetterRefusal[] {
  return accountLetterRefusals({
    portalAvailable: isPortal2Available(settings),
    email: client.email,
    accessDeniedReasons: evaluateEffectiveAccess(client, groups).deniedReasons,
  });
}

type AccountLetterKind = LetterKind.WELCOME | LetterKind.PASSWORD_RESET;

const LINKS: Record<AccountLetterKind, { purpose: TokenPurpose; path: string }> = {
  [LetterKind.WELCOME]: { purpose: TokenPurpose.WELCOME, path: 'welcome' },
  [LetterKind.PASSWORD_RESET]: { purpose: TokenPurpose.PASSWORD_RESET, path: 'reset-password' },
};

/**
 * Claims one of the client's account letters for this hour. A flood of requests, from staff or
 * from "Forgot password?", neither fills the client's inbox nor keeps replacing the genuine link.
 */
function claimAccountLetter(dataSource: DataSource, config: Pick<PorticoConfig, 'accountLettersPerHour'>, clientId: number) {
  return claimAttempt(dataSource, `account-letters:client:${clientId}`, { maxHits: config.accountLettersPerHour, windowMs: 3600_000 });
}

/**
 * Writes a welcome or password-reset letter with a single-use link, records it in the outbox and,
 * when `deliverNow`, sends it before returning. The link's secret is minted only as the letter is
 * handed to SMTP (or revealed in the outbox without SMTP), so no stored copy or answer holds it.
 * Letters staff send replace the client's older links of the kind; self-service ones do not, so a
 * stranger asking for resets cannot cancel the link the client is about to use.
 * Refused with RATE_LIMITED once the client's letters for this hour are used up.
 */
export async function sendAccountLetter(
  dataSource: DataSource,
  config: PorticoConfig,
  mailer: Mailer,
  options: { kind: AccountLetterKind; client: Client; groups: ClientGroup[]; staff: StaffUser | null; deliverNow: boolean },
): Promise<OutboxLetter> {
  const { client, kind } = options;
  const settings = await getClientPortalSettings(dataSource);
  const refusals = letterRefusals(client, options.groups, settings);
  if (refusals.length) {
    // `reason` is the first for callers that read one; `reasons` has them all.
    throw new BadUserInputError(refusals.map((refusal) => REFUSAL_MESSAGES[refusal]).join(' '), 'clientId', {
      reason: refusals[0],
      reasons: refusals,
    });
  }
  const claim = await claimAccountLetter(dataSource, config, client.id);
  if (!claim.claimed) {
    throw new RateLimitedError(
      claim.retryAfterSeconds,
      `This client already received ${config.accountLettersPerHour} account letters within the hour; try again later.`,
    );
  }
  const lifetimeMinutes = kind === LetterKind.WELCOME ? config.welcomeLinkDays * 24 * 60 : config.resetLinkMinutes;
  const base = portalUrl(settings, config);
  // The secret travels in the fragment: browsers never send it to servers or in Referer headers.
  const actionUrl = `${base}${LINKS[kind].path}#token=${LINK_SECRET}`;
  const written = writeLetter(
    kind,
    client.preferredLanguage,
    {
      portalName: settings.portalName,
      clientName: client.name,
      username: client.username,
      portalUrl: base,
      actionUrl,
      validFor: describeDuration(client.preferredLanguage, lifetimeMinutes),
    },
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
    link: { purpose: LINKS[kind].purpose, lifetimeMinutes, replacesOlder: options.staff !== null, staffUserId: options.staff?.id ?? null },
  });
  if (!mailer.configured) return letter;
  if (options.deliverNow) return deliverLetter(dataSource, mailer, letter.id);
  // Self-service: answer at once (the same time whether or not a letter is written) and send in the background.
  void deliverLetter(dataSource, mailer, letter.id).catch((error) => log().error({ err: error }, 'Delivery failed'));
  return letter;
}

/**
 * Tells a client's previous address that the account's e-mail address changed (the usual first step
 * of an account takeover), in the client's language, through the outbox. Pass the change's
 * transaction; deliver the returned letter once it has committed.
 */
export async function queueEmailChangedNotice(
  manager: EntityManager,
  config: PorticoConfig,
  mailer: Mailer,
  client: Client,
  previousEmail: string,
  staff: StaffUser,
): Promise<OutboxLetter> {
  const settings = await getClientPortalSettings(manager);
  const base = portalUrl(settings, config);
  const written = writeLetter(
    LetterKind.EMAIL_CHANGED,
    client.preferredLanguage,
    {
      portalName: settings.portalName,
      clientName: client.name,
      username: client.username,
      portalUrl: base,
      actionUrl: base,
      validFor: '',
      newEmail: client.email ?? '',
    },
    settings.primaryColor,
  );
  return queueLetter(manager, mailer, {
    kind: LetterKind.EMAIL_CHANGED,
    clientId: client.id,
    recipient: previousEmail,
    language: client.preferredLanguage,
    subject: written.subject,
    textBody: written.text,
    htmlBody: written.html,
    requestedBy: staff.fullName,
  });
}
