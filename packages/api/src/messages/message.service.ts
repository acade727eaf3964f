import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_LENGTH, MESSAGE_LETTER_WINDOW_MINUTES } from '@portico/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import type { ClientViewerContext, StaffViewerContext } from '../auth/context';
import { clientMay } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { getClientPortalSettings, isPortal2Available, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { ClientRequest } from '../client-requests/client-request.entity';
import { Client } from '../clients/client.entity';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import type { PorticoConfig } from '../config';
import { isUniqueViolation } from '../database/data-source';
import type { Actor } from '../history/actor';
import { ActorKind } from '../history/history-entry.entity';
import { writeLetter } from '../mail/letters';
import type { Mailer } from '../mail/mailer';
import { LetterKind } from '../mail/outbox-letter.entity';
import { deliverLetter, queueLetter } from '../mail/outbox.service';
import { log } from '../ops/logger';
import { Project } from '../projects/project.entity';
import { Quote } from '../quotes/quote.entity';
import { Rights, type StaffRight } from '../staff/staff-rights';
import { NotificationKind } from '../notifications/notification.entity';
import { notifyClient } from '../notifications/notification.service';
import { Conversation, ConversationRecordType, Message } from './message.entity';
import { MessageLetters } from './message-letters';

/** The record a conversation is about, as far as messages need it. */
export interface ConversationTarget {
  recordType: ConversationRecordType;
  recordId: number;
  clientId: number;
  number: string;
  name: string;
}

const CLIENT_AREA: Record<ConversationRecordType, ClientPortalArea> = {
  [ConversationRecordType.PROJECT]: ClientPortalArea.PROJECTS,
  [ConversationRecordType.QUOTE]: ClientPortalArea.QUOTES,
  [ConversationRecordType.REQUEST]: ClientPortalArea.REQUESTS,
};

/** What staff need to read a record's conversation, and to answer in it (the area's Edit right). */
const STAFF_RIGHTS: Record<ConversationRecordType, { read: StaffRight; answer: StaffRight }> = {
  [ConversationRecordType.PROJECT]: { read: Rights.PROJECTS_DISPLAY, answer: Rights.PROJECTS_EDIT },
  [ConversationRecordType.QUOTE]: { read: Rights.QUOTES_DISPLAY, answer: Rights.QUOTES_EDIT },
  [ConversationRecordType.REQUEST]: { read: Rights.REQUESTS_DISPLAY, answer: Rights.REQUESTS_EDIT },
};

/** The project, quote or request, or NOT_FOUND. */
export async function findTarget(
  dataSource: DataSource,
  recordType: ConversationRecordType,
  rawId: string | number,
): Promise<ConversationTarget> {
  const id = parseId(rawId, 'recordId');
  const entity =
    recordType === ConversationRecordType.PROJECT ? Project : recordType === ConversationRecordType.QUOTE ? Quote : ClientRequest;
  const record = await dataSource.getRepository<Project | Quote | ClientRequest>(entity).findOneBy({ id });
  if (!record) throw new NotFoundError(recordType.charAt(0) + recordType.slice(1).toLowerCase(), id);
  return { recordType, recordId: record.id, clientId: record.clientId, number: record.number, name: record.name };
}

/**
 * The records of a page of conversations, one statement per kind of record (at most three) rather
 * than one per conversation; a record deleted meanwhile is missing from the map.
 */
export async function findTargets(
  dataSource: DataSource,
  refs: ReadonlyArray<{ recordType: ConversationRecordType; recordId: number }>,
): Promise<Map<string, ConversationTarget>> {
  const targets = new Map<string, ConversationTarget>();
  await Promise.all(
    Object.values(ConversationRecordType).map(async (recordType) => {
      const ids = [...new Set(refs.filter((ref) => ref.recordType === recordType).map((ref) => ref.recordId))];
      if (ids.length === 0) return;
      const entity =
        recordType === ConversationRecordType.PROJECT ? Project : recordType === ConversationRecordType.QUOTE ? Quote : ClientRequest;
      const records = await dataSource.getRepository<Project | Quote | ClientRequest>(entity).findBy({ id: In(ids) });
      for (const record of records)
        targets.set(targetKey(recordType, record.id), {
          recordType,
          recordId: record.id,
          clientId: record.clientId,
          number: record.number,
          name: record.name,
        });
    }),
  );
  return targets;
}

export function targetKey(recordType: ConversationRecordType, recordId: number): string {
  return `${recordType}:${recordId}`;
}

/** The client's own record whose area it may open, or NOT_FOUND / FORBIDDEN like the record itself. */
export async function clientTarget(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  recordType: ConversationRecordType,
  rawId: string | number,
): Promise<ConversationTarget> {
  const area = CLIENT_AREA[recordType];
  if (!clientMay(viewer, area, ClientPortalAction.DISPLAY))
    throw new ForbiddenError(`Your account may not open ${area.toLowerCase()}.`, { area, action: ClientPortalAction.DISPLAY });
  const target = await findTarget(dataSource, recordType, rawId);
  if (target.clientId !== viewer.client.id) throw new NotFoundError(recordType, target.recordId);
  return target;
}

/** Staff may read a conversation with the record's Display right and answer with its Edit right. */
export function staffMayAnswer(staff: StaffViewerContext, recordType: ConversationRecordType): boolean {
  return staff.rights.has(STAFF_RIGHTS[recordType].answer);
}

export function checkStaffMay(staff: StaffViewerContext, recordType: ConversationRecordType, what: 'read' | 'answer'): void {
  const right = STAFF_RIGHTS[recordType][what];
  if (!staff.rights.has(right)) throw new ForbiddenError(`Your user group lacks the right to do this (${right}).`, { right });
}

/** Whether the client may write here: Messages Add, and not in a read-only staff session. */
export function clientMayPost(viewer: ClientViewerContext): boolean {
  return (
    clientMay(viewer, ClientPortalArea.MESSAGES, ClientPortalAction.ADD) && !(viewer.impersonation && !viewer.impersonation.allowChanges)
  );
}

export function findConversation(dataSource: DataSource, target: ConversationTarget): Promise<Conversation | null> {
  return dataSource.getRepository(Conversation).findOneBy({ recordType: target.recordType, recordId: target.recordId });
}

/** The record's conversation, made on its first message; two first messages at once share one (the unique key decides). */
async function ensureConversation(dataSource: DataSource, target: ConversationTarget): Promise<Conversation> {
  const existing = await findConversation(dataSource, target);
  if (existing) return existing;
  const repository = dataSource.getRepository(Conversation);
  try {
    return await repository.save(
      repository.create({
        clientId: target.clientId,
        recordType: target.recordType,
        recordId: target.recordId,
        lastMessageAt: new Date(),
        awaitingAnswer: false,
        clientReadUpTo: 0,
        staffReadUpTo: 0,
        clientLetterAt: null,
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await findConversation(dataSource, target))!;
  }
}

export function listMessages(dataSource: DataSource, conversation: Conversation | null): Promise<Message[]> {
  if (!conversation) return Promise.resolve([]);
  return dataSource.getRepository(Message).find({ where: { conversationId: conversation.id }, order: { id: 'ASC' } });
}

function checkBody(raw: string): string {
  const body = raw.trim();
  if (body.length < MESSAGE_LENGTH.min || body.length > MESSAGE_LENGTH.max)
    throw new BadUserInputError(`Write a message of ${MESSAGE_LENGTH.min} to ${MESSAGE_LENGTH.max} characters.`, 'body', {
      reason: body.length < MESSAGE_LENGTH.min ? 'MESSAGE_EMPTY' : 'MESSAGE_TOO_LONG',
    });
  return body;
}

/**
 * Adds a message and moves the conversation on in one transaction: the author's side has read it, and
 * the conversation waits for the agency when the client wrote. A staff message tells the client by
 * e-mail unless a letter about this conversation left within the last few minutes.
 */
export async function postMessage(
  dataSource: DataSource,
  config: PorticoConfig,
  mailer: Mailer,
  target: ConversationTarget,
  rawBody: string,
  author: Actor,
  rawFileIds: readonly string[] = [],
): Promise<Message> {
  const body = checkBody(rawBody);
  const fileIds = [...new Set(rawFileIds.map((id) => parseId(id, 'fileIds')))];
  if (fileIds.length > MESSAGE_ATTACHMENTS_MAX)
    throw new BadUserInputError(`Send at most ${MESSAGE_ATTACHMENTS_MAX} files with one message.`, 'fileIds', {
      reason: 'TOO_MANY_ATTACHMENTS',
    });
  const conversation = await ensureConversation(dataSource, target);
  const byClientSide = author.kind !== ActorKind.STAFF;
  const message = await dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(Message);
    const saved = await repository.save(
      repository.create({
        conversationId: conversation.id,
        clientId: target.clientId,
        body,
        authorKind: author.kind,
        recordedAuthor: author.name.slice(0, 300),
      }),
    );
    if (fileIds.length) await attachFiles(manager, saved, fileIds, byClientSide);
    const marker = byClientSide ? 'clientReadUpTo' : 'staffReadUpTo';
    await manager
      .createQueryBuilder()
      .update(Conversation)
      .set({
        lastMessageAt: saved.createdAt,
        awaitingAnswer: byClientSide,
        [marker]: () => `CASE WHEN ${marker} < ${saved.id} THEN ${saved.id} ELSE ${marker} END`,
      })
      .where('id = :id', { id: conversation.id })
      .execute();
    if (!byClientSide) await notifyClient(manager, target, NotificationKind.NEW_MESSAGE);
    return saved;
  });
  if (!byClientSide)
    await tellClient(dataSource, config, mailer, conversation, target).catch((error) =>
      log().error({ err: error }, 'Message letter failed'),
    );
  return message;
}

/**
 * Moves the sender's waiting uploads onto the message with one conditional UPDATE: each file must be
 * the client's, uploaded by the sender's side, and attached to nothing yet (a second message cannot
 * take it too). Anything else rolls the message back.
 */
async function attachFiles(manager: EntityManager, message: Message, fileIds: number[], byClientSide: boolean): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(StoredFile)
    .set({ messageId: message.id })
    .where('id IN (:...fileIds) AND clientId = :clientId', { fileIds, clientId: message.clientId })
    .andWhere('projectId IS NULL AND requestId IS NULL AND messageId IS NULL')
    .andWhere(byClientSide ? 'uploadedByKind <> :staff' : 'uploadedByKind = :staff', { staff: ActorKind.STAFF })
    .execute();
  if (result.affected !== fileIds.length)
    throw new BadUserInputError('Some files are not uploads of yours waiting for a message; upload them again.', 'fileIds', {
      reason: 'ATTACHMENT_NOT_AVAILABLE',
    });
}

