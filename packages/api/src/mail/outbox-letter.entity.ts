import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TokenPurpose } from '../client-auth/one-time-token.entity';
import { PortalLanguage } from '../clients/portal-language';

export enum LetterKind {
  WELCOME = 'WELCOME',
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Tells the previous address that the client's e-mail address was changed. */
  EMAIL_CHANGED = 'EMAIL_CHANGED',
  /** Tells the client that a staff member signed in as it with changes allowed. */
  STAFF_SESSION_NOTICE = 'STAFF_SESSION_NOTICE',
  /** Tells a client or staff member that an administrator removed their two-factor sign-in. */
  TWO_FACTOR_RESET = 'TWO_FACTOR_RESET',
  /** Tells the client that the agency wrote in the conversation on a project, quote or request. */
  NEW_MESSAGE = 'NEW_MESSAGE',
  /** A client's daily list of conversations with new messages from the agency (for the DAILY_DIGEST preference). */
  MESSAGE_DIGEST = 'MESSAGE_DIGEST',
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
  /** Its link was cancelled before it went out (the client's password or e-mail changed); it will never be sent. */
  CANCELLED = 'CANCELLED',
}

/**
 * Where a letter's link secret goes. The stored letter only ever holds this marker: the secret is
 * minted when the letter is handed to SMTP (or revealed in the outbox) and never written down.
 */
export const LINK_SECRET = '{{link-secret}}';

/** How staff see the marker: the link's place, with no secret to use. */
const MASKED_SECRET = '••••••••';
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

  /** Plain-text part, with LINK_SECRET where the link's secret goes. */
  @Column({ type: 'text' })
  textBody: string;

  /** HTML part, with LINK_SECRET where the link's secret goes. */
  @Column({ type: 'text' })
  htmlBody: string;

  /** The kind of single-use link the letter carries (welcome, reset), minted at sending; null for letters without one. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  linkPurpose: TokenPurpose | null;

  @Column({ type: 'int', nullable: true })
  linkLifetimeMinutes: number | null;

  /** Whether minting its link cancels the client's older links of the same kind (letters staff send do; self-service ones do not). */
  @Column({ type: 'boolean', default: false })
  linkReplacesOlder: boolean;

  @Column({ type: 'int', nullable: true })
  linkStaffUserId: number | null;

  @Field({ name: 'textBody', description: "Plain-text part. A link's secret is never stored or shown: it appears as ••••••••." })
  get maskedTextBody(): string {
    return this.textBody.split(LINK_SECRET).join(MASKED_SECRET);
  }

  @Field({ name: 'htmlBody', description: "HTML part, with a link's secret shown as ••••••••." })
  get maskedHtmlBody(): string {
    return this.htmlBody.split(LINK_SECRET).join(MASKED_SECRET);
  }

  @Field({ description: 'True when the letter carries a single-use link (welcome, password reset).' })
  get hasLink(): boolean {
    return this.linkPurpose !== null;
  }

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
