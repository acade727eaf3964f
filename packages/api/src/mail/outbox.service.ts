import { In, type DataSource, type EntityManager } from 'typeorm';
import type { TokenPurpose } from '../client-auth/one-time-token.entity';
import { ACCOUNT_LINK_PURPOSES, cancelAccountLinkTokens, issueToken, withdrawToken } from '../client-auth/one-time-token.service';
import type { PortalLanguage } from '../clients/portal-language';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { newestFirst } from '../common/paging';
import { claimWithRowLocks, type PorticoDataSource } from '../database/data-source';
import { letterDeliveries } from '../ops/metrics';
import type { Mailer } from './mailer';
import { LINK_SECRET, LetterStatus, OutboxLetter, type LetterKind } from './outbox-letter.entity';

/** A letter whose senders kept dying while sending it is not tried again by itself: staff decide. */
const MAX_UNCONFIRMED_ATTEMPTS = 5;

/** The single-use link a letter carries: minted when the letter leaves, so its secret is never stored. */
export interface LetterLink {
  purpose: TokenPurpose;
  lifetimeMinutes: number;
  replacesOlder: boolean;
  staffUserId: number | null;
}

export interface NewLetter {
  kind: LetterKind;
  clientId: number | null;
  recipient: string;
  language: PortalLanguage;
  subject: string;
  textBody: string;
  htmlBody: string;
  requestedBy: string | null;
  /** The link's place in the bodies is marked with LINK_SECRET. */
  link?: LetterLink;
}

/** Records a letter. With SMTP it waits for a sender; without, it stays in the outbox to be read there. */
export async function queueLetter(manager: DataSource | EntityManager, mailer: Mailer, letter: NewLetter): Promise<OutboxLetter> {
  const repository = manager.getRepository(OutboxLetter);
  const { link, ...content } = letter;
  return repository.save(
    repository.create({
      ...content,
      linkPurpose: link?.purpose ?? null,
      linkLifetimeMinutes: link?.lifetimeMinutes ?? null,
      linkReplacesOlder: link?.replacesOlder ?? false,
      linkStaffUserId: link?.staffUserId ?? null,
      status: mailer.configured ? LetterStatus.PENDING : LetterStatus.OUTBOX_ONLY,
      error: null,
      attempts: 0,
      sentAt: null,
      claimedBy: null,
      claimedAt: null,
    }),
  );
}

/**
 * Mints the letter's link secret (a fresh single-use token) and returns the bodies with it in place.
 * `keepEarlierOfLetter`: a copy sent before by a sender that died may have arrived, so its link stays valid.
 */
async function withFreshLink(
  dataSource: DataSource,
  letter: OutboxLetter,
  keepEarlierOfLetter = false,
): Promise<{ textBody: string; htmlBody: string; token: string | null }> {
  if (!letter.linkPurpose || !letter.clientId) return { textBody: letter.textBody, htmlBody: letter.htmlBody, token: null };
  const { token } = await issueToken(dataSource, {
    purpose: letter.linkPurpose,
    clientId: letter.clientId,
    staffUserId: letter.linkStaffUserId,
    lifetimeMs: (letter.linkLifetimeMinutes ?? 60) * 60_000,
    letterId: letter.id,
    replaceOlder: letter.linkReplacesOlder,
    keepEarlierOfLetter,
  });
  return { textBody: letter.textBody.split(LINK_SECRET).join(token), htmlBody: letter.htmlBody.split(LINK_SECRET).join(token), token };
}

/**
 * Sends one letter if this process can claim it. The claim is a conditional UPDATE, atomic on every
 * engine and on every Galera node: of several processes racing for the same letter exactly one sees
 * `affected = 1`, so one sender sends it.
 */
export async function deliverLetter(dataSource: DataSource, mailer: Mailer, letterId: number): Promise<OutboxLetter> {
  const claim = await dataSource
    .createQueryBuilder()
    .update(OutboxLetter)
    .set({ status: LetterStatus.SENDING, claimedBy: mailer.senderId, claimedAt: new Date(), attempts: () => 'attempts + 1' })
    .where('id = :letterId AND status = :pending', { letterId, pending: LetterStatus.PENDING })
    .execute();
  if (claim.affected) await sendClaimed(dataSource, mailer, letterId);
  return dataSource.getRepository(OutboxLetter).findOneByOrFail({ id: letterId });
}

/** Gives letters this process claimed back to the outbox unsent, for another sender (or this one later). */
async function releaseClaims(dataSource: DataSource, mailer: Mailer, letterIds?: number[]): Promise<number> {
  const release = dataSource
    .createQueryBuilder()
    .update(OutboxLetter)
    .set({ status: LetterStatus.PENDING, claimedBy: null, claimedAt: null })
    .where('status = :sending AND claimedBy = :sender', { sending: LetterStatus.SENDING, sender: mailer.senderId });
  if (letterIds) release.andWhere('id IN (:...letterIds)', { letterIds });
  const { affected } = await release.execute();
  if (affected) letterDeliveries.inc({ result: 'released' }, affected);
  return affected ?? 0;
}