/**
 * Claims the conversation's letter window with one conditional UPDATE: of any number of simultaneous
 * staff messages, on any number of processes, one sees `affected = 1` and writes the letter.
 */
export async function claimLetterWindow(dataSource: DataSource, conversationId: number, now = new Date()): Promise<boolean> {
  const cutoff = new Date(now.getTime() - MESSAGE_LETTER_WINDOW_MINUTES * 60_000);
  const result = await dataSource
    .createQueryBuilder()
    .update(Conversation)
    .set({ clientLetterAt: now })
    .where('id = :id AND (clientLetterAt IS NULL OR clientLetterAt <= :cutoff)', { id: conversationId, cutoff })
    .execute();
  return result.affected === 1;
}

const PORTAL_PATH: Record<ConversationRecordType, string> = {
  [ConversationRecordType.PROJECT]: 'projects',
  [ConversationRecordType.QUOTE]: 'quotes',
  [ConversationRecordType.REQUEST]: 'requests',
};

async function tellClient(
  dataSource: DataSource,
  config: PorticoConfig,
  mailer: Mailer,
  conversation: Conversation,
  target: ConversationTarget,
): Promise<void> {
  const [client, settings] = await Promise.all([
    dataSource.getRepository(Client).findOneBy({ id: target.clientId }),
    getClientPortalSettings(dataSource),
  ]);
  if (!client?.email || !client.portalAccessAllowed || !isPortal2Available(settings)) return;
  // DAILY_DIGEST clients hear in the next day's digest (message-digest.service.ts), NEVER clients not at all.
  if (client.messageLetters !== MessageLetters.IMMEDIATELY) return;
  if (!(await claimLetterWindow(dataSource, conversation.id))) return;
  const base = portalUrl(settings, config);
  const written = writeLetter(
    LetterKind.NEW_MESSAGE,
    client.preferredLanguage,
    {
      portalName: settings.portalName,
      clientName: client.name,
      username: client.username,
      portalUrl: base,
      actionUrl: `${base.replace(/\/$/, '')}/${PORTAL_PATH[target.recordType]}/${target.recordId}#messages`,
      validFor: '',
      recordLabel: `${target.number} · ${target.name}`,
    },
    settings.primaryColor,
  );
  const letter = await queueLetter(dataSource, mailer, {
    kind: LetterKind.NEW_MESSAGE,
    clientId: client.id,
    recipient: client.email,
    language: client.preferredLanguage,
    subject: written.subject,
    textBody: written.text,
    htmlBody: written.html,
    requestedBy: null,
  });
  if (mailer.configured) void deliverLetter(dataSource, mailer, letter.id).catch((error) => log().error({ err: error }, 'Delivery failed'));
}

