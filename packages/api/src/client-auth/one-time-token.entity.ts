import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum TokenPurpose {
  WELCOME = 'WELCOME',
  PASSWORD_RESET = 'PASSWORD_RESET',
  SIGN_IN_AS_PARTNER = 'SIGN_IN_AS_PARTNER',
}

/**
 * A single-use secret sent in a link. Only its SHA-256 is stored; it expires, is consumed on use,
 * and issuing a new one of the same purpose for the same client invalidates the older ones.
 */
@Entity('one_time_tokens')
@Index('IDX_one_time_tokens_client_purpose', ['clientId', 'purpose'])
export class OneTimeToken {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 24 })
  purpose: TokenPurpose;

  @Column({ type: 'int' })
  clientId: number;

  /** The staff member who asked for it (welcome, reset from the Home Portal, sign in as partner). */
  @Column({ type: 'int', nullable: true })
  staffUserId: number | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  /** What the token carries besides its purpose (e.g. the stated reason of a Sign in as Partner link). */
  @Column({ type: 'simple-json', nullable: true })
  payload: Record<string, string | boolean> | null;

  /** The letter whose link carries it (minted when the letter is handed to SMTP, or revealed in the outbox). */
  @Column({ type: 'int', nullable: true })
  letterId: number | null;

  /** Set when the token was used, or replaced by a newer one. */
  @Column({ type: 'datetime', nullable: true })
  consumedAt: Date | null;
}
