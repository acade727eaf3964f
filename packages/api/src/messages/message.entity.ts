import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ActorKind } from '../history/history-entry.entity';

/** The kinds of record a conversation belongs to. */
export enum ConversationRecordType {
  PROJECT = 'PROJECT',
  QUOTE = 'QUOTE',
  REQUEST = 'REQUEST',
}
registerEnumType(ConversationRecordType, { name: 'ConversationRecordType', description: 'The kind of record a conversation is about.' });

/**
 * The state of one record's conversation: who has read up to which message, whether the client waits
 * for an answer, when the client was last told by e-mail. One row per record (a unique key), created by
 * the first message; every change to it is a conditional UPDATE, so simultaneous requests agree.
 */
@Entity('conversations')
@Index('UQ_conversations_record', ['recordType', 'recordId'], { unique: true })
@Index('IDX_conversations_awaiting', ['awaitingAnswer', 'lastMessageAt'])
export class Conversation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  clientId: number;

  @Column({ type: 'varchar', length: 16 })
  recordType: ConversationRecordType;

  @Column({ type: 'int' })
  recordId: number;

  @Column({ type: 'datetime' })
  lastMessageAt: Date;

  /** True when the newest message is the client's: the agency has not answered yet. */
  @Column({ type: 'boolean', default: false })
  awaitingAnswer: boolean;

  /** The newest message id the client has seen (0: none). */
  @Column({ type: 'int', default: 0 })
  clientReadUpTo: number;

  /** The newest message id staff have seen (0: none); the agency reads as one. */
  @Column({ type: 'int', default: 0 })
  staffReadUpTo: number;

  /** When the client was last sent a letter about new messages here; claimed with a conditional UPDATE. */
  @Column({ type: 'datetime', nullable: true })
  clientLetterAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}

/** One message in a conversation: plain text, by the client or by the agency's staff. */
@ObjectType({ description: 'A message in the conversation on a project, quote or request.' })
@Entity('messages')
@Index('IDX_messages_conversation', ['conversationId', 'id'])
export class Message {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  conversationId: number;

  @Column({ type: 'int' })
  clientId: number;

  @Field({ description: 'Plain text, as written.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => ActorKind, { description: 'CLIENT, STAFF, or STAFF_ON_BEHALF_OF_CLIENT (a staff member signed in as the client).' })
  @Column({ type: 'varchar', length: 32 })
  authorKind: ActorKind;

  /** The author's name as recorded; clients may see the agency's name instead (`authorName`). */
  @Column({ type: 'varchar', length: 300 })
  recordedAuthor: string;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}

/**
 * How far a client's daily digest of messages has been sent: one row per client, its `coveredUntil`
 * moved on by one conditional UPDATE (or made by one INSERT) per day, so of any number of processes
 * sending digests at once exactly one writes the day's letter.
 */
@Entity('message_digests')
export class MessageDigest {
  @PrimaryColumn({ type: 'int' })
  clientId: number;

  /** Messages before this moment (the start of a UTC day) have been in a digest. */
  @Column({ type: 'datetime' })
  coveredUntil: Date;
}