/**
 * Moves one side's read marker to the conversation's newest message. Only ever forward (a conditional
 * UPDATE), so an older tab marking read cannot undo a newer one.
 */
export async function markRead(dataSource: DataSource, conversation: Conversation | null, side: 'client' | 'staff'): Promise<void> {
  if (!conversation) return;
  const newest = await dataSource.getRepository(Message).findOne({ where: { conversationId: conversation.id }, order: { id: 'DESC' } });
  if (!newest) return;
  const marker = side === 'client' ? 'clientReadUpTo' : 'staffReadUpTo';
  await dataSource
    .createQueryBuilder()
    .update(Conversation)
    .set({ [marker]: newest.id })
    .where(`id = :id AND ${marker} < :newest`, { id: conversation.id, newest: newest.id })
    .execute();
}

/** Messages from the other side newer than the viewer's read marker. */
export function unreadFor(messages: Message[], conversation: Conversation | null, side: 'client' | 'staff'): number {
  if (!conversation) return 0;
  const readUpTo = side === 'client' ? conversation.clientReadUpTo : conversation.staffReadUpTo;
  return messages.filter((message) => message.id > readUpTo && (side === 'client') === (message.authorKind === ActorKind.STAFF)).length;
}

/** Conversations whose newest message is the client's, oldest first: what the agency still has to answer. */
export function conversationsAwaitingAnswer(dataSource: DataSource, staff: StaffViewerContext, first: number): Promise<Conversation[]> {
  const types = Object.values(ConversationRecordType).filter((type) => staff.rights.has(STAFF_RIGHTS[type].read));
  if (types.length === 0) return Promise.resolve([]);
  return dataSource
    .getRepository(Conversation)
    .createQueryBuilder('conversation')
    .where('conversation.awaitingAnswer = :yes', { yes: true })
    .andWhere('conversation.recordType IN (:...types)', { types })
    .orderBy('conversation.lastMessageAt', 'ASC')
    .take(Math.min(Math.max(first, 1), 100))
    .getMany();
}
