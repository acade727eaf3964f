import type { DataSource } from 'typeorm';
import { getClientPortalSettings, isPortal2Available, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { Client } from '../clients/client.entity';
import type { PorticoConfig } from '../config';
import { isUniqueViolation } from '../database/data-source';
import { ActorKind } from '../history/history-entry.entity';
import { writeLetter } from '../mail/letters';
import type { Mailer } from '../mail/mailer';
import { LetterKind } from '../mail/outbox-letter.entity';
import { deliverLetter, queueLetter } from '../mail/outbox.service';
import { log } from '../ops/logger';
import { findTarget } from './message.service';
import { Conversation, Message, MessageDigest } from './message.entity';
import { MessageLetters } from './message-letters';

const DAY_MS = 86_400_000;

/** The start of `now`'s UTC day: a digest covers the messages before it. */
export function digestDayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Claims the client's digest for the day with one statement: the first digest makes the row (the
 * primary key lets one INSERT win), later ones move `coveredUntil` forward with a conditional UPDATE.
 * Answers where the claimed window starts, or null when another process (or an earlier run) has it.
 */
async function claimDigest(dataSource: DataSource, clientId: number, dayStart: Date): Promise<Date | null> {
  const repository = dataSource.getRepository(MessageDigest);
  const existing = await repository.findOneBy({ clientId });
  if (!existing) {
    try {
      await repository.insert({ clientId, coveredUntil: dayStart });
      return new Date(dayStart.getTime() - DAY_MS);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }
  if (existing.coveredUntil.getTime() >= dayStart.getTime()) return null;
  const result = await dataSource
    .createQueryBuilder()
    .update(MessageDigest)
    .set({ coveredUntil: dayStart })
    .where('clientId = :clientId AND coveredUntil < :dayStart', { clientId, dayStart })
    .execute();
  return result.affected === 1 ? existing.coveredUntil : null;
}

/** Conversations of the client with agency messages in [from, until) the client has not read. */
async function unreadConversations(dataSource: DataSource, clientId: number, from: Date, until: Date): Promise<Conversation[]> {
  return dataSource
    .getRepository(Conversation)
    .createQueryBuilder('conversation')
    .where('conversation.clientId = :clientId', { clientId })
    .andWhere((query) => {
      const unread = query
        .subQuery()
        .select('1')
        .from(Message, 'message')
        .where('message.conversationId = conversation.id')
        .andWhere('message.authorKind = :staff')
        .andWhere('message.id > conversation.clientReadUpTo')
        .andWhere('message.createdAt >= :from AND message.createdAt < :until')
        .getQuery();
      return `EXISTS ${unread}`;
    })
    .setParameters({ staff: ActorKind.STAFF, from, until })
    .orderBy('conversation.lastMessageAt', 'ASC')
    .getMany();
}

/**
 * Sends each DAILY_DIGEST client one letter a day, in the client's language, listing the conversations
 * where the agency wrote the day before and the client has not read it yet. Every API process runs
 * this; the claim in the database decides which one writes a client's letter. Answers how many went out.
 */
export async function sendMessageDigests(
  dataSource: DataSource,
  config: Pick<PorticoConfig, 'publicUrl'>,
  mailer: Mailer,
  now = new Date(),
): Promise<number> {
  const settings = await getClientPortalSettings(dataSource);
  if (!isPortal2Available(settings)) return 0;
  const dayStart = digestDayStart(now);
  const candidates = await dataSource
    .getRepository(Client)
    .createQueryBuilder('client')
    .select(['client.id'])
    .innerJoin(Conversation, 'conversation', 'conversation.clientId = client.id')
    .leftJoin(MessageDigest, 'digest', 'digest.clientId = client.id')
    .where('client.messageLetters = :digest', { digest: MessageLetters.DAILY_DIGEST })
    .andWhere('client.portalAccessAllowed = :yes', { yes: true })
    .andWhere('client.email IS NOT NULL')
    .andWhere('(digest.coveredUntil IS NULL OR digest.coveredUntil < :dayStart)', { dayStart })
    .andWhere('conversation.lastMessageAt >= :since', { since: new Date(dayStart.getTime() - 7 * DAY_MS) })
    .distinct(true)
    .take(500)
    .getMany();
  let sent = 0;
  for (const { id } of candidates) {
    const from = await claimDigest(dataSource, id, dayStart);
    if (!from) continue;
    const conversations = await unreadConversations(dataSource, id, from, dayStart);
    if (conversations.length === 0) continue;
    const client = await dataSource.getRepository(Client).findOneByOrFail({ id });
    const records = await Promise.all(
      conversations.map((conversation) => findTarget(dataSource, conversation.recordType, conversation.recordId).catch(() => null)),
    );
    const base = portalUrl(settings, config);
    const written = writeLetter(
      LetterKind.MESSAGE_DIGEST,
      client.preferredLanguage,
      {
        portalName: settings.portalName,
        clientName: client.name,
        username: client.username,
        portalUrl: base,
        actionUrl: base,
        validFor: '',
        recordList: records.flatMap((record) => (record ? [`${record.number} · ${record.name}`] : [])),
      },
      settings.primaryColor,
    );
    const letter = await queueLetter(dataSource, mailer, {
      kind: LetterKind.MESSAGE_DIGEST,
      clientId: client.id,
      recipient: client.email!,
      language: client.preferredLanguage,
      subject: written.subject,
      textBody: written.text,
      htmlBody: written.html,
      requestedBy: null,
    });
    sent += 1;
    if (mailer.configured)
      void deliverLetter(dataSource, mailer, letter.id).catch((error) => log().error({ err: error }, 'Delivery failed'));
  }
  return sent;
}
