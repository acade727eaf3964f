import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PortalLanguage } from '../clients/portal-language';

export enum LetterKind {
  WELCOME = 'WELCOME',
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Tells the client that a staff member signed in as it with changes allowed. */
  STAFF_SESSION_NOTICE = 'STAFF_SESSION_NOTICE',
}

export enum LetterStatus {
  /** Waiting for a sender to claim it. */
  PENDING = 'PENDING',
  /** Claimed by one sender; no other will touch it. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** The SMTP server refused it or could not be reached; `error` says why. */
  FAILED = 'FAILED',
  /** No SMTP server is configured: the letter is kept here to be read (demo mode). */
  OUTBOX_ONLY = 'OUTBOX_ONLY',
}
registerEnumType(LetterKind, { name: 'LetterKind' });
registerEnumType(LetterStatus, { name: 'LetterStatus' });

/** Every letter Portico writes, whether or not it could be delivered. */
@ObjectType({ description: 'A letter in the outbox: what was sent to whom, when, and whether delivery worked.' })
@Entity('outbox_letters')
@Index('IDX_outbox_status', ['status', 'id'])
@Index('IDX_outbox_client', ['clientId', 'id'])
export class OutboxLetter {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => LetterKind)
  @Column({ type: 'varchar', length: 24 })
  kind: LetterKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Field(() => PortalLanguage)
  @Column({ type: 'varchar', length: 5 })
  language: PortalLanguage;

  @Field({ description: 'Plain-text part. Links with a secret are removed once the letter was delivered.' })
  @Column({ type: 'text' })
  textBody: string;

  @Field({ description: 'HTML part. Links with a secret are removed once the letter was delivered.' })
  @Column({ type: 'text' })
  htmlBody: string;

  @Field(() => LetterStatus)
  @Column({ type: 'varchar', length: 16 })
  status: LetterStatus;

  @Field(() => String, { nullable: true, description: 'The SMTP error of the last failed attempt.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  error: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field({ description: 'When the letter was written.' })
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;

  /** Which process is sending it, and since when (to detect senders that died mid-way). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  claimedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The staff member who had it sent; null for self-service letters.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  requestedBy: string | null;
}