function sendClaimed(dataSource: DataSource, mailer: Mailer, letterId: number): Promise<void> {
  return mailer.track(letterId, async () => {
    if (!mailer.accepting) {
      await releaseClaims(dataSource, mailer, [letterId]);
      return;
    }
    const repository = dataSource.getRepository(OutboxLetter);
    const letter = await repository.findOneByOrFail({ id: letterId });
    // The secret exists only in this process's memory and in the message handed to SMTP.
    const bodies = await withFreshLink(dataSource, letter, letter.attempts > 1);
    try {
      await mailer.send({ ...letter, textBody: bodies.textBody, htmlBody: bodies.htmlBody, messageId: mailer.messageIdOf(letter) });
    } catch (error) {
      if (bodies.token) await withdrawToken(dataSource, bodies.token);
      const message = error instanceof Error ? error.message : String(error);
      await repository.update({ id: letterId, claimedBy: mailer.senderId }, { status: LetterStatus.FAILED, error: message.slice(0, 1000) });
      letterDeliveries.inc({ result: 'failed' });
      return;
    }
    await repository.update({ id: letterId, claimedBy: mailer.senderId }, { status: LetterStatus.SENT, sentAt: new Date(), error: null });
    letterDeliveries.inc({ result: 'sent' });
  });
}

/**
 * At shutdown, after the letters being sent finished (Mailer.close): every letter this process
 * still holds goes back to the outbox (PENDING) for another process, never left SENDING.
 */
export function releaseUnsentLetters(dataSource: DataSource, mailer: Mailer): Promise<number> {
  return releaseClaims(dataSource, mailer);
}

