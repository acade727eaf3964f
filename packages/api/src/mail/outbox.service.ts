import { randomBytes } from 'node:crypto';
import { LessThan, type DataSource } from 'typeorm';
import type { PortalLanguage } from '../clients/portal-language';
import { NotFoundError, BadUserInputError } from '../common/errors';
import { parseId } from '../common/ids';
import { claimWithRowLocks, type PorticoDataSource } from '../database/data-source';
import type { Mailer } from './mailer';
import { LetterStatus, OutboxLetter, type LetterKind } from './outbox-letter.entity';

/** Identifies this process as a sender, so a claimed letter can be traced to who sends it. */
export const SENDER_ID = `${process.pid}-${randomBytes(4).toString('hex')}`;

/** Secrets in links (`#token=...`, `#code=...`); removed from the stored copy once the letter is delivered. */
const SECRET_IN_LINK = /#(token|code)=[A-Za-z0-9_-]+/g;

export interface NewLetter {
  kind: LetterKind;
  clientId: number | null;
  recipient: string;
  language: PortalLanguage;
  subject: string;
  textBody: string;
  htmlBody: string;
  requestedBy: string | null;
}

/** Records a letter. With SMTP it waits for a sender; without, it stays in the outbox to be read there. */
export async function queueLetter(dataSource: DataSource, mailer: Mailer, letter: NewLetter): Promise<OutboxLetter> {
  const repository = dataSource.getRepository(OutboxLetter);
  return repository.save(
    repository.create({ ...letter, status: mailer.configured ? LetterStatus.PENDING : LetterStatus.OUTBOX_ONLY, error: null, attempts: 0, sentAt: null, claimedBy: null, claimedAt: null }),
  );
}

/**
 * Sends one letter if this process can claim it. The claim is a conditional UPDATE, atomic on every
 * engine: of several processes racing for the same letter exactly one sees `affected = 1`, so a
 * letter is never sent twice.
 */
export async function deliverLetter(dataSource: DataSource, mailer: Mailer, letterId: number): Promise<OutboxLetter> {
  const claim = await dataSource
    .createQueryBuilder()
    .update(OutboxLetter)
    .set({ status: LetterStatus.SENDING, claimedBy: SENDER_ID, claimedAt: new Date(), attempts: () => 'attempts + 1' })
    .where('id = :letterId AND status = :pending', { letterId, pending: LetterStatus.PENDING })
    .execute();
  if (claim.affected) await sendClaimed(dataSource, mailer, letterId);
  return dataSource.getRepository(OutboxLetter).findOneByOrFail({ id: letterId });
}

async function sendClaimed(dataSource: DataSource, mailer: Mailer, letterId: number): Promise<void> {
  const repository = dataSource.getRepository(OutboxLetter);
  const letter = await repository.findOneByOrFail({ id: letterId });
  try {
    await mailer.send(letter);
    await repository.update(
      { id: letterId, claimedBy: SENDER_ID },
      {
        status: LetterStatus.SENT,
        sentAt: new Date(),
        error: null,
        textBody: letter.textBody.replace(SECRET_IN_LINK, '#$1=removed-after-delivery'),
        htmlBody: letter.htmlBody.replace(SECRET_IN_LINK, '#$1=removed-after-delivery'),
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await repository.update({ id: letterId, claimedBy: SENDER_ID }, { status: LetterStatus.FAILED, error: message.slice(0, 1000) });
  }
}

/** Puts a failed letter back in line and tries it again at once. */
export async function retryLetter(dataSource: DataSource, mailer: Mailer, rawId: string): Promise<OutboxLetter> {
  const letterId = parseId(rawId, 'id');
  if (!mailer.configured) throw new BadUserInputError('No SMTP server is configured (SMTP_URL), so letters stay in the outbox.', 'id', { reason: 'SMTP_NOT_CONFIGURED' });
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
 * between them (SKIP LOCKED on MySQL) and never send one twice (conditional claim).
 */
export async function sweepPendingLetters(database: PorticoDataSource, mailer: Mailer, limit = 20, olderThanMs = 10_000): Promise<number> {
  if (!mailer.configured) return 0;
  const { dataSource } = database;
  const claimedIds = await claimWithRowLocks(database, async (manager, lock) => {
    const candidates = await lock(
      manager
        .getRepository(OutboxLetter)
        .createQueryBuilder('letter')
        .select('letter.id')
        .where('letter.status = :pending AND letter.createdAt < :before', { pending: LetterStatus.PENDING, before: new Date(Date.now() - olderThanMs) })
        .orderBy('letter.id', 'ASC')
        .take(limit),
    ).getMany();
    const ids: number[] = [];
    for (const { id } of candidates) {
      const claim = await manager
        .createQueryBuilder()
        .update(OutboxLetter)
        .set({ status: LetterStatus.SENDING, claimedBy: SENDER_ID, claimedAt: new Date(), attempts: () => 'attempts + 1' })
        .where('id = :id AND status = :pending', { id, pending: LetterStatus.PENDING })
        .execute();
      if (claim.affected) ids.push(id);
    }
    return ids;
  });
  for (const id of claimedIds) await sendClaimed(dataSource, mailer, id);
  // A sender that died mid-way leaves its letter SENDING; report it instead of risking a second copy.
  await dataSource
    .getRepository(OutboxLetter)
    .update({ status: LetterStatus.SENDING, claimedAt: LessThan(new Date(Date.now() - 10 * 60_000)) }, { status: LetterStatus.FAILED, error: 'The sender stopped before confirming delivery; check with the recipient before sending again.' });
  return claimedIds.length;
}

export async function listLetters(dataSource: DataSource, options: { first: number; before?: string | null; clientId?: string | null }): Promise<OutboxLetter[]> {
  const query = dataSource.getRepository(OutboxLetter).createQueryBuilder('letter').orderBy('letter.id', 'DESC').take(Math.min(Math.max(options.first, 1), 100));
  if (options.before) query.andWhere('letter.id < :before', { before: parseId(options.before, 'before') });
  if (options.clientId) query.andWhere('letter.clientId = :clientId', { clientId: parseId(options.clientId, 'clientId') });
  return query.getMany();
}

export async function getLetter(dataSource: DataSource, rawId: string): Promise<OutboxLetter> {
  const id = parseId(rawId, 'id');
  const letter = await dataSource.getRepository(OutboxLetter).findOneBy({ id });
  if (!letter) throw new NotFoundError('Letter', id);
  return letter;
}
