import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A counter of attempts in a time window, shared by every API process through the database: wrong
 * passwords of one account, sign-ins from one network, letters to one client. A bucket may also be
 * blocked for a while (an account lock). Kept apart from the accounts' own rows so that counting
 * never touches a record's version (a flood of guesses must not turn staff saves into conflicts).
 */
@Entity('rate_limit_buckets')
export class RateLimitBucket {
  /** What is counted, e.g. `account:client:42` or `sign-in-address:203.0.113.7`. */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  bucket: string;

  /** Attempts claimed in the current window (a claim happens before the attempt is carried out). */
  @Column({ type: 'int', default: 0 })
  hits: number;

  @Column({ type: 'datetime' })
  windowStartedAt: Date;

  /** While in the future, every claim is refused. */
  @Column({ type: 'datetime', nullable: true })
  blockedUntil: Date | null;

  /** Blocks in a row without a success in between; each block lasts twice as long as the last. */
  @Column({ type: 'int', default: 0 })
  blockCount: number;
}