/** How many letters wait (PENDING), are being sent (SENDING) or failed (FAILED), for the metrics. */
export async function countUnfinishedLetters(dataSource: DataSource): Promise<Record<string, number>> {
  const statuses = [LetterStatus.PENDING, LetterStatus.SENDING, LetterStatus.FAILED];
  const rows = await dataSource
    .getRepository(OutboxLetter)
    .createQueryBuilder('letter')
    .select('letter.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .where('letter.status IN (:...statuses)', { statuses })
    .groupBy('letter.status')
    .getRawMany<{ status: string; count: number | string }>();
  const counts: Record<string, number> = Object.fromEntries(statuses.map((status) => [status, 0]));
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/**
 * Without SMTP, staff pass a letter's link on themselves: this mints a fresh secret for it (an
 * earlier reveal's link stops working) and returns the whole link. Audited by the caller. With
 * SMTP configured links are never revealed: they go to the recipient only.
 */
export async function revealLetterLink(
  dataSource: DataSource,
  mailer: Mailer,
  rawId: string,
): Promise<{ letter: OutboxLetter; url: string }> {
  const letter = await getLetter(dataSource, rawId);
  if (mailer.configured)
    throw new ForbiddenError('Letters go out by e-mail here, so their links are never shown; send the letter again instead.', {
      reason: 'SMTP_CONFIGURED',
    });
  if (!letter.linkPurpose) throw new BadUserInputError('This letter carries no link.', 'id', { reason: 'NO_LINK' });
  if (letter.status !== LetterStatus.OUTBOX_ONLY)
    throw new BadUserInputError("This letter's link was cancelled; send a new letter.", 'id', { reason: 'LINK_CANCELLED' });
  const bodies = await withFreshLink(dataSource, letter);
  const url = new RegExp(`\\S*${bodies.token}`).exec(bodies.textBody)?.[0] ?? '';
  return { letter, url };
}

/**
 * The client's password or e-mail changed: every welcome and reset link it was sent stops working,
 * and letters with such links that have not gone out yet never will. Pass the change's transaction.
 */
export async function cancelAccountLinks(manager: DataSource | EntityManager, clientId: number): Promise<void> {
  await cancelAccountLinkTokens(manager, clientId);
  await manager.getRepository(OutboxLetter).update(
    {
      clientId,
      linkPurpose: In(ACCOUNT_LINK_PURPOSES),
      status: In([LetterStatus.PENDING, LetterStatus.OUTBOX_ONLY, LetterStatus.FAILED]),
    },
    { status: LetterStatus.CANCELLED },
  );
}

/** Puts a failed letter back in line and tries it again at once. */
export async function retryLetter(dataSource: DataSource, mailer: Mailer, rawId: string): Promise<OutboxLetter> {
  const letterId = parseId(rawId, 'id');
  if (!mailer.configured)
    throw new BadUserInputError('No SMTP server is configured (SMTP_URL), so letters stay in the outbox.', 'id', {
      reason: 'SMTP_NOT_CONFIGURED',
    });
  const reset = await dataSource
    .createQueryBuilder()
    .update(OutboxLetter)
    .set({ status: LetterStatus.PENDING, claimedBy: null, claimedAt: null })
    .where('id = :letterId AND status = :failed', { letterId, failed: LetterStatus.FAILED })
    .execute();
  if (!reset.affected) {
    if (!(await dataSource.getRepository(OutboxLetter).existsBy({ id: letterId }))) throw new NotFoundError('Letter', letterId);
    throw new BadUserInputError('Only a letter whose delivery failed can be sent again.', 'id', { reason: 'NOT_FAILED' });
  }
  return deliverLetter(dataSource, mailer, letterId);
}

/**
 * Claims up to `limit` letters that have waited longer than `olderThanMs` (their requester's own
 * delivery attempt died) and sends them. Parallel sweepers in several processes split the letters
 * between them (SKIP LOCKED on MySQL, only a hint across Galera nodes) and never send one twice
 * (the conditional claim decides, on every node). Letters whose sender died while sending them go
 * back to the outbox first.
 */
export async function sweepPendingLetters(database: PorticoDataSource, mailer: Mailer, limit = 20, olderThanMs = 10_000): Promise<number> {
  if (!mailer.configured || !mailer.accepting) return 0;
  const { dataSource } = database;
  await reclaimAbandonedLetters(dataSource, mailer);
  const claimedIds = await claimWithRowLocks(database, async (manager, lock) => {
    const candidates = await lock(
      manager
        .getRepository(OutboxLetter)
        .createQueryBuilder('letter')
        .select('letter.id')
        .where('letter.status = :pending AND letter.createdAt < :before', {
          pending: LetterStatus.PENDING,
          before: new Date(Date.now() - olderThanMs),
        })
        .orderBy('letter.id', 'ASC')
        .take(limit),
    ).getMany();
    const ids: number[] = [];
    for (const { id } of candidates) {
      const claim = await manager
        .createQueryBuilder()
        .update(OutboxLetter)
        .set({ status: LetterStatus.SENDING, claimedBy: mailer.senderId, claimedAt: new Date(), attempts: () => 'attempts + 1' })
        .where('id = :id AND status = :pending', { id, pending: LetterStatus.PENDING })
        .execute();
      if (claim.affected) ids.push(id);
    }
    return ids;
  });
  for (const id of claimedIds) await sendClaimed(dataSource, mailer, id);
  return claimedIds.length;
}

/**
 * A sender that died mid-way leaves its letter SENDING. Once twice the longest hand-over has passed
 * its sender is surely gone, and nobody knows whether the SMTP server got the letter: it goes back
 * to the outbox to be sent again with the same Message-ID, by which mail systems drop a copy that
 * did arrive. After MAX_UNCONFIRMED_ATTEMPTS such attempts it is marked FAILED for staff instead.
 */
async function reclaimAbandonedLetters(dataSource: DataSource, mailer: Mailer): Promise<void> {
  const abandonedBefore = new Date(Date.now() - 2 * mailer.sendTimeoutMs);
  const abandoned = { sending: LetterStatus.SENDING, abandonedBefore, maxAttempts: MAX_UNCONFIRMED_ATTEMPTS };
  const reclaimed = await dataSource
    .createQueryBuilder()
    .update(OutboxLetter)
    .set({ status: LetterStatus.PENDING, claimedBy: null, claimedAt: null })
    .where('status = :sending AND claimedAt < :abandonedBefore AND attempts < :maxAttempts', abandoned)
    .execute();
  if (reclaimed.affected) letterDeliveries.inc({ result: 'reclaimed' }, reclaimed.affected);
  await dataSource
    .createQueryBuilder()
    .update(OutboxLetter)
    .set({
      status: LetterStatus.FAILED,
      error: 'Its senders stopped several times before confirming delivery; check with the recipient before sending again.',
    })
    .where('status = :sending AND claimedAt < :abandonedBefore AND attempts >= :maxAttempts', abandoned)
    .execute();
}

export async function listLetters(
  dataSource: DataSource,
  options: { first: number; before?: string | null; clientId?: string | null },
): Promise<OutboxLetter[]> {
  const query = newestFirst(dataSource.getRepository(OutboxLetter), 'letter', options);
  if (options.clientId) query.andWhere('letter.clientId = :clientId', { clientId: parseId(options.clientId, 'clientId') });
  return query.getMany();
}

export async function getLetter(dataSource: DataSource, rawId: string): Promise<OutboxLetter> {
  const id = parseId(rawId, 'id');
  const letter = await dataSource.getRepository(OutboxLetter).findOneBy({ id });
  if (!letter) throw new NotFoundError('Letter', id);
  return letter;
}
